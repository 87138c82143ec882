/**
 * Finds tables embedded in plain text (CSV, TSV, pipe/markdown tables) and `Label: value` lines,
 * so that detectors can use column headers as evidence.
 *
 * @module
 */
import type { TextCell } from './types.js';
import { classifyHeader } from './headers.js';
import { HEADER_REJECT, HEADER_TITLE, KEY_VALUE } from './regex/tables.js';

interface Line {
  readonly start: number;
  readonly end: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = n;
    let end = nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    lines.push({ start, end });
    start = nl + 1;
  }
  return lines;
}

interface RawCell {
  readonly start: number;
  readonly end: number;
}

/** Splits one line on a separator, honouring double-quoted fields; cells are trimmed of spaces and quotes. */
function splitCells(text: string, line: Line, sep: string): RawCell[] {
  const cells: RawCell[] = [];
  let i = line.start;
  let cellStart = i;
  let inQuotes = false;
  const sepCode = sep.charCodeAt(0);
  for (; i <= line.end; i++) {
    const c = i < line.end ? text.charCodeAt(i) : -1;
    if (c === 34) inQuotes = !inQuotes;
    else if ((c === sepCode && !inQuotes) || c === -1) {
      cells.push(trimCell(text, cellStart, i));
      cellStart = i + 1;
    }
  }
  return cells;
}

function trimCell(text: string, start: number, end: number): RawCell {
  let s = start;
  let e = end;
  while (s < e && isPad(text.charCodeAt(s))) s++;
  while (e > s && isPad(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

function isPad(c: number): boolean {
  return c === 32 || c === 9 || c === 34 || c === 0xa0;
}


const SEPARATORS = ['\t', '|', ',', ';'] as const;
const MAX_HEADER_CELL = 40;

function looksLikeHeader(text: string, cells: readonly RawCell[]): boolean {
  let named = 0;
  let known = 0;
  let titled = 0;
  for (const c of cells) {
    const len = c.end - c.start;
    if (len === 0) continue;
    if (len > MAX_HEADER_CELL) return false;
    const v = text.slice(c.start, c.end);
    // Headers hold a few words, not numbers, dates, sentences or e-mail addresses.
    if (HEADER_REJECT.test(v) || v.endsWith('.') || v.split(' ').length > 4) return false;
    named++;
    if (classifyHeader(v) !== undefined) known++;
    if (HEADER_TITLE.test(v)) titled++;
  }
  return named >= 2 && (known > 0 || titled === named);
}

function isRule(text: string, line: Line): boolean {
  const v = text.slice(line.start, line.end);
  return /^[\s|:+-]+$/u.test(v) && v.includes('-');
}


/**
 * Returns the cells of every table in a text, each with its column header, plus `Label: value` lines
 * as single cells whose header is the label. Pure; linear in the text length.
 *
 * @example
 * ```ts
 * const cells = findTableCells('Name,Rank\nJo Bloggs,PC\n');
 * cells.map((c) => c.header); // ['Name', 'Rank']
 * ```
 */
export function findTableCells(text: string): TextCell[] {
  const lines = splitLines(text);
  const counts = separatorCounts(text, lines);
  const out: TextCell[] = [];
  const inTable = new Uint8Array(lines.length);
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    let matched = false;
    for (let s = 0; s < SEPARATORS.length; s++) {
      const k = counts[i * SEPARATORS.length + s] as number;
      // A header needs a separator, and the next line at least as many (cheap test before any parsing).
      if (k === 0 || i + 1 >= lines.length) continue;
      const nextK = counts[(i + 1) * SEPARATORS.length + s] as number;
      const sep = SEPARATORS[s] as string;
      if (nextK < k && !(sep === '|' && isRule(text, lines[i + 1] as Line))) continue;
      const header = splitCells(text, line, sep);
      if (header.length < 2 || !looksLikeHeader(text, header)) continue;
      // Collect following rows with the same number of cells (rule lines skipped).
      let j = i + 1;
      let rows = 0;
      const rowCells: RawCell[][] = [];
      while (j < lines.length) {
        const l = lines[j] as Line;
        if (l.end === l.start) break;
        if (sep === '|' && isRule(text, l)) {
          j++;
          continue;
        }
        if ((counts[j * SEPARATORS.length + s] as number) < k) break;
        const cells = splitCells(text, l, sep);
        if (cells.length !== header.length) break;
        rowCells.push(cells);
        rows++;
        j++;
      }
      if (rows === 0) continue;
      const names = header.map((c) => text.slice(c.start, c.end));
      rowCells.forEach((cells, r) => {
        cells.forEach((c, col) => {
          if (c.end > c.start) out.push({ start: c.start, end: c.end, header: names[col] ?? '', row: r + 1, col });
        });
      });
      for (let t = i; t < j; t++) inTable[t] = 1;
      i = j;
      matched = true;
      break;
    }
    if (!matched) i++;
  }
  // `Label: value` lines outside tables: the colon must come within the label's length.
  for (let t = 0; t < lines.length; t++) {
    if (inTable[t] === 1) continue;
    const l = lines[t] as Line;
    if (l.end - l.start > 400 || l.end - l.start < 3) continue;
    const colon = text.indexOf(':', l.start);
    if (colon === -1 || colon >= l.end || colon - l.start > 48) continue;
    const v = text.slice(l.start, l.end);
    const m = KEY_VALUE.exec(v);
    if (m === null) continue;
    const label = (m[1] as string).trim();
    const value = (m[2] as string).trimEnd();
    const valueStart = l.start + v.indexOf(value, v.indexOf(':') + 1);
    out.push({ start: valueStart, end: valueStart + value.length, header: label, row: 0, col: 0 });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** Separator counts per line, in one pass: `counts[line * 4 + s]` for separator `SEPARATORS[s]`. */
function separatorCounts(text: string, lines: readonly Line[]): Uint32Array {
  const counts = new Uint32Array(lines.length * SEPARATORS.length);
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li] as Line;
    const base = li * SEPARATORS.length;
    for (let i = l.start; i < l.end; i++) {
      const c = text.charCodeAt(i);
      if (c === 9) counts[base] = (counts[base] as number) + 1;
      else if (c === 124) counts[base + 1] = (counts[base + 1] as number) + 1;
      else if (c === 44) counts[base + 2] = (counts[base + 2] as number) + 1;
      else if (c === 59) counts[base + 3] = (counts[base + 3] as number) + 1;
    }
  }
  return counts;
}

/**
 * Finds the cell that contains the range `[start, end)`, by binary search over sorted cells.
 *
 * @example
 * ```ts
 * const cells = findTableCells('Name,Rank\nJo Bloggs,PC\n');
 * cellAt(cells, 10, 19)?.header; // 'Name'
 * ```
 */
export function cellAt(cells: readonly TextCell[], start: number, end: number): TextCell | undefined {
  let lo = 0;
  let hi = cells.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cells[mid] as TextCell).start <= start) lo = mid + 1;
    else hi = mid;
  }
  const c = cells[lo - 1];
  return c !== undefined && end <= c.end ? c : undefined;
}
