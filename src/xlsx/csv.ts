/**
 * CSV/TSV reading: RFC 4180 parsing (quoted fields, doubled quotes, quoted newlines), delimiter sniffing
 * and byte decoding (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252).
 *
 * @module
 */
import { PiiError } from '../core/errors.js';

/**
 * Options of {@link parseCsv}.
 *
 * @example
 * ```ts
 * const o: ParseCsvOptions = { delimiter: ';' };
 * ```
 */
export interface ParseCsvOptions {
  /** Field separator; sniffed from the first lines when absent (`,`, `;`, tab or `|`). */
  readonly delimiter?: string;
  /** Largest number of cells accepted before a `LIMIT_EXCEEDED` error (default 20 million). */
  readonly maxCells?: number;
}

const CANDIDATES = [',', ';', '\t', '|'] as const;

/**
 * Default largest number of cells {@link parseCsv} accepts.
 *
 * @example
 * ```ts
 * parseCsv(text, { maxCells: DEFAULT_MAX_CSV_CELLS / 10 });
 * ```
 */
export const DEFAULT_MAX_CSV_CELLS = 20_000_000;

/**
 * Guesses the field separator from the first lines: the candidate that splits the most lines into the
 * same number (≥ 2) of fields, ignoring separators inside quotes.
 *
 * @example
 * ```ts
 * sniffDelimiter('Surname;Rank\nSmith;PC\n'); // ';'
 * ```
 */
export function sniffDelimiter(text: string): string {
  const sample = text.slice(0, 64 * 1024);
  let best: string = ',';
  let bestScore = 0;
  for (const d of CANDIDATES) {
    const counts: number[] = [];
    let inQuotes = false;
    let n = 0;
    for (let i = 0; i < sample.length && counts.length < 20; i++) {
      const c = sample[i];
      if (c === '"') inQuotes = !inQuotes;
      else if (!inQuotes && c === d) n++;
      else if (!inQuotes && c === '\n') {
        counts.push(n);
        n = 0;
      }
    }
    if (n > 0) counts.push(n);
    if (counts.length === 0) continue;
    const first = counts[0] as number;
    if (first === 0) continue;
    const same = counts.filter((c) => c === first).length;
    const score = same * 1000 + first;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

/**
 * Parses delimited text into rows of fields (RFC 4180: `"` quoting, `""` escapes, newlines inside quotes,
 * CRLF or LF line ends). A trailing empty line is dropped. The delimiter is sniffed when not given.
 *
 * @example
 * ```ts
 * parseCsv('Surname,Rank\n"O\'Neill, C",PC\n'); // [['Surname','Rank'],["O'Neill, C",'PC']]
 * ```
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): string[][] {
  const d = options.delimiter ?? sniffDelimiter(text);
  if (d.length !== 1) throw new PiiError('INVALID_OPTION', 'delimiter must be one character');
  const maxCells = options.maxCells ?? DEFAULT_MAX_CSV_CELLS;
  const dc = d.charCodeAt(0);
  const rows: string[][] = [];
  let row: string[] = [];
  let cells = 0;
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const pushField = (v: string): void => {
    row.push(v);
    if (++cells > maxCells) throw new PiiError('LIMIT_EXCEEDED', `more than ${maxCells} cells`, 'csv');
  };
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // Quoted field.
      let value = '';
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q === -1) {
          value += text.slice(from);
          i = n;
          break;
        }
        value += text.slice(from, q);
        if (text.charCodeAt(q + 1) === 34) {
          value += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      // Anything between the closing quote and the next separator is kept (lenient).
      let j = i;
      while (j < n) {
        const cj = text.charCodeAt(j);
        if (cj === dc || cj === 10 || cj === 13) break;
        j++;
      }
      if (j > i) value += text.slice(i, j);
      pushField(value);
      i = j;
    } else {
      let j = i;
      while (j < n) {
        const cj = text.charCodeAt(j);
        if (cj === dc || cj === 10 || cj === 13) break;
        j++;
      }
      pushField(text.slice(i, j));
      i = j;
    }
    if (i >= n) break;
    c = text.charCodeAt(i);
    if (c === dc) {
      i++;
      if (i >= n) pushField('');
      continue;
    }
    // Line end.
    if (c === 13 && text.charCodeAt(i + 1) === 10) i += 2;
    else i++;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

const CP1252: Readonly<Record<number, number>> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6,
  0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
  0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

function decodeCp1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, i + CHUNK);
    for (let j = i; j < end; j++) {
      const b = bytes[j] as number;
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252[b] ?? b : b);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/**
 * Decodes text bytes: a BOM selects UTF-8 or UTF-16 (LE/BE); without one, valid UTF-8 is read as UTF-8
 * and anything else as Windows-1252.
 *
 * @example
 * ```ts
 * decodeTextBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])); // 'A'
 * ```
 */
export function decodeTextBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeCp1252(bytes);
  }
}
