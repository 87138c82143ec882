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
import { expandInputs, maskValue, progress } from '../io.js';
import type { FileResult } from '../scanFile.js';
import { PiiError } from '../../core/errors.js';
import { runScanTask, unwrapScanTask, type ScanTask, type ScanTaskResult, type WorkerPipelineOptions } from '../worker.js';

export const SCAN_HELP = `Usage: police-pii scan <file|dir|->... [options]

Scans text (.txt .md .log), CSV/TSV, JSON/JSONL and XLSX files, or standard input (-).

Options:
  --format table|json|jsonl   output format (default table)
  --min-score N               drop findings scoring below N (0-1, default 0.5)
  --types A,B                 only these entity types (e.g. PERSON,OFFICER_ID)
  --show                      print values in clear (masked by default: J*** S****)
  --explain                   include the evidence for each finding (json/jsonl)
  --jobs N                    scan files in N worker threads (default: number of CPUs when there are
                              2 MiB or more to scan, else 1; 1 = in-process)

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
  let results: FileResult[];
  try {
    results = await scanFiles(files, options, { jobs, onFile: () => bar.tick() });
  } finally {
    bar.done();
  }
  const show = values.show === true;
  const shown = (v: string): string => (show ? v : maskValue(v));
  let total = 0;
  let hidden = false;
  if (format === 'table') {
    for (const r of results) {
      out(`${r.file}: ${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}`);
      for (const s of r.summary ?? []) out(`  ${s}`);
      if (r.findings.length > 0) out(formatTable(r, shown));
    }
  }
  const records: unknown[] = [];
  for (const r of results) {
    total += r.findings.length;
    hidden ||= r.hidden === true;
    for (const f of r.findings) records.push({ file: r.file, ...f, text: shown(f.text) });
  }
  if (format === 'json') out(JSON.stringify(records, null, 2));
  if (format === 'jsonl') for (const rec of records) out(JSON.stringify(rec));
  if (format === 'table') out(`${total} finding${total === 1 ? '' : 's'} in ${results.length} file${results.length === 1 ? '' : 's'}`);
  return total > 0 || hidden ? 1 : 0;
}

/** Below this many bytes in all, starting worker threads costs more than it saves. */
const POOL_MIN_BYTES = 2 * 1024 * 1024;

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
 * Scans files with the default pipeline, in a pool of worker threads (one task per file) when `jobs > 1`.
 * Results come back in the order of `files`, whatever order the workers finish in.
 *
 * @example
 * ```ts
 * const results = await scanFiles(['a.txt', 'b.csv'], { minScore: 0.6 }, { jobs: 2 });
 * ```
 */
export async function scanFiles(files: readonly string[], options: WorkerPipelineOptions, run: ScanFilesOptions): Promise<FileResult[]> {
  const worker = run.worker ?? findWorker();
  const pooled = files.filter((f) => f !== '-');
  const jobs = Math.min(run.jobs, pooled.length);
  if (jobs <= 1 || worker === undefined) {
    const pipeline = defaultPipeline(options);
    const results: FileResult[] = [];
    for (const file of files) {
      results.push(unwrapScanTask(await runScanTask({ file, options }, pipeline)));
      run.onFile?.(file);
    }
    return results;
  }
  // piscina is loaded only for pooled scans; its CommonJS build exposes the class as the module itself.
  const mod = await import('piscina');
  const Piscina = (mod.Piscina as typeof mod.Piscina | undefined) ?? mod.default;
  const pool = new Piscina<ScanTask, ScanTaskResult>({ filename: worker.toString(), minThreads: jobs, maxThreads: jobs, idleTimeout: 1000 });
  const results: Array<FileResult | undefined> = new Array<FileResult | undefined>(files.length);
  try {
    await Promise.all(
      files.map(async (file, i) => {
        const task: ScanTask = { file, options };
        // Standard input belongs to this thread.
        const r = file === '-' ? await runScanTask(task, defaultPipeline(options)) : await pool.run(task);
        results[i] = unwrapScanTask(r);
        run.onFile?.(file);
      }),
    );
  } finally {
    await pool.destroy();
  }
  return results as FileResult[];
}

function formatTable(r: FileResult, shown: (v: string) => string): string {
  const rows = r.findings.map((f) => [f.type, shown(f.text), f.cell !== undefined ? `${f.sheet ?? ''}!${f.cell}${f.vector !== undefined ? ` (${f.vector})` : ''}` : f.path ?? `${f.line ?? 0}:${f.column ?? 0}`, f.score.toFixed(2)]);
  const head = ['TYPE', 'TEXT', 'WHERE', 'SCORE'];
  const widths = head.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((row) => (row[i] as string).length))));
  const line = (cells: string[]): string => '  ' + cells.map((c, i) => c.slice(0, widths[i]).padEnd(widths[i] as number)).join('  ').trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}
