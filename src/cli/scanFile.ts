/**
 * Scans one file by its format: workbooks (.xlsx, .xlsm) through `scanWorkbook` with a per-vector summary,
 * delimited files (.csv, .tsv) and JSON (.json, .jsonl) through the column-aware structured scanners, and
 * everything else as text.
 *
 * @module
 */
import { extname } from 'node:path';
import type { Finding, Pipeline } from '../core/types.js';
import { PiiError } from '../core/errors.js';
import { lineColumn } from '../core/text.js';
import { formatSummary, scanCsv, scanJson, scanWorkbook } from '../xlsx/index.js';
import { cellRef } from '../xlsx/workbook.js';
import { decodeText, readInput } from './io.js';

/** A finding with where it was in the file. */
export interface LocatedFinding extends Finding {
  /** 1-based line and column, for text formats. */
  readonly line?: number;
  readonly column?: number;
  /** Spreadsheet or structured location. */
  readonly sheet?: string;
  readonly cell?: string;
  readonly part?: string;
  readonly vector?: string;
  readonly path?: string;
}

/** The result of scanning one file. */
export interface FileResult {
  readonly file: string;
  readonly findings: readonly LocatedFinding[];
  /** Lines such as `hidden sheet "Sheet2": 12 PERSON`, printed before the findings. */
  readonly summary?: readonly string[];
  /** True when something was found in a hidden place. */
  readonly hidden?: boolean;
}

/** Locates findings in a text by line and column, in one pass. */
export function locate(text: string, findings: readonly Finding[]): LocatedFinding[] {
  const out: LocatedFinding[] = [];
  let line = 1;
  let lineStart = 0;
  // The next line break at or after lineStart, looked up once per line (not once per finding: on a long line
  // with many findings that would be quadratic).
  let nextBreak = text.indexOf('\n');
  for (const f of findings) {
    while (nextBreak !== -1 && nextBreak < f.start) {
      line++;
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    out.push({ ...f, line, column: f.start - lineStart + 1 });
  }
  return out;
}

/**
 * Reads and scans one file with a pipeline.
 *
 * @example
 * ```ts
 * scanFile('reply.txt', defaultPipeline()).findings.length;
 * ```
 */
export function scanFile(file: string, pipeline: Pipeline): FileResult {
  const bytes = readInput(file);
  try {
    return scanBytes(file, bytes, pipeline);
  } catch (e) {
    // Name the file in every error (never its content), so a batch run says which input failed.
    if (e instanceof PiiError && e.where !== file) throw new PiiError(e.code, e.message, file === '-' ? 'stdin' : file);
    throw e;
  }
}

/** Spreadsheets are recognised by their content as well as by their extension. */
function sniff(bytes: Uint8Array): 'zip' | 'ole' | undefined {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole';
  return undefined;
}

function scanBytes(file: string, bytes: Uint8Array, pipeline: Pipeline): FileResult {
  const ext = file === '-' ? '.txt' : extname(file).toLowerCase();
  const kind = sniff(bytes);
  if (kind === 'ole') throw new PiiError('ENCRYPTED_FILE', 'this is an encrypted workbook or a legacy binary Office file (.xls/.doc): decrypt it or save it as .xlsx first');
  if (kind === 'zip' && ext !== '.xlsx' && ext !== '.xlsm') return scanWorkbookFile(file, bytes, pipeline);
  switch (ext) {
    case '.xlsx':
    case '.xlsm':
      return scanWorkbookFile(file, bytes, pipeline);
    case '.csv':
    case '.tsv':
      return scanDelimitedFile(file, decodeText(bytes), ext === '.tsv' ? '\t' : undefined, pipeline);
    case '.json':
      return scanJsonFile(file, decodeText(bytes), pipeline);
    case '.jsonl':
      return scanJsonLinesFile(file, decodeText(bytes), pipeline);
    default: {
      const text = decodeText(bytes);
      return { file, findings: locate(text, pipeline.scan(text)) };
    }
  }
}

function scanWorkbookFile(file: string, bytes: Uint8Array, pipeline: Pipeline): FileResult {
  const result = scanWorkbook(bytes, { pipeline });
  const summary = [
    ...result.summary.map((s) => `${s.hidden ? '[HIDDEN] ' : ''}${formatSummary(s)}`),
    ...result.notes.map((n) => `[NOTE] ${n}`),
  ];
  return { file, findings: result.findings, summary, hidden: result.hidden };
}

function scanDelimitedFile(file: string, text: string, delimiter: string | undefined, pipeline: Pipeline): FileResult {
  const findings = scanCsv(text, { pipeline, ...(delimiter !== undefined ? { delimiter } : {}) });
  return {
    file,
    findings: findings.map(({ row, column, header, ...f }) => ({ ...f, path: `${cellRef(row, column)}${header !== undefined ? ` (${header})` : ''}`, line: row + 1 })),
  };
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch {
    throw new PiiError('MALFORMED_FILE', 'invalid JSON', where);
  }
}

function scanJsonFile(file: string, text: string, pipeline: Pipeline): FileResult {
  const findings = scanJson(parseJson(text, file), { pipeline });
  return { file, findings: findings.map(({ key: _key, ...f }) => f) };
}

function scanJsonLinesFile(file: string, text: string, pipeline: Pipeline): FileResult {
  const values: unknown[] = [];
  const lines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    values.push(parseJson(line, `${file} line ${i + 1}`));
    lines.push(i + 1);
  });
  const findings = scanJson(values, { pipeline });
  return {
    file,
    findings: findings.map(({ key: _key, ...f }) => {
      const m = /^\$\[(\d+)\]/u.exec(f.path);
      const line = m === null ? undefined : lines[Number(m[1])];
      return line === undefined ? f : { ...f, line };
    }),
  };
}

export { lineColumn };
