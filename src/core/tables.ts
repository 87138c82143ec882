/**
 * Finds tables embedded in plain text (CSV, TSV, pipe/markdown tables) and `Label: value` lines,
 * so that detectors can use column headers as evidence.
 *
 * @module
 */
import type { TextCell } from './types.js';
import { classifyHeader } from './headers.js';
import { HEADER_ABBREVIATION_DOT, HEADER_REJECT, HEADER_TITLE, JSON_PAIR, KEY_VALUE } from './regex/tables.js';

/** Line bounds (line breaks and a `\r` before them excluded), as parallel offset arrays. */
interface Lines {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

function splitLines(text: string): Lines {
  const n = text.length;
  let count = 1;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) count++;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  let start = 0;
  for (let k = 0; k < count; k++) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = n;
    let end = nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    starts[k] = start;
    ends[k] = end;
    start = nl + 1;
  }
  return { count, starts, ends };
}

interface RawCell {
  readonly start: number;
  readonly end: number;
}

/** Splits one line on a separator, honouring double-quoted fields; cells are trimmed of spaces and quotes. */
function splitCells(text: string, lineStart: number, lineEnd: number, sep: string): RawCell[] {
  const cells: RawCell[] = [];
  let i = lineStart;
  let cellStart = i;
  let inQuotes = false;
  const sepCode = sep.charCodeAt(0);
  for (; i <= lineEnd; i++) {
    const c = i < lineEnd ? text.charCodeAt(i) : -1;
    if (c === 34) inQuotes = !inQuotes;
    else if ((c === sepCode && !inQuotes) || c === -1) {
      cells.push(trimCell(text, cellStart, i));
      cellStart = i + 1;
    }
  }
  return cells;
}

/**
 * {@link splitCells} into a reused flat buffer of `[start, end]` pairs, without an object per cell (data rows
 * are most of a table). Returns the number of cells.
 */
function splitCellsInto(text: string, lineStart: number, lineEnd: number, sepCode: number, buf: number[]): number {
  buf.length = 0;
  let cellStart = lineStart;
  let inQuotes = false;
  for (let i = lineStart; i <= lineEnd; i++) {
    const c = i < lineEnd ? text.charCodeAt(i) : -1;
    if (c === 34) inQuotes = !inQuotes;
    else if ((c === sepCode && !inQuotes) || c === -1) {
      let cs = cellStart;
      let ce = i;
      while (cs < ce && isPad(text.charCodeAt(cs))) cs++;
      while (ce > cs && isPad(text.charCodeAt(ce - 1))) ce--;
      buf.push(cs, ce);
      cellStart = i + 1;
    }
  }
  return buf.length >> 1;
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

function looksLikeHeader(text: string, cells: readonly RawCell[], known: Map<string, boolean>): boolean {
  let named = 0;
  let titled = 0;
  // First the cheap tests that can reject the line, then the header lexicon (most lines tried are prose with
  // commas, rejected here before any cell is classified).
  for (const c of cells) {
    const len = c.end - c.start;
    if (len === 0) continue;
    if (len > MAX_HEADER_CELL) return false;
    const v = text.slice(c.start, c.end);
    // Headers hold a few words, not numbers, dates, sentences or e-mail addresses.
    if (HEADER_REJECT.test(v) || (v.endsWith('.') && !HEADER_ABBREVIATION_DOT.test(v)) || v.split(' ').length > 4) return false;
    named++;
    if (HEADER_TITLE.test(v)) titled++;
  }
  if (named < 2) return false;
  if (titled === named) return true;
  for (const c of cells) if (c.end > c.start && knownHeader(text.slice(c.start, c.end), known)) return true;
  return false;
}

/** Is `v` a known column name? Classified once per distinct value and call of {@link findTableCells}. */
function knownHeader(v: string, known: Map<string, boolean>): boolean {
  let isKnown = known.get(v);
  if (isKnown === undefined) {
    isKnown = classifyHeader(v) !== undefined;
    known.set(v, isKnown);
  }
  return isKnown;
}

function isRule(text: string, lines: Lines, k: number): boolean {
  const v = text.slice(lines.starts[k], lines.ends[k]);
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
  const { starts, ends } = lines;
  const nLines = lines.count;
  const counts = separatorCounts(text, lines);
  const out: TextCell[] = [];
  const inTable = new Uint8Array(nLines);
  // Headers repeat (each prose line with commas is tried as one): classify each distinct cell text once.
  const known = new Map<string, boolean>();
  const rowBuf: number[] = [];
  let i = 0;
  while (i < nLines) {
    let matched = false;
    for (let s = 0; s < SEPARATORS.length; s++) {
      const k = counts[i * SEPARATORS.length + s] as number;
      // A header needs a separator, and the next line at least as many (cheap test before any parsing).
      if (k === 0 || i + 1 >= nLines) continue;
      const nextK = counts[(i + 1) * SEPARATORS.length + s] as number;
      const sep = SEPARATORS[s] as string;
      if (nextK < k && !(sep === '|' && isRule(text, lines, i + 1))) continue;
      const header = splitCells(text, starts[i] as number, ends[i] as number, sep);
      if (header.length < 2 || !looksLikeHeader(text, header, known)) continue;
      // Collect following rows with the same number of cells (rule lines skipped), emitting their cells.
      let j = i + 1;
      let rows = 0;
      const names = header.map((c) => text.slice(c.start, c.end));
      const sepCode = sep.charCodeAt(0);
      while (j < nLines) {
        if (ends[j] === starts[j]) break;
        if (sep === '|' && isRule(text, lines, j)) {
          j++;
          continue;
        }
        if ((counts[j * SEPARATORS.length + s] as number) < k) break;
        if (splitCellsInto(text, starts[j] as number, ends[j] as number, sepCode, rowBuf) !== header.length) break;
        rows++;
        for (let col = 0; col < header.length; col++) {
          const cs = rowBuf[2 * col] as number;
          const ce = rowBuf[2 * col + 1] as number;
          if (ce > cs) out.push({ start: cs, end: ce, header: names[col] ?? '', row: rows, col });
        }
        j++;
      }
      if (rows === 0) continue;
      for (let t = i; t < j; t++) inTable[t] = 1;
      i = j;
      matched = true;
      break;
    }
    if (!matched) {
      // Plain-text columns aligned with spaces (fixed-width exports): a header of known column names.
      const rows = fixedWidthTable(text, lines, i, known, out);
      if (rows > 0) {
        for (let t = i; t <= i + rows; t++) inTable[t] = 1;
        i += rows + 1;
      } else i++;
    }
  }
  // `Label: value` lines outside tables: the colon must come within the label's length.
  const labelled: TextCell[] = [];
  for (let t = 0; t < nLines; t++) {
    if (inTable[t] === 1) continue;
    const ls = starts[t] as number;
    const le = ends[t] as number;
    if (le - ls > 400 || le - ls < 3) continue;
    // Looked for in the line's first 49 units only: an unbounded indexOf would run on to the next colon of the
    // text, once per line (quadratic on a long text with few colons).
    const colon = colonWithin(text, ls, Math.min(le, ls + 49));
    if (colon === -1) continue;
    const v = text.slice(ls, le);
    // Several pairs on one line: `Officer: Sgt A. Warsame | Base: Hammersmith | Clearance: SC` (split at pipes),
    // `Name: Hamid Karimi, Collar: 8841, Station: Lewisham` (split at commas or semicolons when every piece after
    // the first is a pair, so that `Name: Smith, John` stays one value).
    if ((v.includes('|') && linePairs(text, ls, v, '|', false, labelled)) || ((v.includes(', ') || v.includes('; ')) && linePairs(text, ls, v, v.includes('; ') ? ';' : ',', true, labelled))) {
      inTable[t] = 2;
      continue;
    }
    const m = KEY_VALUE.exec(v);
    if (m === null) continue;
    const label = (m[1] as string).trim();
    const value = (m[2] as string).trimEnd();
    const valueStart = ls + v.indexOf(value, v.indexOf(':') + 1);
    labelled.push({ start: valueStart, end: valueStart + value.length, header: label, row: 0, col: 0 });
    // The line is taken: no `"key": "value"` cell inside the labelled value.
    inTable[t] = 2;
  }
  return mergeByStart(mergeByStart(out, labelled), jsonPairs(text, lines, inTable));
}

/**
 * `"key": "value"` pairs (JSON records pasted into a text or written to a log) on lines not `taken` by a table or a
 * `Label: value` line, each value a cell whose header is its key (`staffNumber` folds to `staff number`).
 */
function jsonPairs(text: string, lines: Lines, taken: Uint8Array): TextCell[] {
  const cells: TextCell[] = [];
  if (!text.includes('":')) return cells;
  const re = new RegExp(JSON_PAIR.source, JSON_PAIR.flags);
  // Matches come in text order: the line index walks alongside.
  let line = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    while (line + 1 < lines.count && (lines.starts[line + 1] as number) <= m.index) line++;
    if (taken[line] !== 0) continue;
    const value = m[2] as string;
    const trimmed = value.trim();
    if (trimmed.length === 0) continue;
    const start = m.index + m[0].length - 1 - value.length + value.indexOf(trimmed);
    cells.push({ start, end: start + trimmed.length, header: m[1] as string, row: 0, col: 0 });
  }
  return cells;
}

/** Longest line tried as the header of a fixed-width table. */
const MAX_FIXED_HEADER = 200;
/** How far (code units) a data cell may start from its header's column. */
const FIXED_SLACK = 4;

/**
 * Runs of text in `text[from, to)` separated by two or more spaces, as `[start, end]` pairs in `buf`; false when
 * the line holds a tab or a pipe (another separator's table) or a single run.
 */
function spaceRuns(text: string, from: number, to: number, buf: number[]): boolean {
  buf.length = 0;
  let i = from;
  while (i < to) {
    while (i < to && text.charCodeAt(i) === 32) i++;
    if (i >= to) break;
    const start = i;
    let end = i;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c === 9 || c === 124) return false;
      if (c === 32 && (i + 1 >= to || text.charCodeAt(i + 1) === 32)) break;
      i++;
      if (c !== 32) end = i;
    }
    buf.push(start, end);
  }
  return buf.length >= 4;
}

/**
 * A fixed-width table whose header is line `i`: at least three columns set apart by two or more spaces, two of
 * them known column names (`PAY NO   NAME   RANK   STATION`; one is enough over two rows or more), then rows whose
 * cells start within a few units of their header's column. Emits the rows' cells into `out`; returns the number of
 * rows (0 when none).
 */
function fixedWidthTable(text: string, lines: Lines, i: number, known: Map<string, boolean>, out: TextCell[]): number {
  const hs = lines.starts[i] as number;
  const he = lines.ends[i] as number;
  if (he - hs < 8 || he - hs > MAX_FIXED_HEADER || i + 1 >= lines.count) return 0;
  const header: number[] = [];
  if (!spaceRuns(text, hs, he, header) || header.length < 6) return 0;
  let named = 0;
  for (let c = 0; c < header.length; c += 2) {
    const v = text.slice(header[c], header[c + 1]);
    if (v.length > MAX_HEADER_CELL || HEADER_REJECT.test(v) || v.split(' ').length > 4) return 0;
    if (knownHeader(v, known)) named++;
  }
  // One known column name is enough with two aligned rows under it (checked below).
  if (named < 1) return 0;
  const names: string[] = [];
  const cols: number[] = [];
  for (let c = 0; c < header.length; c += 2) {
    names.push(text.slice(header[c], header[c + 1]));
    cols.push((header[c] as number) - hs);
  }
  const row: number[] = [];
  const cells: TextCell[] = [];
  let rows = 0;
  for (let j = i + 1; j < lines.count; j++) {
    const ls = lines.starts[j] as number;
    const le = lines.ends[j] as number;
    if (le === ls || !spaceRuns(text, ls, le, row) || row.length !== header.length) break;
    let aligned = true;
    for (let c = 0; c < cols.length && aligned; c++) aligned = Math.abs((row[2 * c] as number) - ls - (cols[c] as number)) <= FIXED_SLACK;
    if (!aligned) break;
    rows++;
    for (let c = 0; c < cols.length; c++) cells.push({ start: row[2 * c] as number, end: row[2 * c + 1] as number, header: names[c] as string, row: rows, col: c });
  }
  if (rows === 0 || (named < 2 && rows < 2)) return 0;
  for (const cell of cells) out.push(cell);
  return rows;
}

/**
 * Splits a line at `sep` into `Label: value` segments; when two or more are pairs (and, with `strict`, every
 * segment after the first is one), their values are pushed to `cells` under their labels and true is returned.
 */
function linePairs(text: string, lineStart: number, line: string, sep: string, strict: boolean, cells: TextCell[]): boolean {
  const found: TextCell[] = [];
  let from = 0;
  let first = true;
  while (from <= line.length) {
    let to = line.indexOf(sep, from);
    if (to === -1) to = line.length;
    let segment = line.slice(from, to);
    let m = KEY_VALUE.exec(segment);
    if (m === null && first) {
      // A heading before the first pair: `Officer details — Name: Hamid Karimi`.
      const colon = segment.indexOf(':');
      const dash = Math.max(segment.lastIndexOf(' \u2014 ', colon), segment.lastIndexOf(' \u2013 ', colon), segment.lastIndexOf(' - ', colon));
      if (colon > 0 && dash >= 0) {
        from += dash + 3;
        segment = segment.slice(dash + 3);
        m = KEY_VALUE.exec(segment);
      }
    }
    const value = m === null ? '' : (m[2] as string).trim();
    if (m !== null && value.length > 0) {
      const at = lineStart + from + segment.indexOf(value, segment.indexOf(':') + 1);
      found.push({ start: at, end: at + value.length, header: (m[1] as string).trim(), row: 0, col: 0 });
    } else if (strict && !first) return false;
    first = false;
    from = to + 1;
  }
  if (found.length < 2) return false;
  for (const c of found) cells.push(c);
  return true;
}

/** The first `:` in `text[from, to)`, or -1. */
function colonWithin(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 58) return i;
  return -1;
}

/** Merges two lists each sorted by start (on different lines, so no start is shared) into one sorted list. */
function mergeByStart(a: readonly TextCell[], b: readonly TextCell[]): TextCell[] {
  if (b.length === 0) return a as TextCell[];
  if (a.length === 0) return b as TextCell[];
  const merged: TextCell[] = new Array<TextCell>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) merged[k++] = (a[i] as TextCell).start <= (b[j] as TextCell).start ? (a[i++] as TextCell) : (b[j++] as TextCell);
  while (i < a.length) merged[k++] = a[i++] as TextCell;
  while (j < b.length) merged[k++] = b[j++] as TextCell;
  return merged;
}

/**
 * Separator counts per line: `counts[line * 4 + s]` for separator `SEPARATORS[s]`. Each separator is found with
 * `indexOf` (hopping over the letters between), and its line by walking the sorted line starts alongside.
 */
function separatorCounts(text: string, lines: Lines): Uint32Array {
  const counts = new Uint32Array(lines.count * SEPARATORS.length);
  const { starts, ends } = lines;
  for (let s = 0; s < SEPARATORS.length; s++) {
    const sep = SEPARATORS[s] as string;
    let li = 0;
    for (let i = text.indexOf(sep); i !== -1; i = text.indexOf(sep, i + 1)) {
      while (li + 1 < lines.count && (starts[li + 1] as number) <= i) li++;
      // A separator in a line's excluded `\r` tail cannot occur (`\r` is not a separator), but stay exact.
      if (i >= (ends[li] as number)) continue;
      const at = li * SEPARATORS.length + s;
      counts[at] = (counts[at] as number) + 1;
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
  const i = cellIndexAt(cells, start, end);
  return i === -1 ? undefined : cells[i];
}

/**
 * {@link cellAt}, as the cell's index in `cells` (-1 when no cell contains the range).
 *
 * @example
 * ```ts
 * cellIndexAt(findTableCells('Name,Rank\nJo Bloggs,PC\n'), 20, 22); // 3
 * ```
 */
export function cellIndexAt(cells: readonly TextCell[], start: number, end: number): number {
  let lo = 0;
  let hi = cells.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cells[mid] as TextCell).start <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && end <= (cells[lo - 1] as TextCell).end ? lo - 1 : -1;
}
