/**
 * Types of the benchmark entry: labelled corpora, the pipeline shape it scores, and the figures it reports.
 *
 * @module
 */

/**
 * One labelled span of a corpus item (the JSONL format of the public evaluation set).
 *
 * @example
 * ```ts
 * const g: GoldSpan = { start: 3, end: 15, type: 'PERSON', origin: 'african' };
 * ```
 */
export interface GoldSpan {
  /** UTF-16 offset of the first character. */
  readonly start: number;
  /** UTF-16 offset after the last character. */
  readonly end: number;
  /** The entity type (an `EntityType` name such as `PERSON`). */
  readonly type: string;
  /** The span's text; when present it must equal `text.slice(start, end)`. */
  readonly text?: string;
  /** Cultural origin of a PERSON name (`anglo`, `south_asian`, …), for per-origin recall. */
  readonly origin?: string;
}

/**
 * One labelled text: `{id, text, spans, kind?}`. `kind: 'negative'` marks a hard negative.
 *
 * @example
 * ```ts
 * const item: CorpusItem = { id: 'a', text: 'PC Jones', spans: [{ start: 0, end: 2, type: 'POLICE_RANK' }, { start: 3, end: 8, type: 'PERSON' }] };
 * ```
 */
export interface CorpusItem {
  readonly id: string;
  readonly text: string;
  readonly spans: readonly GoldSpan[];
  /** Document shape (`email`, `roster_csv`, `negative`, …). */
  readonly kind?: string;
}

/**
 * A predicted span. Library findings fit; so do adapters of other tools, whose `type` may be a label of their own.
 *
 * @example
 * ```ts
 * const p: PredictedSpan = { type: 'EMAIL', start: 0, end: 17 };
 * ```
 */
export interface PredictedSpan {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly text?: string;
}

/**
 * What `evaluate` scores: anything with a synchronous `scan(text)` returning spans. A library `Pipeline` fits.
 *
 * @example
 * ```ts
 * const p: BenchPipeline = { scan: (text) => (text.includes('@') ? [{ type: 'EMAIL', start: 0, end: text.length }] : []) };
 * ```
 */
export interface BenchPipeline {
  scan(text: string, options?: { readonly cell?: { readonly header?: string } }): readonly PredictedSpan[];
}

/**
 * Counts and figures for one entity type, or micro-averaged over all types.
 * Ratios are `null` when undefined (no gold spans for recall, no predictions for precision).
 *
 * @example
 * ```ts
 * declare const s: Scores;
 * console.log(s.recall, s.exactRecall, s.f2);
 * ```
 */
export interface Scores {
  /** Gold spans. */
  readonly gold: number;
  /** Predictions. */
  readonly predicted: number;
  /** Gold spans overlapped by a prediction of the same type. */
  readonly found: number;
  /** Predictions overlapping a gold span of the same type. */
  readonly correct: number;
  /** Gold spans with a same-type prediction of identical bounds. */
  readonly exactFound: number;
  /** Predictions with identical bounds to a same-type gold span. */
  readonly exactCorrect: number;
  /** Gold spans overlapped by a prediction of any type (what a redactor would hide). */
  readonly anyFound: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
  /** F-beta with beta = 2: recall weighs four times as much as precision. */
  readonly f2: number | null;
  readonly exactPrecision: number | null;
  readonly exactRecall: number | null;
  readonly exactF2: number | null;
  /** `anyFound / gold`. */
  readonly anyRecall: number | null;
}

/**
 * PERSON recall (overlap) for each name origin, with the worst origin and its gaps.
 *
 * @example
 * ```ts
 * declare const o: OriginScores;
 * if (o.gapToBest !== null && o.gapToBest > 0.03) console.log('origin gap', o.worst);
 * ```
 */
export interface OriginScores {
  readonly perOrigin: Readonly<Record<string, { readonly gold: number; readonly found: number; readonly recall: number }>>;
  readonly worst: { readonly origin: string; readonly recall: number } | null;
  readonly best: { readonly origin: string; readonly recall: number } | null;
  /** Recall on `anglo` names, when the corpus has any. */
  readonly anglo: number | null;
  /** `anglo - worst` (null without anglo names). */
  readonly gapToAnglo: number | null;
  /** `best - worst`. */
  readonly gapToBest: number | null;
}

/**
 * False positives on hard-negative items (`kind: 'negative'`); labelled FORCE spans there are not false positives.
 *
 * @example
 * ```ts
 * declare const n: NegativeScores;
 * console.log(`${n.itemsWithFalsePositive}/${n.items}`);
 * ```
 */
export interface NegativeScores {
  readonly items: number;
  readonly itemsWithFalsePositive: number;
  readonly falsePositives: number;
  readonly byType: Readonly<Record<string, number>>;
}

/**
 * A miss or a false positive, listed when `evaluate` runs with `errors`.
 *
 * @example
 * ```ts
 * const e: ErrorExample = { id: 'dev-0001', type: 'PERSON', start: 3, end: 8, text: 'Jones' };
 * ```
 */
export interface ErrorExample {
  readonly id: string;
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The result of {@link evaluate} (and of the table and workbook scorers).
 *
 * @example
 * ```ts
 * declare const ev: Evaluation;
 * console.log(ev.micro.f2, ev.perType.PERSON?.recall, ev.origins.worst);
 * ```
 */
export interface Evaluation {
  /** Items (texts, cells or workbook files) scored. */
  readonly items: number;
  /** UTF-16 code units scanned. */
  readonly chars: number;
  /** Time spent in `scan`, milliseconds. */
  readonly elapsedMs: number;
  /** The entity types scored, in report order. */
  readonly types: readonly string[];
  /** Per scored type (types with neither gold nor predictions are left out). */
  readonly perType: Readonly<Record<string, Scores>>;
  /** Micro-averaged over the scored types. */
  readonly micro: Scores;
  /** Predictions whose label is not a scored type (other tools' own labels), with how many overlap any gold span. */
  readonly otherLabels: Readonly<Record<string, { readonly predicted: number; readonly overlapAny: number }>>;
  readonly origins: OriginScores;
  readonly negatives: NegativeScores;
  /** `confusion[goldType][predictedType]`: gold spans overlapped by a prediction of another type. */
  readonly confusion: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Micro figures per item kind (`email`, `roster_csv`, … or the workbook vector). */
  readonly perKind: Readonly<Record<string, Scores>>;
  /** Misses and false positives, when asked for. */
  readonly errors?: { readonly misses: readonly ErrorExample[]; readonly falsePositives: readonly ErrorExample[] };
}
