/**
 * Counting helpers shared by the text, table and workbook scorers: per-type tallies, ratios and F-scores.
 *
 * @module
 */
import type { ErrorExample, Evaluation, OriginScores, Scores } from './types.js';

/**
 * F-beta of a precision and a recall; `null` when either is undefined, 0 when both are 0.
 *
 * @example
 * ```ts
 * fBeta(0.5, 1, 2); // 0.8333…
 * ```
 */
export function fBeta(precision: number | null, recall: number | null, beta: number): number | null {
  if (precision === null || recall === null) return null;
  const b2 = beta * beta;
  const den = b2 * precision + recall;
  return den === 0 ? 0 : ((1 + b2) * precision * recall) / den;
}

/**
 * Raw counts for one type (or one kind).
 *
 * @example
 * ```ts
 * const c: Counts = { gold: 2, predicted: 1, found: 1, correct: 1, exactFound: 1, exactCorrect: 1, anyFound: 1 };
 * ```
 */
export interface Counts {
  gold: number;
  predicted: number;
  found: number;
  correct: number;
  exactFound: number;
  exactCorrect: number;
  anyFound: number;
}

/**
 * Empty counts.
 *
 * @example
 * ```ts
 * const c = emptyCounts(); c.gold++;
 * ```
 */
export function emptyCounts(): Counts {
  return { gold: 0, predicted: 0, found: 0, correct: 0, exactFound: 0, exactCorrect: 0, anyFound: 0 };
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

/**
 * Turns counts into scores (precision, recall, F1, F2, exact figures).
 *
 * @example
 * ```ts
 * toScores({ gold: 4, predicted: 2, found: 2, correct: 2, exactFound: 1, exactCorrect: 1, anyFound: 3 }).f2; // 0.5555…
 * ```
 */
export function toScores(c: Counts): Scores {
  const precision = ratio(c.correct, c.predicted);
  const recall = ratio(c.found, c.gold);
  const exactPrecision = ratio(c.exactCorrect, c.predicted);
  const exactRecall = ratio(c.exactFound, c.gold);
  return {
    ...c,
    precision,
    recall,
    f1: fBeta(precision, recall, 1),
    f2: fBeta(precision, recall, 2),
    exactPrecision,
    exactRecall,
    exactF2: fBeta(exactPrecision, exactRecall, 2),
    anyRecall: ratio(c.anyFound, c.gold),
  };
}

/**
 * A mutable accumulator for one scoring run; {@link Tally.result} freezes it into an {@link Evaluation}.
 *
 * @example
 * ```ts
 * const t = new Tally(['EMAIL']);
 * t.gold('EMAIL', 'email', { found: true, exact: true, any: true });
 * t.result({ items: 1, chars: 20, elapsedMs: 0 }).micro.recall; // 1
 * ```
 */
export class Tally {
  readonly types: readonly string[];
  private readonly scored: ReadonlySet<string>;
  private readonly perType = new Map<string, Counts>();
  private readonly perKind = new Map<string, Counts>();
  private readonly other = new Map<string, { predicted: number; overlapAny: number }>();
  private readonly origin = new Map<string, { gold: number; found: number }>();
  private readonly confusion = new Map<string, Map<string, number>>();
  private readonly negByType = new Map<string, number>();
  private negItems = 0;
  private negItemsWithFp = 0;
  private negFps = 0;
  private readonly misses: ErrorExample[] = [];
  private readonly fps: ErrorExample[] = [];
  private readonly keepErrors: number;

  constructor(types: readonly string[], keepErrors = 0) {
    this.types = types;
    this.scored = new Set(types);
    this.keepErrors = keepErrors;
  }

  /** Whether a label is one of the scored types. */
  isScored(type: string): boolean {
    return this.scored.has(type);
  }

  private counts(map: Map<string, Counts>, key: string): Counts {
    let c = map.get(key);
    if (c === undefined) {
      c = emptyCounts();
      map.set(key, c);
    }
    return c;
  }

  /** Records one gold span of a scored type. */
  gold(type: string, kind: string, hit: { found: boolean; exact: boolean; any: boolean }, origin?: string, example?: ErrorExample): void {
    for (const c of [this.counts(this.perType, type), this.counts(this.perKind, kind)]) {
      c.gold++;
      if (hit.found) c.found++;
      if (hit.exact) c.exactFound++;
      if (hit.any) c.anyFound++;
    }
    if (type === 'PERSON' && origin !== undefined) {
      const o = this.origin.get(origin) ?? { gold: 0, found: 0 };
      o.gold++;
      if (hit.found) o.found++;
      this.origin.set(origin, o);
    }
    if (!hit.found && example !== undefined && this.misses.length < this.keepErrors) this.misses.push(example);
  }

  /** Records one prediction of a scored type. */
  predicted(type: string, kind: string, hit: { correct: boolean; exact: boolean }, example?: ErrorExample): void {
    for (const c of [this.counts(this.perType, type), this.counts(this.perKind, kind)]) {
      c.predicted++;
      if (hit.correct) c.correct++;
      if (hit.exact) c.exactCorrect++;
    }
    if (!hit.correct && example !== undefined && this.fps.length < this.keepErrors) this.fps.push(example);
  }

  /** Records a prediction whose label is not a scored type. */
  otherLabel(label: string, overlapsAny: boolean): void {
    const o = this.other.get(label) ?? { predicted: 0, overlapAny: 0 };
    o.predicted++;
    if (overlapsAny) o.overlapAny++;
    this.other.set(label, o);
  }

  /** Records a gold span of type `goldType` overlapped by a prediction of another type. */
  confused(goldType: string, predictedType: string): void {
    let row = this.confusion.get(goldType);
    if (row === undefined) {
      row = new Map();
      this.confusion.set(goldType, row);
    }
    row.set(predictedType, (row.get(predictedType) ?? 0) + 1);
  }

  /** Records one negative item and the types of its false positives. */
  negative(falsePositiveTypes: readonly string[]): void {
    this.negItems++;
    if (falsePositiveTypes.length > 0) this.negItemsWithFp++;
    this.negFps += falsePositiveTypes.length;
    for (const t of falsePositiveTypes) this.negByType.set(t, (this.negByType.get(t) ?? 0) + 1);
  }

  /** Freezes the tallies into an evaluation. */
  result(run: { items: number; chars: number; elapsedMs: number }): Evaluation {
    const perType: Record<string, Scores> = {};
    const micro = emptyCounts();
    for (const t of this.types) {
      const c = this.perType.get(t);
      if (c === undefined) continue;
      perType[t] = toScores(c);
      for (const k of Object.keys(micro) as (keyof Counts)[]) micro[k] += c[k];
    }
    const perKind: Record<string, Scores> = {};
    for (const k of [...this.perKind.keys()].sort()) perKind[k] = toScores(this.perKind.get(k) as Counts);
    const otherLabels: Record<string, { predicted: number; overlapAny: number }> = {};
    for (const k of [...this.other.keys()].sort()) otherLabels[k] = { ...(this.other.get(k) as { predicted: number; overlapAny: number }) };
    const confusion: Record<string, Record<string, number>> = {};
    for (const [g, row] of this.confusion) confusion[g] = Object.fromEntries([...row].sort((a, b) => b[1] - a[1]));
    const result: Evaluation = {
      ...run,
      types: this.types,
      perType,
      micro: toScores(micro),
      otherLabels,
      origins: this.originScores(),
      negatives: {
        items: this.negItems,
        itemsWithFalsePositive: this.negItemsWithFp,
        falsePositives: this.negFps,
        byType: Object.fromEntries([...this.negByType].sort((a, b) => b[1] - a[1])),
      },
      confusion,
      perKind,
    };
    return this.keepErrors > 0 ? { ...result, errors: { misses: this.misses, falsePositives: this.fps } } : result;
  }

  private originScores(): OriginScores {
    const perOrigin: Record<string, { gold: number; found: number; recall: number }> = {};
    let worst: { origin: string; recall: number } | null = null;
    let best: { origin: string; recall: number } | null = null;
    for (const o of [...this.origin.keys()].sort()) {
      const s = this.origin.get(o) as { gold: number; found: number };
      const recall = s.found / s.gold;
      perOrigin[o] = { ...s, recall };
      if (worst === null || recall < worst.recall) worst = { origin: o, recall };
      if (best === null || recall > best.recall) best = { origin: o, recall };
    }
    const anglo = perOrigin.anglo?.recall ?? null;
    return {
      perOrigin,
      worst,
      best,
      anglo,
      gapToAnglo: anglo === null || worst === null ? null : anglo - worst.recall,
      gapToBest: best === null || worst === null ? null : best.recall - worst.recall,
    };
  }
}
