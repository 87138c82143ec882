/**
 * `police-pii scan <file|dir|->...`: exit 0 when nothing is found, 1 when something is, 2 on error.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { defaultPipeline } from '../../index.js';
import { parseChoice, parseScore, parseTypes } from '../args.js';
import { expandInputs, maskValue, progress } from '../io.js';
import { scanFile, type FileResult } from '../scanFile.js';
import { PiiError } from '../../core/errors.js';

export const SCAN_HELP = `Usage: police-pii scan <file|dir|->... [options]

Scans text (.txt .md .log), CSV/TSV, JSON/JSONL and XLSX files, or standard input (-).

Options:
  --format table|json|jsonl   output format (default table)
  --min-score N               drop findings scoring below N (0-1, default 0.5)
  --types A,B                 only these entity types (e.g. PERSON,OFFICER_ID)
  --show                      print values in clear (masked by default: J*** S****)
  --explain                   include the evidence for each finding (json/jsonl)

Exit status: 0 nothing found, 1 personal data found, 2 error.`;

/** Runs the scan command; returns the exit code. */
export function runScan(argv: readonly string[], out: (s: string) => void): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'min-score': { type: 'string' },
      types: { type: 'string' },
      show: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help === true) {
    out(SCAN_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new PiiError('INVALID_OPTION', 'scan needs at least one file, directory or -');
  const format = parseChoice(values.format, ['table', 'json', 'jsonl'] as const, 'table', '--format');
  const pipeline = defaultPipeline({ minScore: parseScore(values['min-score']), types: parseTypes(values.types), explain: values.explain === true });
  const files = expandInputs(positionals);
  const bar = progress(files.length, 'scanning');
  const results: FileResult[] = [];
  for (const file of files) {
    results.push(scanFile(file, pipeline));
    bar.tick();
  }
  bar.done();
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

function formatTable(r: FileResult, shown: (v: string) => string): string {
  const rows = r.findings.map((f) => [f.type, shown(f.text), f.cell !== undefined ? `${f.sheet ?? ''}!${f.cell}${f.vector !== undefined ? ` (${f.vector})` : ''}` : f.path ?? `${f.line ?? 0}:${f.column ?? 0}`, f.score.toFixed(2)]);
  const head = ['TYPE', 'TEXT', 'WHERE', 'SCORE'];
  const widths = head.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((row) => (row[i] as string).length))));
  const line = (cells: string[]): string => '  ' + cells.map((c, i) => c.slice(0, widths[i]).padEnd(widths[i] as number)).join('  ').trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}
