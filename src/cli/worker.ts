/**
 * The worker of the CLI's pool (piscina): one task scans a batch of files with the default pipeline and, when
 * asked, renders each file's output in the worker too, so that the main thread only joins strings.
 * Errors come back as values so their code survives the thread boundary; input text never appears in them.
 *
 * @module
 */
import { PiiError, type PiiErrorCode } from '../core/errors.js';
import type { EntityType, Pipeline } from '../core/types.js';
import { defaultPipeline } from '../index.js';
import { renderFile, type RenderOptions, type RenderedFile } from './render.js';
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
 * One pool task: several files scanned one after another, so that the pool's per-message cost is paid once per
 * batch rather than once per file. With `render`, each file comes back rendered (one string) instead of as
 * finding objects, which are costly to copy between threads.
 *
 * @example
 * ```ts
 * const b: ScanBatch = { files: ['a.txt', 'b.txt'], options: {}, render: { format: 'jsonl', show: false } };
 * ```
 */
export interface ScanBatch {
  readonly files: readonly string[];
  readonly options: WorkerPipelineOptions;
  readonly render?: RenderOptions;
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
  | { readonly ok: true; readonly rendered: RenderedFile }
  | { readonly ok: false; readonly code?: PiiErrorCode; readonly message: string; readonly where?: string };

// The pipeline is built once per worker thread and per options (every task of a run shares the options).
let cached: { readonly key: string; readonly pipeline: Pipeline } | undefined;

function pipelineFor(options: WorkerPipelineOptions): Pipeline {
  const key = JSON.stringify(options);
  if (cached?.key !== key) cached = { key, pipeline: defaultPipeline(options) };
  return cached.pipeline;
}

/**
 * Scans one file (`-`: standard input) with a pipeline and returns its result, rendered when `render` is given,
 * or its error, as a value.
 *
 * @example
 * ```ts
 * const r = await runScanTask('reply.txt', defaultPipeline());
 * if (r.ok && 'result' in r) console.log(r.result.findings.length);
 * ```
 */
export async function runScanTask(file: string, pipeline: Pipeline, render?: RenderOptions): Promise<ScanTaskResult> {
  try {
    const result = await scanPath(file, pipeline);
    return render === undefined ? { ok: true, result } : { ok: true, rendered: renderFile(result, render) };
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
  if (r.ok && 'result' in r) return r.result;
  return rethrow(r);
}

/**
 * Turns a rendered task result back into the rendered file, rethrowing a `PiiError` with its code.
 *
 * @example
 * ```ts
 * unwrapRendered({ ok: true, rendered: { file: 'a.txt', count: 0, hidden: false, text: '' } }).file; // 'a.txt'
 * ```
 */
export function unwrapRendered(r: ScanTaskResult): RenderedFile {
  if (r.ok && 'rendered' in r) return r.rendered;
  return rethrow(r);
}

function rethrow(r: ScanTaskResult): never {
  if (r.ok) throw new Error('internal error: a task result of the wrong kind');
  if (r.code !== undefined) throw new PiiError(r.code, r.message, r.where);
  throw new Error(r.message);
}

/**
 * The pool's entry: scans each file of `batch.files` with the default pipeline built from `batch.options` (and
 * renders it when `batch.render` is set); one result per file, in order.
 *
 * @example
 * ```ts
 * const pool = new Piscina({ filename: workerUrl });
 * await pool.run({ files: ['reply.txt'], options: { minScore: 0.6 } });
 * ```
 */
export default async function scanBatch(batch: ScanBatch): Promise<ScanTaskResult[]> {
  const pipeline = pipelineFor(batch.options);
  const out: ScanTaskResult[] = [];
  for (const file of batch.files) out.push(await runScanTask(file, pipeline, batch.render));
  return out;
}
