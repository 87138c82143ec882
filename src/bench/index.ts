/**
 * `police-pii/bench`: measure any pipeline (ours, yours, another tool's adapter) on labelled data.
 * Platform-neutral: give it parsed objects or JSONL text.
 *
 * @example
 * ```ts
 * import { defaultPipeline } from 'police-pii';
 * import { evaluate, formatEvaluation, parseCorpus } from 'police-pii/bench';
 * const ev = evaluate(defaultPipeline(), parseCorpus(jsonlText));
 * console.log(formatEvaluation(ev, 'table'));
 * ```
 *
 * @module
 */
export type { BenchPipeline, CorpusItem, ErrorExample, Evaluation, GoldSpan, NegativeScores, OriginScores, PredictedSpan, Scores } from './types.js';
export { evaluate } from './evaluate.js';
export type { EvaluateOptions } from './evaluate.js';
export { parseCorpus, validateItem } from './corpus.js';
export { scoreTable, parseCsvCells } from './table.js';
export type { CellLabel, CsvCell, TableScoreOptions } from './table.js';
export { scoreWorkbook } from './workbook.js';
export type { ManifestEntry, WorkbookResult } from './workbook.js';
export { formatEvaluation, renderRows, fmt } from './report.js';
export type { ReportFormat } from './report.js';
export { fBeta, toScores } from './scores.js';
