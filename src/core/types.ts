/**
 * Public types shared by every part of police-pii.
 *
 * @module
 */

/**
 * Every entity type the library reports, as listed in the entity specification.
 *
 * @example
 * ```ts
 * const t: EntityType = 'OFFICER_ID';
 * ```
 */
export type EntityType =
  | 'PERSON'
  | 'POLICE_RANK'
  | 'OFFICER_ID'
  | 'PAY_NUMBER'
  | 'VETTING_LEVEL'
  | 'FORCE'
  | 'LOCATION'
  | 'DEPARTMENT'
  | 'PHONE'
  | 'EMAIL'
  | 'UK_POSTCODE'
  | 'NI_NUMBER'
  | 'NHS_NUMBER'
  | 'VEHICLE_REG'
  | 'DATE_OF_BIRTH'
  // Further types (documented in docs/detectors.md): not in the shared entity list, off by default in no preset.
  | 'BANK_ACCOUNT'
  | 'PASSPORT_NUMBER'
  | 'DRIVING_LICENCE'
  | 'IP_ADDRESS';

/**
 * All entity types in specification order, as a frozen array.
 *
 * @example
 * ```ts
 * ENTITY_TYPES.includes('EMAIL'); // true
 * ```
 */
export const ENTITY_TYPES: readonly EntityType[] = Object.freeze([
  'PERSON',
  'POLICE_RANK',
  'OFFICER_ID',
  'PAY_NUMBER',
  'VETTING_LEVEL',
  'FORCE',
  'LOCATION',
  'DEPARTMENT',
  'PHONE',
  'EMAIL',
  'UK_POSTCODE',
  'NI_NUMBER',
  'NHS_NUMBER',
  'VEHICLE_REG',
  'DATE_OF_BIRTH',
  'BANK_ACCOUNT',
  'PASSPORT_NUMBER',
  'DRIVING_LICENCE',
  'IP_ADDRESS',
] as const);

/**
 * Why a finding was reported; present only when a scan is run with `explain: true`.
 *
 * @example
 * ```ts
 * const e: Evidence = { reasons: ['pattern:email'], baseScore: 0.9 };
 * ```
 */
export interface Evidence {
  /** Short machine-readable reasons, such as `lexicon:given-name` or `context:collar number`. */
  readonly reasons: readonly string[];
  /** The score the detector gave before the pipeline's context boost. */
  readonly baseScore: number;
  /** Context words that raised the score, if any. */
  readonly contextWords?: readonly string[];
  /** Free-form, detector-specific details (never the raw input beyond the finding itself). */
  readonly details?: Readonly<Record<string, string | number | boolean>>;
}

/**
 * One piece of personal data found in a text.
 * Offsets are UTF-16 code units; `text === input.slice(start, end)`.
 *
 * @example
 * ```ts
 * const f: Finding = { type: 'EMAIL', start: 0, end: 17, text: 'a.b@met.police.uk', score: 1, detector: 'email' };
 * ```
 */
export interface Finding {
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly score: number;
  readonly detector: string;
  readonly evidence?: Evidence;
}

/**
 * A table cell that the text belongs to, when the text was found inside a table.
 *
 * @example
 * ```ts
 * const c: CellContext = { header: 'Surname', columnType: 'PERSON' };
 * ```
 */
export interface CellContext {
  /** The column header as written (for example `Surname` or `Pay No`). */
  readonly header?: string;
  /** The entity type the column was classified as, if any. */
  readonly columnType?: EntityType;
  /** Extra column role hints such as `surname`, `given`, `initials`. */
  readonly role?: string;
}

/**
 * A cell found inside a delimited table embedded in a text (CSV, TSV, pipe tables).
 *
 * @example
 * ```ts
 * const c: TextCell = { start: 10, end: 15, header: 'Name', row: 1, col: 0 };
 * ```
 */
export interface TextCell {
  readonly start: number;
  readonly end: number;
  readonly header: string;
  readonly row: number;
  readonly col: number;
}

/**
 * What a detector is given besides the text. Built by the pipeline for each scan; never shared between scans.
 *
 * @example
 * ```ts
 * const ctx: DetectContext = { explain: false, cell: { header: 'Rank' }, tableCells: () => [] };
 * ```
 */
export interface DetectContext {
  /** Attach `evidence` to findings. */
  readonly explain: boolean;
  /** Set when the whole text is one table cell (spreadsheets, CSV scanning). */
  readonly cell?: CellContext;
  /** Cells of delimited tables inside the text, with their headers; computed once per scan on first use. */
  readonly tableCells: () => readonly TextCell[];
  /**
   * Per-scan memo shared by the detectors of one scan (for example one tokenisation used by several detectors).
   * `compute` runs at most once per key and scan; results must depend only on the text. Optional so that a
   * hand-built context still works: use `memoize(ctx, key, compute)` from the core, which falls back to computing.
   */
  readonly memo?: <T>(key: string, compute: () => T) => T;
}

/**
 * A detector: a frozen plain value with a pure `detect` function. `detect` never throws.
 *
 * @example
 * ```ts
 * const d: Detector = { id: 'x', types: ['EMAIL'], detect: () => [] };
 * ```
 */
export interface Detector {
  readonly id: string;
  readonly types: readonly EntityType[];
  /** Words that, near a candidate of the given type, raise its score. */
  readonly context?: Readonly<Partial<Record<EntityType, readonly string[]>>>;
  detect(text: string, ctx: DetectContext): Finding[];
}

/**
 * Strings that must never be reported (exact, case-insensitive) or patterns that suppress matching findings.
 *
 * @example
 * ```ts
 * const allow: AllowEntry[] = ['Sherlock Holmes', /^Inspector Morse$/iu];
 * ```
 */
export type AllowEntry = string | RegExp;

/**
 * A string that must always be reported with the given type, wherever it appears.
 *
 * @example
 * ```ts
 * const deny: DenyEntry = { text: 'Operation Bluebird', type: 'DEPARTMENT' };
 * ```
 */
export interface DenyEntry {
  readonly text: string;
  readonly type: EntityType;
}

/**
 * Options of {@link createPipeline}.
 *
 * @example
 * ```ts
 * const o: PipelineOptions = { detectors: [email()], minScore: 0.5 };
 * ```
 */
export interface PipelineOptions {
  readonly detectors: readonly Detector[];
  /** Findings scoring below this are dropped (default 0.5). */
  readonly minScore?: number;
  /** Values that are never reported. */
  readonly allow?: readonly AllowEntry[];
  /** Values that are always reported. */
  readonly deny?: readonly DenyEntry[];
  /** Extra context words per type, added to the detectors' own. */
  readonly contextWords?: Readonly<Partial<Record<EntityType, readonly string[]>>>;
  /** Only report these types. */
  readonly types?: readonly EntityType[];
  /** Attach evidence to findings. */
  readonly explain?: boolean;
  /** Largest accepted input in UTF-16 code units (default 64 Mi). */
  readonly maxLength?: number;
  /** Fold look-alike characters (full-width digits, Cyrillic letters, zero-width marks) before detection (default true). */
  readonly normalize?: boolean;
}

/**
 * Options for one call of `scan`.
 *
 * @example
 * ```ts
 * const o: ScanOptions = { cell: { header: 'Surname' } };
 * ```
 */
export interface ScanOptions {
  /** Treat the whole text as one table cell under this header. */
  readonly cell?: CellContext;
}

/**
 * An immutable, reusable pipeline.
 *
 * @example
 * ```ts
 * const p: Pipeline = createPipeline({ detectors: [email()] });
 * p.scan('mail a.b@met.police.uk');
 * ```
 */
export interface Pipeline {
  readonly options: Readonly<PipelineOptions>;
  scan(text: string, options?: ScanOptions): Finding[];
  /** A copy with some options replaced. */
  with(options: Partial<PipelineOptions>): Pipeline;
}
