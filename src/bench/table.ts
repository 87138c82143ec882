/**
 * Table scoring for the staff-list format: a CSV with a header row and a label file of
 * `{row, column, value, type, origin?}` (row 1 is the first data row). Scored per cell.
 *
 * @module
 */
import { PiiError } from '../core/errors.js';
import { ENTITY_TYPES } from '../core/types.js';
import { Tally } from './scores.js';
import type { BenchPipeline, Evaluation, PredictedSpan } from './types.js';

/**
 * One cell label of a staff list.
 *
 * @example
 * ```ts
 * const l: CellLabel = { row: 1, column: 'Surname', value: 'Okafor', type: 'PERSON', origin: 'african' };
 * ```
 */
export interface CellLabel {
  /** 1-based data row (the header is row 0). */
  readonly row: number;
  /** Header of the column. */
  readonly column: string;
  /** The cell text exactly. */
  readonly value: string;
  readonly type: string;
  readonly origin?: string;
}

/**
 * A cell of a parsed CSV with its offsets in the CSV text (inside the quotes for quoted cells).
 *
 * @example
 * ```ts
 * const c: CsvCell = { row: 0, col: 0, start: 0, end: 7, value: 'Surname' };
 * ```
 */
export interface CsvCell {
  readonly row: number;
  readonly col: number;
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/**
 * Splits CSV text into cells with their offsets. Handles double-quoted fields (`""` is a quote), CRLF and a trailing
 * newline. Linear time.
 *
 * @example
 * ```ts
 * parseCsvCells('a,b\n1,"x, y"\n')[3]; // { row: 1, col: 1, start: 9, end: 13, value: 'x, y' }
 * ```
 */
export function parseCsvCells(csv: string, separator = ','): CsvCell[] {
  if (separator.length !== 1) throw new PiiError('INVALID_OPTION', 'the separator must be one character');
  const cells: CsvCell[] = [];
  const sep = separator.charCodeAt(0);
  const n = csv.length;
  let row = 0;
  let col = 0;
  let i = 0;
  while (i <= n) {
    let start = i;
    let end: number;
    let value: string;
    if (i < n && csv.charCodeAt(i) === 34) {
      start = i + 1;
      let j = start;
      let buf = '';
      let from = start;
      for (;;) {
        const q = csv.indexOf('"', j);
        if (q === -1) {
          j = n;
          buf += csv.slice(from, n);
          break;
        }
        if (csv.charCodeAt(q + 1) === 34) {
          buf += csv.slice(from, q + 1);
          j = q + 2;
          from = j;
          continue;
        }
        buf += csv.slice(from, q);
        j = q;
        break;
      }
      end = j;
      value = buf;
      i = Math.min(n, j + 1);
      while (i < n && csv.charCodeAt(i) !== sep && csv.charCodeAt(i) !== 10) i++;
    } else {
      while (i < n && csv.charCodeAt(i) !== sep && csv.charCodeAt(i) !== 10) i++;
      end = i > start && csv.charCodeAt(i - 1) === 13 && (i === n || csv.charCodeAt(i) === 10) ? i - 1 : i;
      value = csv.slice(start, end);
    }
    const atEnd = i >= n;
    if (!(atEnd && col === 0 && start >= n)) cells.push({ row, col, start, end, value });
    if (atEnd) break;
    if (csv.charCodeAt(i) === sep) col++;
    else {
      row++;
      col = 0;
    }
    i++;
  }
  return cells;
}

/**
 * Options of {@link scoreTable}.
 *
 * @example
 * ```ts
 * const o: TableScoreOptions = { mode: 'cells' };
 * ```
 */
export interface TableScoreOptions {
  /** `text` (default) scans the whole CSV as one text; `cells` scans each cell alone with its column header. */
  readonly mode?: 'text' | 'cells';
  /** Score only these types. */
  readonly types?: readonly string[];
  /** Field separator (default `,`). */
  readonly separator?: string;
  /** Keep up to this many misses and false positives as examples. */
  readonly errors?: number;
}

const covers = (p: { start: number; end: number }, c: { start: number; end: number }): boolean => p.start <= c.start && p.end >= c.end;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/**
 * Scores a pipeline on a labelled staff list, per cell: a labelled cell is found when a finding of its type covers the
 * value (exact when the bounds are the cell's); every unlabelled non-empty cell (headers included) counts as a negative
 * item, so `negatives` reports the cells with a false positive. `perKind` holds the figures per column.
 *
 * @example
 * ```ts
 * import { defaultPipeline } from 'police-pii';
 * const ev = scoreTable(defaultPipeline(), 'Surname,Rank\nOkafor,PC\n', [
 *   { row: 1, column: 'Surname', value: 'Okafor', type: 'PERSON' },
 *   { row: 1, column: 'Rank', value: 'PC', type: 'POLICE_RANK' },
 * ]);
 * ev.micro.recall;
 * ```
 */
export function scoreTable(pipeline: BenchPipeline, csv: string, labels: readonly CellLabel[], options: TableScoreOptions = {}): Evaluation {
  const cells = parseCsvCells(csv, options.separator ?? ',');
  const headers: string[] = cells.filter((c) => c.row === 0).map((c) => c.value.trim());
  const labelAt = new Map<string, CellLabel>();
  for (const l of labels) labelAt.set(`${l.row}\u0000${l.column}`, l);
  const types = options.types !== undefined ? [...new Set(options.types)] : [...new Set([...ENTITY_TYPES, ...labels.map((l) => l.type)])];
  const known = new Set<string>(ENTITY_TYPES);
  const tally = new Tally(types, options.errors ?? 0);
  const preds: PredictedSpan[] = [];
  let elapsedMs = 0;
  if (options.mode === 'cells') {
    for (const c of cells) {
      if (c.value.trim().length === 0) continue;
      const t0 = performance.now();
      const found = c.row === 0 ? pipeline.scan(c.value) : pipeline.scan(c.value, { cell: { header: headers[c.col] ?? '' } });
      elapsedMs += performance.now() - t0;
      for (const f of found) preds.push({ type: f.type, start: c.start + f.start, end: c.start + f.end });
    }
  } else {
    const t0 = performance.now();
    preds.push(...pipeline.scan(csv));
    elapsedMs += performance.now() - t0;
  }
  const scored = preds.filter((p) => tally.isScored(p.type));
  const others = preds.filter((p) => !tally.isScored(p.type) && !known.has(p.type));
  const example = (id: string, s: { type: string; start: number; end: number }) => ({ id, ...s, text: csv.slice(s.start, s.end) });
  const labelled: { cell: CsvCell; label: CellLabel }[] = [];
  for (const c of cells) {
    const header = headers[c.col] ?? `column ${c.col + 1}`;
    const label = c.row === 0 ? undefined : labelAt.get(`${c.row}\u0000${header}`);
    const kind = header;
    if (label !== undefined && tally.isScored(label.type)) {
      if (label.value !== c.value) throw new PiiError('INVALID_INPUT', 'a label value differs from its cell', `row ${c.row}, column ${header}`);
      labelled.push({ cell: c, label });
      let found = false;
      let exact = false;
      let any = false;
      const confusedWith = new Set<string>();
      for (const p of scored) {
        if (!overlaps(p, c)) continue;
        any = true;
        if (p.type === label.type) {
          if (covers(p, c)) found = true;
          if (p.start === c.start && p.end === c.end) exact = true;
        } else confusedWith.add(p.type);
      }
      if (!any) any = others.some((p) => overlaps(p, c));
      for (const t of confusedWith) tally.confused(label.type, t);
      tally.gold(label.type, kind, { found, exact, any }, label.origin, example(`row ${c.row}`, { type: label.type, start: c.start, end: c.end }));
    } else if (label === undefined && c.value.trim().length > 0) {
      tally.negative([...scored, ...others].filter((p) => overlaps(p, c)).map((p) => p.type));
    }
  }
  for (const p of scored) {
    const hits = labelled.filter((l) => l.label.type === p.type && overlaps(p, l.cell));
    const first = cells.find((c) => overlaps(p, c));
    const kind = first === undefined ? 'outside cells' : (headers[first.col] ?? `column ${first.col + 1}`);
    tally.predicted(p.type, kind, { correct: hits.length > 0, exact: hits.some((l) => l.cell.start === p.start && l.cell.end === p.end) }, example(first === undefined ? 'outside cells' : `row ${first.row}`, p));
  }
  for (const p of others) tally.otherLabel(p.type, labelled.some((l) => overlaps(p, l.cell)));
  return tally.result({ items: cells.length, chars: csv.length, elapsedMs });
}
