/**
 * `police-pii risk <file.csv|file.xlsx> --columns ...`: how exposed the people in a table are.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { extname } from 'node:path';
import { PiiError } from '../../core/errors.js';
import { datasetRisk, type DatasetRiskResult, type RiskBand } from '../../risk/index.js';
import { parseCsv } from '../../xlsx/csv.js';
import { readSheets } from '../../xlsx/workbook.js';
import { parseChoice } from '../args.js';
import { decodeText, maskValue, readInput } from '../io.js';

export const RISK_HELP = `Usage: police-pii risk <file.csv|file.xlsx> --columns A,B,C [options]

Measures how exposed the people in a table are: k-anonymity and the share of records alone in their group over
the quasi-identifier columns, the expected share unique in the population (name frequencies), the most exposed
records (values masked) and a histogram of risk bands.

Options:
  --columns A,B,C      quasi-identifier columns (required), e.g. Surname,Initials,Rank,Location,Department
  --population N       headcount the file is drawn from (default: the number of rows)
  --sensitive COL      a sensitive column for l-diversity
  --sheet NAME         the worksheet to read (default: the first sheet, hidden ones included, with every column)
  --top N              how many records to list (default 10)
  --format table|json  output format (default table)
  --show               print values in clear (masked by default: J*** S****)

Exit status: 0 no record is at high risk, 1 some record is at high or very high risk, 2 error.`;

const BANDS: readonly RiskBand[] = ['low', 'medium', 'high', 'very-high'];

/** Reads the table: the header row holding every wanted column, then the rows below it as objects. */
function readTable(file: string, columns: readonly string[], sheet: string | undefined): { rows: Record<string, string>[]; source: string; lineNumbers: number[] } {
  const bytes = readInput(file);
  const ext = extname(file).toLowerCase();
  const grids: { name: string; rows: string[][] }[] = [];
  if (ext === '.xlsx' || ext === '.xlsm') {
    for (const s of readSheets(bytes)) if (sheet === undefined || s.name === sheet) grids.push({ name: s.name, rows: s.rows });
    if (grids.length === 0) throw new PiiError('INVALID_OPTION', 'no worksheet with that name', '--sheet');
  } else if (ext === '.csv' || ext === '.tsv' || ext === '.txt' || file === '-') {
    grids.push({ name: '', rows: parseCsv(decodeText(bytes), ext === '.tsv' ? { delimiter: '\t' } : {}) });
  } else throw new PiiError('UNSUPPORTED_FORMAT', 'risk reads .csv, .tsv and .xlsx files', file);
  const want = columns.map((c) => c.trim().toLowerCase());
  for (const g of grids) {
    for (let r = 0; r < Math.min(g.rows.length, 50); r++) {
      const header = (g.rows[r] ?? []).map((h) => h.trim().toLowerCase());
      const idx = want.map((w) => header.indexOf(w));
      if (idx.some((i) => i < 0)) continue;
      const all = header.map((h, i) => [h, i] as const).filter(([h]) => h.length > 0);
      const names = (g.rows[r] ?? []).map((h) => h.trim());
      const rows: Record<string, string>[] = [];
      const lineNumbers: number[] = [];
      for (let at = r + 1; at < g.rows.length; at++) {
        const line = g.rows[at] as string[];
        if (line.every((v) => v.trim().length === 0)) continue;
        lineNumbers.push(at + 1);
        const obj: Record<string, string> = {};
        for (const [, i] of all) obj[names[i] as string] = (line[i] ?? '').trim();
        for (const [j, i] of idx.entries()) obj[columns[j] as string] = (line[i] ?? '').trim();
        rows.push(obj);
      }
      return { rows, source: g.name, lineNumbers };
    }
  }
  throw new PiiError('INVALID_INPUT', 'no header row holds every --columns name', file);
}

function parseCount(v: string | undefined, name: string, fallback: number | undefined): number | undefined {
  if (v === undefined) return fallback;
  const n = Number(v.replace(/[,_]/gu, ''));
  if (!Number.isInteger(n) || n < 0) throw new PiiError('INVALID_OPTION', `${name} must be a whole number`);
  return n;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

function histogram(bands: Readonly<Record<RiskBand, number>>, total: number): string[] {
  const width = 40;
  const max = Math.max(1, ...BANDS.map((b) => bands[b]));
  return BANDS.map((b) => {
    const n = bands[b];
    const bar = '#'.repeat(n === 0 ? 0 : Math.max(1, Math.round((n / max) * width)));
    return `  ${b.padEnd(10)} ${bar.padEnd(width)} ${String(n).padStart(7)}  ${total === 0 ? '' : pct(n / total)}`;
  });
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string => r.map((c, i) => c.padEnd(widths[i] as number)).join('  ').trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}

function formatTable(file: string, columns: readonly string[], r: DatasetRiskResult, lineNumbers: readonly number[], shown: (v: string) => string, sensitive: string | undefined): string[] {
  const out: string[] = [];
  out.push(`${file}: ${r.rows} record${r.rows === 1 ? '' : 's'}, quasi-identifiers ${columns.join(', ')}; population ${r.population}`);
  out.push(`  k-anonymity: ${r.k} (smallest group of records with identical values)`);
  out.push(`  groups: ${r.classes}; records alone in their group: ${pct(r.uniqueShare)}`);
  out.push(`  expected share unique in the population: ${pct(r.expectedPopulationUniqueShare)} (an estimate: see docs/risk.md)`);
  if (r.l !== undefined) out.push(`  l-diversity on ${sensitive ?? ''}: ${r.l}; groups with a single ${sensitive ?? ''} value: ${r.classesWithOneSensitiveValue ?? 0}`);
  if (r.records.length > 0) {
    out.push('', 'Most exposed records:');
    const head = ['ROW', ...columns.map((c) => c.toUpperCase()), 'UNIQUE', 'BAND', 'WHY'];
    const rows = r.records.map((rec) => [
      String(lineNumbers[rec.index] ?? rec.index + 1),
      ...columns.map((c) => shown(rec.values[c] ?? '')),
      rec.uniquenessProbability >= 0.995 ? '>99%' : pct(rec.uniquenessProbability),
      rec.band,
      rec.reasons.join('; '),
    ]);
    out.push(table(head, rows));
  }
  out.push('', 'Risk bands (probability a record points to exactly one person: low <10%, medium <50%, high <90%, very-high 90%+):');
  out.push(...histogram(r.bands, r.rows));
  return out;
}

/**
 * Runs the risk command; returns the exit code.
 *
 * @example
 * ```ts
 * runRisk(['staff.csv', '--columns', 'Surname,Initials,Rank'], console.log); // 1
 * ```
 */
export function runRisk(argv: readonly string[], out: (s: string) => void): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      columns: { type: 'string' },
      population: { type: 'string' },
      sensitive: { type: 'string' },
      sheet: { type: 'string' },
      top: { type: 'string' },
      format: { type: 'string' },
      show: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help === true) {
    out(RISK_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new PiiError('INVALID_OPTION', 'risk needs exactly one .csv or .xlsx file');
  const columns = (values.columns ?? '').split(',').map((c) => c.trim()).filter((c) => c.length > 0);
  if (columns.length === 0) throw new PiiError('INVALID_OPTION', 'risk needs --columns, e.g. --columns Surname,Initials,Rank');
  const format = parseChoice(values.format, ['table', 'json'] as const, 'table', '--format');
  const top = parseCount(values.top, '--top', 10) as number;
  const file = positionals[0] as string;
  const { rows, lineNumbers, source } = readTable(file, columns, values.sheet);
  const population = parseCount(values.population, '--population', undefined);
  if (population !== undefined && population < rows.length) throw new PiiError('INVALID_OPTION', '--population must be at least the number of records');
  if (values.sensitive !== undefined && rows.length > 0 && !(values.sensitive in (rows[0] as Record<string, string>))) {
    throw new PiiError('INVALID_OPTION', 'the --sensitive column is not in the header row');
  }
  const result = datasetRisk(rows, {
    quasiIdentifiers: columns,
    top,
    ...(population !== undefined ? { population } : {}),
    ...(values.sensitive !== undefined ? { sensitive: values.sensitive } : {}),
  });
  const shown = (v: string): string => (values.show === true ? v : maskValue(v));
  if (format === 'json') {
    out(JSON.stringify({ file, ...(source.length > 0 ? { sheet: source } : {}), ...result, records: result.records.map((r) => ({ ...r, row: lineNumbers[r.index], values: Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k, shown(v)])) })) }, null, 2));
  } else for (const line of formatTable(source.length > 0 ? `${file} [${source}]` : file, columns, result, lineNumbers, shown, values.sensitive)) out(line);
  return result.bands.high + result.bands['very-high'] > 0 ? 1 : 0;
}
