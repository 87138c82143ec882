/**
 * Helpers for writing detectors: freezing, building findings with optional evidence, clamping scores.
 *
 * @module
 */
import type { DetectContext, Detector, EntityType, Evidence, Finding } from './types.js';
import { findTableCells } from './tables.js';
import { PiiError } from './errors.js';
import { cellColumnIs, classifyHeader, type HeaderClass } from './headers.js';

/**
 * Freezes a detector value (and its `types` and `context`), making it safe to share.
 *
 * @example
 * ```ts
 * const d = defineDetector({ id: 'x', types: ['EMAIL'], detect: () => [] });
 * Object.isFrozen(d); // true
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineDetector(d: Detector): Detector {
  if (d.context !== undefined) {
    for (const words of Object.values(d.context)) if (words !== undefined) Object.freeze(words);
    Object.freeze(d.context);
  }
  Object.freeze(d.types);
  return Object.freeze(d);
}

/**
 * Clamps a score into [0, 1] (NaN becomes 0).
 *
 * @example
 * ```ts
 * clampScore(1.4); // 1
 * ```
 */
export function clampScore(score: number): number {
  if (!(score > 0)) return 0;
  return score > 1 ? 1 : score;
}

/**
 * Builds a finding from a span of `text`, attaching evidence only when the context asks for it.
 *
 * @example
 * ```ts
 * const ctx = detectContext('x');
 * makeFinding('a@b.uk', 0, 6, 'EMAIL', 0.9, 'email', ctx, ['pattern']);
 * ```
 */
export function makeFinding(
  text: string,
  start: number,
  end: number,
  type: EntityType,
  score: number,
  detector: string,
  ctx: DetectContext,
  reasons?: readonly string[],
  details?: Evidence['details'],
): Finding {
  const s = clampScore(score);
  const base = { type, start, end, text: text.slice(start, end), score: s, detector };
  if (!ctx.explain) return base;
  const evidence: Evidence = details === undefined ? { reasons: reasons ?? [], baseScore: s } : { reasons: reasons ?? [], baseScore: s, details };
  return { ...base, evidence };
}

/**
 * Builds a detection context for a text, as the pipeline does; useful when calling a detector directly.
 *
 * @example
 * ```ts
 * email().detect('x@y.uk', detectContext('x@y.uk'));
 * ```
 */
export function detectContext(text: string, options: { explain?: boolean; cell?: DetectContext['cell'] } = {}): DetectContext {
  let cells: ReturnType<typeof findTableCells> | undefined;
  const memos = new Map<string, unknown>();
  const base = {
    explain: options.explain === true,
    tableCells: () => {
      if (cells === undefined) cells = Object.freeze(findTableCells(text)) as ReturnType<typeof findTableCells>;
      return cells;
    },
    memo: <T>(key: string, compute: () => T): T => {
      if (memos.has(key)) return memos.get(key) as T;
      const value = compute();
      memos.set(key, value);
      return value;
    },
  };
  return options.cell === undefined ? base : { ...base, cell: options.cell };
}

/**
 * Computes a value once per scan: through the context's `memo` when it has one, else directly.
 *
 * @example
 * ```ts
 * const tokens = memoize(ctx, 'tokens', () => tokenize(text));
 * ```
 */
export function memoize<T>(ctx: DetectContext, key: string, compute: () => T): T {
  return ctx.memo === undefined ? compute() : ctx.memo(key, compute);
}

/**
 * {@link classifyHeader} through the scan's memo: each distinct header is classified once per scan, whichever
 * detector asks (a table's header is met again on every row, by several detectors).
 *
 * @example
 * ```ts
 * headerClass(detectContext('JK 12 34 56 C'), 'NI No')?.type; // 'NI_NUMBER'
 * ```
 */
export function headerClass(ctx: DetectContext, header: string): HeaderClass | undefined {
  const known = memoize(ctx, 'core:header-classes', () => new Map<string, HeaderClass | null>());
  let cls = known.get(header);
  if (cls === undefined) {
    cls = classifyHeader(header) ?? null;
    known.set(header, cls);
  }
  return cls ?? undefined;
}

/**
 * Runs a detector. A detector must not throw; if one does, the scan fails with a `DETECTOR_FAILED`
 * error naming the detector (never the text), rather than silently missing personal data.
 *
 * @example
 * ```ts
 * runDetector(email(), 'x@y.uk', detectContext('x@y.uk')).length; // 1
 * ```
 */
export function runDetector(detector: Detector, text: string, ctx: DetectContext): Finding[] {
  let found: unknown;
  try {
    found = detector.detect(text, ctx);
  } catch {
    // The detector's own error is dropped on purpose: its message or stack may quote the input.
    throw new PiiError('DETECTOR_FAILED', 'a detector failed on this input', detector.id);
  }
  if (!Array.isArray(found)) throw new PiiError('DETECTOR_FAILED', 'a detector returned something other than an array', detector.id);
  return found as Finding[];
}

/**
 * The trimmed range of a text that is one table cell of a column of `type` (see `cellColumnIs`), when
 * `accept` takes the trimmed value; else undefined. Detectors report such a cell whole.
 *
 * @example
 * ```ts
 * const ctx = detectContext(' 4521 ', { cell: { header: 'Collar No' } });
 * wholeCellOf(' 4521 ', ctx, 'OFFICER_ID', (v) => /^\d+$/u.test(v)); // [1, 5]
 * ```
 */
export function wholeCellOf(text: string, ctx: DetectContext, type: EntityType, accept: (value: string) => boolean): readonly [number, number] | undefined {
  if (!cellColumnIs(ctx.cell, type)) return undefined;
  const v = text.trim();
  if (v.length === 0 || !accept(v)) return undefined;
  const s = text.indexOf(v);
  return [s, s + v.length];
}

/**
 * A finding list that keeps at most one finding per start offset, with evidence only when asked for.
 *
 * @example
 * ```ts
 * const c = findingCollector(text, ctx, 'PAY_NUMBER', 'payNumber');
 * c.push(9, 16, 0.9, 'context-word');
 * c.out; // one finding
 * ```
 */
export function findingCollector(
  text: string,
  ctx: DetectContext,
  type: EntityType,
  detector: string,
): { readonly out: Finding[]; push(start: number, end: number, score: number, reason: string): void } {
  const out: Finding[] = [];
  const seen = new Set<number>();
  return {
    out,
    push(start, end, score, reason) {
      if (seen.has(start)) return;
      seen.add(start);
      out.push(makeFinding(text, start, end, type, score, detector, ctx, ctx.explain ? [reason] : undefined));
    },
  };
}
