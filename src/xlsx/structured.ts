/**
 * CSV/TSV and JSON scanning with the same column logic as workbooks.
 *
 * @module
 */
import { PiiError } from '../core/errors.js';
import { defaultPipeline } from '../index.js';
import type { Finding, Pipeline } from '../core/types.js';
import { cellScanner, planColumns, planTables, tableOf, type CellScanner, type TablePlan } from './columns.js';
import { decodeTextBytes, parseCsv } from './csv.js';

/**
 * A finding in a CSV cell; offsets are relative to the cell value.
 *
 * @example
 * ```ts
 * const f: CsvFinding = scanCsv('Surname\nOkafor\n')[0]!; // f.row === 1, f.header === 'Surname'
 * ```
 */
export type CsvFinding = Finding & {
  /** 0-based row of the parsed file (the header is row 0 when it is the first line). */
  readonly row: number;
  /** 0-based column. */
  readonly column: number;
  /** The column header, when the table has one. */
  readonly header?: string;
};

/**
 * Options of {@link scanCsv}.
 *
 * @example
 * ```ts
 * const o: ScanCsvOptions = { delimiter: '\t' };
 * ```
 */
export interface ScanCsvOptions {
  /** The pipeline to scan values with (default: the root `defaultPipeline()`). */
  readonly pipeline?: Pipeline;
  /** Field separator; sniffed when absent. */
  readonly delimiter?: string;
  /** Largest number of cells accepted (default 20 million). */
  readonly maxCells?: number;
}

const HEAD_ROWS = 300;

/**
 * Scans delimited text cell by cell, with the header row found and each column classified from its header
 * and values (see `columns.ts` for the column-evidence rule).
 *
 * @example
 * ```ts
 * scanCsv('Surname,Initials\nOkafor,A\n'); // [{ type: 'PERSON', text: 'Okafor', row: 1, column: 0, header: 'Surname', … }, …]
 * ```
 */
export function scanCsv(text: string, options: ScanCsvOptions = {}): CsvFinding[] {
  const pipeline = options.pipeline ?? defaultPipeline();
  const rows = parseCsv(text, { ...(options.delimiter !== undefined ? { delimiter: options.delimiter } : {}), ...(options.maxCells !== undefined ? { maxCells: options.maxCells } : {}) });
  return scanGrid(rows, pipeline, cellScanner(pipeline));
}

/**
 * Decodes CSV bytes (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252) and scans them.
 *
 * @example
 * ```ts
 * scanCsvBytes(new TextEncoder().encode('Surname\nOkafor\n'));
 * ```
 */
export function scanCsvBytes(bytes: Uint8Array, options: ScanCsvOptions = {}): CsvFinding[] {
  return scanCsv(decodeTextBytes(bytes), options);
}

function scanGrid(rows: readonly string[][], pipeline: Pipeline, cells: CellScanner): CsvFinding[] {
  const plans = planTables(rows.slice(0, HEAD_ROWS), pipeline);
  const out: CsvFinding[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as string[];
    for (let c = 0; c < row.length; c++) {
      const v = row[c] as string;
      if (v.trim() === '') continue;
      const plan = tableOf(plans, r, c);
      const col = plan?.columns.get(c);
      for (const f of cells.scan(v, plan, col, plan !== undefined && r > plan.headerRow)) {
        out.push({ ...f, row: r, column: c, ...(col?.header !== undefined ? { header: col.header } : {}) });
      }
    }
  }
  return out;
}

/**
 * A finding in a JSON string or number; offsets are relative to that value as a string.
 *
 * @example
 * ```ts
 * const f: JsonFinding = scanJson({ surname: 'Okafor' })[0]!; // f.path === '$.surname'
 * ```
 */
export type JsonFinding = Finding & {
  /** JSONPath of the value, such as `$.officers[3].surname`. */
  readonly path: string;
  /** The key the value sits under, if any. */
  readonly key?: string;
};

/**
 * Options of {@link scanJson}.
 *
 * @example
 * ```ts
 * const o: ScanJsonOptions = { maxDepth: 16 };
 * ```
 */
export interface ScanJsonOptions {
  readonly pipeline?: Pipeline;
  /** Largest nesting depth walked (default 64); deeper input fails with a `LIMIT_EXCEEDED` error rather than being skipped. */
  readonly maxDepth?: number;
}

const IDENT = /^[A-Za-z_$][\w$]*$/u;

function childPath(path: string, key: string): string {
  return IDENT.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function scalar(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Walks a parsed JSON value. Object keys act as column headers; arrays of objects are treated as tables
 * (columns classified from keys and sampled values), so a `surname` field is scanned as a surname column.
 *
 * @example
 * ```ts
 * scanJson({ officers: [{ surname: 'Okafor', rank: 'PC' }] })[0]?.path; // '$.officers[0].surname'
 * ```
 */
export function scanJson(value: unknown, options: ScanJsonOptions = {}): JsonFinding[] {
  const pipeline = options.pipeline ?? defaultPipeline();
  const maxDepth = options.maxDepth ?? 64;
  const cells = cellScanner(pipeline);
  const out: JsonFinding[] = [];
  const emit = (v: string, path: string, key: string | undefined, plan: TablePlan | undefined, col: number): void => {
    const column = plan?.columns.get(col);
    for (const f of cells.scan(v, plan, column, plan !== undefined)) out.push({ ...f, path, ...(key !== undefined ? { key } : {}) });
  };
  const walkRecords = (records: readonly Record<string, unknown>[], paths: readonly string[], depth: number): void => {
    const keys: string[] = [];
    const index = new Map<string, number>();
    for (const rec of records.slice(0, 1000)) {
      for (const k of Object.keys(rec)) {
        if (!index.has(k) && keys.length < 1000) {
          index.set(k, keys.length);
          keys.push(k);
        }
      }
    }
    const samples = keys.map((k) => {
      const s: string[] = [];
      for (const rec of records) {
        const v = scalar(rec[k]);
        if (v !== undefined && v.trim() !== '') s.push(v);
        if (s.length >= 30) break;
      }
      return s;
    });
    const plan = planColumns(keys, samples, pipeline, -1, 0);
    records.forEach((rec, i) => {
      for (const [k, v] of Object.entries(rec)) {
        const p = childPath(paths[i] as string, k);
        const s = scalar(v);
        if (s !== undefined) emit(s, p, k, plan, index.get(k) ?? -1);
        else walk(v, p, k, depth + 1);
      }
    });
  };
  const walk = (v: unknown, path: string, key: string | undefined, depth: number): void => {
    if (depth > maxDepth) throw new PiiError('LIMIT_EXCEEDED', `JSON is nested deeper than ${maxDepth} levels (raise maxDepth to scan it)`, 'maxDepth');
    const s = scalar(v);
    if (s !== undefined) {
      const plan = key === undefined ? undefined : planColumns([key], [[s]], pipeline, -1, 0);
      emit(s, path, key, plan, 0);
      return;
    }
    if (Array.isArray(v)) {
      const recs = v.filter(isRecord);
      if (recs.length > 0 && recs.length >= v.length / 2) {
        const paths: string[] = [];
        const list: Record<string, unknown>[] = [];
        v.forEach((x, i) => {
          if (isRecord(x)) {
            list.push(x);
            paths.push(`${path}[${i}]`);
          } else walk(x, `${path}[${i}]`, key, depth + 1);
        });
        walkRecords(list, paths, depth);
        return;
      }
      v.forEach((x, i) => walk(x, `${path}[${i}]`, key, depth + 1));
      return;
    }
    if (isRecord(v)) walkRecords([v], [path], depth);
  };
  walk(value, '$', undefined, 0);
  return out;
}
