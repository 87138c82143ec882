/**
 * Renders one file's scan result as the `scan` command prints it (table block, JSON records or JSONL lines).
 * A pure function of the result, so the worker threads of a pooled scan can render their own files and hand
 * back one string per file instead of every finding object.
 *
 * @module
 */
import { maskValue } from './io.js';
import type { FileResult } from './scanFile.js';

/**
 * How results are printed.
 *
 * @example
 * ```ts
 * const o: RenderOptions = { format: 'jsonl', show: false };
 * ```
 */
export interface RenderOptions {
  readonly format: 'table' | 'json' | 'jsonl';
  /** Print values in clear (else masked, `J*** S****`). */
  readonly show: boolean;
}

/**
 * One file, rendered: its text (without a final line break; empty when there is nothing to print) and the
 * figures the exit code and the table's total need.
 *
 * @example
 * ```ts
 * const r: RenderedFile = { file: 'a.txt', count: 0, hidden: false, text: '' };
 * ```
 */
export interface RenderedFile {
  readonly file: string;
  readonly count: number;
  readonly hidden: boolean;
  readonly text: string;
}

/**
 * Renders a file's findings. For `json`, `text` holds the file's records as elements of the printed array
 * (indented, joined by `,\n`), so that joining every file's text with `,\n` inside `[\n` … `\n]` gives exactly
 * `JSON.stringify(allRecords, null, 2)`.
 *
 * @example
 * ```ts
 * renderFile({ file: 'a.txt', findings: [] }, { format: 'table', show: false }).text; // 'a.txt: 0 findings'
 * ```
 */
export function renderFile(r: FileResult, o: RenderOptions): RenderedFile {
  const shown = (v: string): string => (o.show ? v : maskValue(v));
  const base = { file: r.file, count: r.findings.length, hidden: r.hidden === true };
  if (o.format === 'table') {
    const lines = [`${r.file}: ${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}`];
    for (const s of r.summary ?? []) lines.push(`  ${s}`);
    if (r.findings.length > 0) lines.push(formatTable(r, shown));
    return { ...base, text: lines.join('\n') };
  }
  const records = r.findings.map((f) => ({ file: r.file, ...f, text: shown(f.text) }));
  // JSON strings never hold a raw line break, so indenting after each one indents whole lines.
  if (o.format === 'json') return { ...base, text: records.map((rec) => '  ' + JSON.stringify(rec, null, 2).replaceAll('\n', '\n  ')).join(',\n') };
  return { ...base, text: records.map((rec) => JSON.stringify(rec)).join('\n') };
}

function formatTable(r: FileResult, shown: (v: string) => string): string {
  const rows = r.findings.map((f) => [f.type, shown(f.text), f.cell !== undefined ? `${f.sheet ?? ''}!${f.cell}${f.vector !== undefined ? ` (${f.vector})` : ''}` : f.path ?? `${f.line ?? 0}:${f.column ?? 0}`, f.score.toFixed(2)]);
  const head = ['TYPE', 'TEXT', 'WHERE', 'SCORE'];
  // A loop, not Math.max(...rows): a file can have more findings than a call takes arguments.
  const widths = head.map((h) => h.length);
  for (const row of rows) for (let i = 0; i < widths.length; i++) widths[i] = Math.min(48, Math.max(widths[i] as number, (row[i] as string).length));
  const line = (cells: string[]): string => '  ' + cells.map((c, i) => c.slice(0, widths[i]).padEnd(widths[i] as number)).join('  ').trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}
