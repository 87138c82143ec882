/**
 * The worker of the CLI's pool (piscina): one task scans one file with the default pipeline.
 * Errors come back as values so their code survives the thread boundary; input text never appears in them.
 *
 * @module
 */
import { PiiError, type PiiErrorCode } from '../core/errors.js';
import type { EntityType, Pipeline } from '../core/types.js';
import { defaultPipeline } from '../index.js';
import type { FileResult } from './scanFile.js';
import { scanPath } from './streamAdapter.js';

/**
 * Pipeline options that cross the thread boundary (structured-cloneable).
 *
 * @example
 * ```ts
 * const o: WorkerPipelineOptions = { minScore: 0.6, types: ['PERSON'] };
 * ```
 */
export interface WorkerPipelineOptions {
  readonly minScore?: number;
  readonly types?: readonly EntityType[];
  readonly explain?: boolean;
}

/**
 * One task: a file to scan and the pipeline options.
 *
 * @example
 * ```ts
 * const t: ScanTask = { file: 'reply.txt', options: {} };
 * ```
 */
export interface ScanTask {
  readonly file: string;
  readonly options: WorkerPipelineOptions;
}

/**
 * A task's outcome: the file's result, or the error's code and message.
 *
 * @example
 * ```ts
 * const r: ScanTaskResult = { ok: false, code: 'IO_ERROR', message: 'cannot read the file', where: 'a.txt' };
 * ```
 */
export type ScanTaskResult =
  | { readonly ok: true; readonly result: FileResult }
  | { readonly ok: false; readonly code?: PiiErrorCode; readonly message: string; readonly where?: string };

// The pipeline is built once per worker thread and per options (every task of a run shares the options).
let cached: { readonly key: string; readonly pipeline: Pipeline } | undefined;

function pipelineFor(options: WorkerPipelineOptions): Pipeline {
  const key = JSON.stringify(options);
  if (cached?.key !== key) cached = { key, pipeline: defaultPipeline(options) };
  return cached.pipeline;
}

/**
 * Scans one file and returns its result or its error as a value.
 *
 * @example
 * ```ts
 * const r = await runScanTask({ file: 'reply.txt', options: {} }, defaultPipeline());
 * if (r.ok) console.log(r.result.findings.length);
 * ```
 */
export async function runScanTask(task: ScanTask, pipeline: Pipeline): Promise<ScanTaskResult> {
  try {
    return { ok: true, result: await scanPath(task.file, pipeline) };
  } catch (e) {
    if (e instanceof PiiError) {
      const suffix = e.where === undefined ? '' : ` (${e.where})`;
      const message = suffix !== '' && e.message.endsWith(suffix) ? e.message.slice(0, -suffix.length) : e.message;
      return e.where === undefined ? { ok: false, code: e.code, message } : { ok: false, code: e.code, message, where: e.where };
    }
    return { ok: false, message: 'internal error' };
  }
}

/**
 * Turns a task result back into a file result, rethrowing a `PiiError` with its code.
 *
 * @example
 * ```ts
 * unwrapScanTask({ ok: true, result: { file: 'a.txt', findings: [] } }).file; // 'a.txt'
 * ```
 */
export function unwrapScanTask(r: ScanTaskResult): FileResult {
  if (r.ok) return r.result;
  if (r.code !== undefined) throw new PiiError(r.code, r.message, r.where);
  throw new Error(r.message);
}

/**
 * The pool's entry: scans `task.file` with the default pipeline built from `task.options`.
 *
 * @example
 * ```ts
 * const pool = new Piscina({ filename: workerUrl });
 * await pool.run({ file: 'reply.txt', options: { minScore: 0.6 } });
 * ```
 */
export default async function scanTask(task: ScanTask): Promise<ScanTaskResult> {
  return runScanTask(task, pipelineFor(task.options));
}
