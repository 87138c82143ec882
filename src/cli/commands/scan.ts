/**
 * `police-pii scan <file|dir|->...`: exit 0 when nothing is found, 1 when something is, 2 on error.
 *
 * @module
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultPipeline } from '../../index.js';
import { parseChoice, parseScore, parseTypes } from '../args.js';
import { expandInputs, progress } from '../io.js';
import type { RenderOptions, RenderedFile } from '../render.js';
import type { FileResult } from '../scanFile.js';
import { PiiError } from '../../core/errors.js';
import { runScanTask, unwrapRendered, unwrapScanTask, type ScanBatch, type ScanTaskResult, type WorkerPipelineOptions } from '../worker.js';

export const SCAN_HELP = `Usage: police-pii scan <file|dir|->... [options]

Scans text (.txt .md .log), CSV/TSV, JSON/JSONL and XLSX files, or standard input (-).

Options:
  --format table|json|jsonl   output format (default table)
  --min-score N               drop findings scoring below N (0-1, default 0.5)
  --types A,B                 only these entity types (e.g. PERSON,OFFICER_ID)
  --show                      print values in clear (masked by default: J*** S****)
  --explain                   include the evidence for each finding (json/jsonl)
  --jobs N                    scan files in N threads, this one and N-1 workers (default: number of
                              CPUs when there are 16 MiB or more to scan, else 1; 1 = in-process)

Exit status: 0 nothing found, 1 personal data found, 2 error.`;

/** Runs the scan command; resolves to the exit code. */
export async function runScan(argv: readonly string[], out: (s: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'min-score': { type: 'string' },
      types: { type: 'string' },
      show: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help === true) {
    out(SCAN_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new PiiError('INVALID_OPTION', 'scan needs at least one file, directory or -');
  const format = parseChoice(values.format, ['table', 'json', 'jsonl'] as const, 'table', '--format');
  const options: WorkerPipelineOptions = { minScore: parseScore(values['min-score']), types: parseTypes(values.types), explain: values.explain === true };
  const files = expandInputs(positionals);
  const jobs = values.jobs === undefined ? autoJobs(files) : parseJobs(values.jobs);
  const bar = progress(files.length, 'scanning');
  const render: RenderOptions = { format, show: values.show === true };
  let rendered: RenderedFile[];
  try {
    rendered = await renderFiles(files, options, render, { jobs, onFile: () => bar.tick() });
  } finally {
    bar.done();
  }
  let total = 0;
  let hidden = false;
  for (const r of rendered) {
    total += r.count;
    hidden ||= r.hidden;
  }
  const texts = rendered.map((r) => r.text).filter((t) => t !== '');
  if (format === 'json') out(texts.length === 0 ? '[]' : `[\n${texts.join(',\n')}\n]`);
  else writeLines(texts, out);
  if (format === 'table') out(`${total} finding${total === 1 ? '' : 's'} in ${rendered.length} file${rendered.length === 1 ? '' : 's'}`);
  return total > 0 || hidden ? 1 : 0;
}

/** Lines handed to `out` at once: one write per line would cost a system call per finding on a pipe. */
const OUT_BATCH_CHARS = 1 << 20;

/** Writes `lines` through `out` in batches of about {@link OUT_BATCH_CHARS}, each batch one call. */
function writeLines(lines: readonly string[], out: (s: string) => void): void {
  let batch: string[] = [];
  let size = 0;
  for (const line of lines) {
    batch.push(line);
    size += line.length + 1;
    if (size >= OUT_BATCH_CHARS) {
      out(batch.join('\n'));
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) out(batch.join('\n'));
}

/**
 * Below this many bytes in all, starting worker threads costs more than it saves: each worker loads the library
 * and warms up its own compiled code (about half a second of CPU). Measured with `node bench/pool.mjs` on 2 cores:
 * 1,000 files of 4 MB in all ran slower with 2 threads, 32 MB ran faster (docs/benchmarks.md).
 */
const POOL_MIN_BYTES = 16 * 1024 * 1024;

/** The default of `--jobs`: the number of CPUs, or 1 when there is too little to scan to pay for threads. */
function autoJobs(files: readonly string[]): number {
  let bytes = 0;
  for (const f of files) {
    if (bytes >= POOL_MIN_BYTES) break;
    try {
      if (f !== '-') bytes += statSync(f).size;
    } catch {
      // An unreadable file is reported when it is scanned.
    }
  }
  return bytes >= POOL_MIN_BYTES ? availableParallelism() : 1;
}

/** Parses `--jobs N` (a positive integer). */
function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1024) throw new PiiError('INVALID_OPTION', '--jobs must be a whole number from 1 to 1024');
  return n;
}

/**
 * Options of {@link scanFiles}.
 *
 * @example
 * ```ts
 * const o: ScanFilesOptions = { jobs: 4, onFile: () => bar.tick() };
 * ```
 */
export interface ScanFilesOptions {
  /** Worker threads (1 = scan in this thread). */
  readonly jobs: number;
  /** The worker module (a URL or path to a built `worker.js`); found next to this module when omitted. */
  readonly worker?: string | URL;
  /**
   * Whether this thread scans too, alongside `jobs - 1` workers (default true); when false, `jobs` workers do all
   * the scanning (standard input still stays in this thread).
   */
  readonly shareThisThread?: boolean;
  /** Called once for each file scanned, in completion order (progress). */
  readonly onFile?: (file: string) => void;
}

/** This module's URL, in ESM and in the CommonJS build. */
function moduleUrl(): string {
  return typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;
}

/**
 * The built pool worker next to this module: `dist/cli/worker.js` whether this code sits in `dist/cli/` or in a
 * shared chunk in `dist/`. Undefined when running from TypeScript sources (no built worker).
 *
 * @example
 * ```ts
 * findWorker()?.href; // 'file:///…/dist/cli/worker.js'
 * ```
 */
export function findWorker(): URL | undefined {
  const here = moduleUrl();
  for (const rel of ['./worker.js', './cli/worker.js', '../worker.js', './worker.mjs', './cli/worker.mjs']) {
    const url = new URL(rel, here);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/**
 * Scans files with the default pipeline, in a pool of worker threads (batches of files) when `jobs > 1`.
 * Results come back in the order of `files`, whatever order the workers finish in.
 *
 * @example
 * ```ts
 * const results = await scanFiles(['a.txt', 'b.csv'], { minScore: 0.6 }, { jobs: 2 });
 * ```
 */
export async function scanFiles(files: readonly string[], options: WorkerPipelineOptions, run: ScanFilesOptions): Promise<FileResult[]> {
  return poolMap(files, options, undefined, run, unwrapScanTask);
}

/**
 * As {@link scanFiles}, but each file comes back rendered for printing (rendered in the worker that scanned
 * it, so a pooled run renders in parallel too).
 *
 * @example
 * ```ts
 * const out = await renderFiles(['a.txt'], {}, { format: 'jsonl', show: false }, { jobs: 2 });
 * ```
 */
export async function renderFiles(files: readonly string[], options: WorkerPipelineOptions, render: RenderOptions, run: ScanFilesOptions): Promise<RenderedFile[]> {
  return poolMap(files, options, render, run, unwrapRendered);
}

async function poolMap<R>(files: readonly string[], options: WorkerPipelineOptions, render: RenderOptions | undefined, run: ScanFilesOptions, unwrap: (r: ScanTaskResult) => R): Promise<R[]> {
  const worker = run.worker ?? findWorker();
  // Standard input belongs to this thread; every other file may go to a worker.
  const indexes = files.map((_, i) => i).filter((i) => files[i] !== '-');
  const jobs = Math.min(run.jobs, indexes.length);
  if (jobs <= 1 || worker === undefined) {
    const pipeline = defaultPipeline(options);
    const results: R[] = [];
    for (const file of files) {
      results.push(unwrap(await runScanTask(file, pipeline, render)));
      run.onFile?.(file);
    }
    return results;
  }
  // Files go out in batches of consecutive indexes, taken from one queue by this thread and by `jobs - 1` worker
  // threads: this thread starts scanning at once, while the workers are still starting (loading the library).
  // Standard input is scanned here first.
  const size = batchSize(indexes.length, jobs);
  const queue: number[][] = [];
  for (let b = 0; b < indexes.length; b += size) queue.push(indexes.slice(b, b + size));
  let next = 0;
  const take = (): number[] | undefined => queue[next++];
  const results = new Array<R | undefined>(files.length);
  const store = (i: number, r: ScanTaskResult): void => {
    results[i] = unwrap(r);
    run.onFile?.(files[i] as string);
  };
  // piscina is loaded only for pooled scans; its CommonJS build exposes the class as the module itself.
  const mod = await import('piscina');
  const Piscina = (mod.Piscina as typeof mod.Piscina | undefined) ?? mod.default;
  const shared = run.shareThisThread !== false;
  const workers = shared ? jobs - 1 : jobs;
  const pool = new Piscina<ScanBatch, ScanTaskResult[]>({ filename: worker.toString(), minThreads: workers, maxThreads: workers, concurrentTasksPerWorker: 2, idleTimeout: 1000 });
  const here = async (): Promise<void> => {
    const pipeline = defaultPipeline(options);
    for (let i = 0; i < files.length; i++) if (files[i] === '-') store(i, await runScanTask('-', pipeline, render));
    for (let batch = shared ? take() : undefined; batch !== undefined; batch = take()) {
      for (const i of batch) store(i, await runScanTask(files[i] as string, pipeline, render));
      // Let finished worker batches be collected and new ones sent before this thread takes another.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  const there = async (): Promise<void> => {
    for (let batch = take(); batch !== undefined; batch = take()) {
      const paths = batch.map((i) => files[i] as string);
      const rs = await pool.run(render === undefined ? { files: paths, options } : { files: paths, options, render });
      batch.forEach((i, k) => store(i, rs[k] as ScanTaskResult));
    }
  };
  try {
    // Two batches in flight per worker, so a worker never waits for this thread (busy with its own batch) to be sent
    // its next one.
    await Promise.all([here(), ...Array.from({ length: workers * 2 }, there)]);
  } finally {
    await pool.destroy();
  }
  return results as R[];
}

/** Files per pool task: about eight tasks per thread (so a slow batch does not leave a thread idle long), at most 32. */
function batchSize(files: number, jobs: number): number {
  return Math.max(1, Math.min(32, Math.ceil(files / (jobs * 8))));
}
