/**
 * Column awareness shared by workbooks, CSV and JSON records: find the header row, split it into tables,
 * classify each column from its header and a sample of its values, and scan cells with that context.
 *
 * Column-evidence rule: in a data row, when a column's type is clear (from its header, or from most of its
 * sampled values) and the detectors report nothing in a non-empty cell whose value has the type's shape
 * (a name-shaped surname, initials, a 3–6 digit collar number…), the whole trimmed cell is reported as the
 * column's type with detector `column` and a score of 0.75 (header and values agree), 0.65 (header only)
 * or 0.6 (values only). In a PERSON column, a whole-cell finding of another type (a surname such as
 * `Constable` or `Lincoln`) becomes PERSON. For speed on large sheets, a single-token value that strictly
 * has the shape of its header-classified column in a personal table (a one-word surname, initials, a collar,
 * pay-number or postcode value) is reported from the column without running the detectors. Tables without any identifying column (no name, id, contact
 * or date-of-birth column) are aggregate tables: their short rank, place, unit, force and vetting cells are
 * categories, not personal data, and are not reported.
 *
 * @module
 */
import { classifyHeader } from '../core/headers.js';
import type { CellContext, EntityType, Finding, Pipeline } from '../core/types.js';
import { FULL_NAME_SHAPE, INITIALS_SHAPE, LABEL_SHAPE, NAME_SHAPE, OFFICER_ID_SHAPE, ORG_WORD, PAY_NUMBER_SHAPE, PLACEHOLDER, VETTING_SHAPE } from '../core/regex/xlsx.js';

/**
 * What is known about one column.
 *
 * @example
 * ```ts
 * const c: ColumnInfo = { header: 'Surname', type: 'PERSON', role: 'surname', source: 'both' };
 * ```
 */
export interface ColumnInfo {
  readonly header?: string;
  readonly type?: EntityType;
  readonly role?: string;
  /** Where the type came from. */
  readonly source: 'header' | 'values' | 'both' | 'none';
}

/**
 * One table found in a grid: the header row and a run of columns.
 *
 * @example
 * ```ts
 * const p: TablePlan = planTables([['Surname'], ['Okafor']], pipeline)[0]!;
 * ```
 */
export interface TablePlan {
  /** Row index of the header, or -1 when the table has none. */
  readonly headerRow: number;
  readonly c0: number;
  readonly c1: number;
  /** Column info by absolute column index. */
  readonly columns: ReadonlyMap<number, ColumnInfo>;
  /** True when some column identifies a person (name, id, contact, date of birth). */
  readonly personal: boolean;
}

/**
 * Types that identify a person on their own.
 *
 * @example
 * ```ts
 * IDENTIFYING_TYPES.has('PAY_NUMBER'); // true
 * ```
 */
export const IDENTIFYING_TYPES: ReadonlySet<EntityType> = /* @__PURE__ */ new Set<EntityType>([
  'PERSON', 'OFFICER_ID', 'PAY_NUMBER', 'EMAIL', 'PHONE', 'NI_NUMBER', 'NHS_NUMBER', 'DATE_OF_BIRTH', 'VEHICLE_REG',
  'PASSPORT_NUMBER', 'DRIVING_LICENCE', 'BANK_ACCOUNT',
]);

/**
 * Types that describe a person only together with an identifying value (categories on their own).
 *
 * @example
 * ```ts
 * ATTRIBUTE_TYPES.has('POLICE_RANK'); // true
 * ```
 */
export const ATTRIBUTE_TYPES: ReadonlySet<EntityType> = /* @__PURE__ */ new Set<EntityType>(['POLICE_RANK', 'LOCATION', 'DEPARTMENT', 'FORCE', 'VETTING_LEVEL']);

const SAMPLE = 30;
const HEADER_SEARCH = 30;

function trimmedBounds(value: string): [number, number] {
  let s = 0;
  let e = value.length;
  while (s < e && /\s/u.test(value[s] as string)) s++;
  while (e > s && /\s/u.test(value[e - 1] as string)) e--;
  return [s, e];
}

/**
 * True when a trimmed cell value has the shape expected for a column of this type and role.
 *
 * @example
 * ```ts
 * fitsShape('L', 'PERSON', 'initials'); // true
 * fitsShape('12', 'OFFICER_ID'); // false
 * ```
 */
export function fitsShape(v: string, type: EntityType, role?: string): boolean {
  if (v.length === 0 || v.length > 80 || PLACEHOLDER.test(v)) return false;
  switch (type) {
    case 'PERSON':
      if (role === 'initials') return INITIALS_SHAPE.test(v) || NAME_SHAPE.test(v);
      return NAME_SHAPE.test(v) && v.length <= 60;
    case 'POLICE_RANK':
    case 'LOCATION':
    case 'DEPARTMENT':
    case 'FORCE':
      return LABEL_SHAPE.test(v) && /\p{L}/u.test(v) && v.length <= 60;
    case 'VETTING_LEVEL':
      return VETTING_SHAPE.test(v);
    case 'OFFICER_ID':
      return OFFICER_ID_SHAPE.test(v);
    case 'PAY_NUMBER':
      return PAY_NUMBER_SHAPE.test(v);
    case 'EMAIL':
      return /^[^\s@]{1,64}@[^\s@]{1,255}$/u.test(v);
    case 'DATE_OF_BIRTH': {
      // A written date, or a spreadsheet date serial (days since 1900) between 1900 and about 2036.
      if (/^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/u.test(v) || /^\d{1,2} \p{L}{3,9} \d{2,4}$/u.test(v)) return true;
      const n = Number(v);
      return /^\d{1,5}(?:\.0+)?$/u.test(v) && n >= 1 && n <= 50_000;
    }
    case 'UK_POSTCODE':
      return /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/iu.test(v);
    case 'PHONE':
      return /^[+\d()\s-]{9,20}$/u.test(v) && (v.match(/\d/gu)?.length ?? 0) >= 9;
    default:
      return false;
  }
}

/**
 * True for a single value that reads as a person's full name: two to four capitalised words, none of them
 * an organisation, role or software word. Used for document authors and comment authors, which are single
 * values rather than columns.
 *
 * @example
 * ```ts
 * looksLikeFullName('Amara Okafor'); // true
 * looksLikeFullName('Information Management'); // false
 * ```
 */
export function looksLikeFullName(value: string): boolean {
  const v = value.trim();
  if (v.length > 60 || !FULL_NAME_SHAPE.test(v) || PLACEHOLDER.test(v)) return false;
  return v.split(' ').every((w) => !ORG_WORD.test(w));
}

/** The entity type covering most of a value alone (≥ 80% of its trimmed length), if any. */
function wholeType(value: string, findings: readonly Finding[]): EntityType | undefined {
  const [s, e] = trimmedBounds(value);
  const len = e - s;
  if (len === 0) return undefined;
  for (const f of findings) if (f.end - f.start >= 0.8 * len) return f.type;
  return undefined;
}

function headerClass(header: string | undefined): { type: EntityType; role?: string } | undefined {
  return header === undefined ? undefined : classifyHeader(header);
}

/**
 * Classifies a column from its header and a sample of its values.
 *
 * @example
 * ```ts
 * classifyColumn('Surname', ['Okafor', 'Smith'], pipeline); // { header: 'Surname', type: 'PERSON', role: 'surname', source: 'both' }
 * ```
 */
export function classifyColumn(header: string | undefined, sample: readonly string[], pipeline: Pipeline): ColumnInfo {
  const hc = headerClass(header);
  const counts = new Map<EntityType, number>();
  let n = 0;
  for (const v of sample) {
    if (v.trim().length === 0) continue;
    n++;
    const t = wholeType(v, pipeline.scan(v, hc === undefined ? undefined : { cell: { header, columnType: hc.type, role: hc.role } }));
    if (t !== undefined) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  let best: EntityType | undefined;
  let bestN = 0;
  for (const [t, c] of counts) if (c > bestN) [best, bestN] = [t, c];
  const valueType = best !== undefined && bestN >= Math.max(2, 0.6 * n) ? best : undefined;
  if (hc !== undefined) {
    const agree = (counts.get(hc.type) ?? 0) >= Math.max(1, 0.5 * n);
    return { header, type: hc.type, role: hc.role, source: agree ? 'both' : 'header' };
  }
  if (valueType !== undefined) return { header, type: valueType, source: 'values' };
  return { header, source: 'none' };
}

/**
 * Builds a table plan from known headers and per-column value samples (used for JSON records, whose keys
 * are the headers).
 *
 * @example
 * ```ts
 * planColumns(['surname', 'rank'], [['Okafor'], ['PC']], pipeline, 0, 0).personal; // true
 * ```
 */
export function planColumns(headers: readonly (string | undefined)[], samples: readonly (readonly string[])[], pipeline: Pipeline, headerRow = 0, c0 = 0): TablePlan {
  const columns = new Map<number, ColumnInfo>();
  let personal = false;
  headers.forEach((h, i) => {
    const info = classifyColumn(h, samples[i] ?? [], pipeline);
    columns.set(c0 + i, info);
    if (info.type !== undefined && IDENTIFYING_TYPES.has(info.type)) personal = true;
  });
  return { headerRow, c0, c1: c0 + headers.length - 1, columns, personal };
}

function isHeaderLike(v: string): boolean {
  const t = v.trim();
  return t.length > 0 && t.length <= 40 && !/^[\d.,\s%£$-]+$/u.test(t);
}

/**
 * Finds the tables of a grid's first rows: the header row (the row with the most recognised headers among
 * the first 30 non-empty rows, else the first row of ≥ 2 text cells followed by data) split into runs of
 * adjacent non-empty header cells, each classified column by column from a sample of the rows below.
 *
 * @example
 * ```ts
 * planTables([['Surname', 'Rank'], ['Okafor', 'PC']], pipeline)[0]?.headerRow; // 0
 * ```
 */
export function planTables(head: ReadonlyArray<readonly string[] | undefined>, pipeline: Pipeline): TablePlan[] {
  let headerRow = -1;
  let bestHits = 0;
  let firstText = -1;
  let seen = 0;
  for (let r = 0; r < head.length && seen < HEADER_SEARCH; r++) {
    const row = head[r];
    if (row === undefined || row.every((v) => v.trim() === '')) continue;
    seen++;
    let hits = 0;
    for (const v of row) if (v.trim() !== '' && classifyHeader(v) !== undefined) hits++;
    if (hits > bestHits) [headerRow, bestHits] = [r, hits];
    const filled = row.filter((v) => v.trim() !== '');
    if (firstText === -1 && filled.length >= 2 && filled.every(isHeaderLike) && head.slice(r + 1).some((x) => x !== undefined && x.some((v) => v.trim() !== ''))) firstText = r;
  }
  if (headerRow === -1) headerRow = firstText;
  const plans: TablePlan[] = [];
  const sampleOf = (c: number): string[] => {
    const out: string[] = [];
    for (let r = headerRow + 1; r < head.length && out.length < SAMPLE; r++) {
      const v = head[r]?.[c];
      if (v !== undefined && v.trim() !== '') out.push(v);
    }
    return out;
  };
  const build = (c0: number, c1: number, hr: number): void => {
    const headers: (string | undefined)[] = [];
    const samples: string[][] = [];
    for (let c = c0; c <= c1; c++) {
      const h = hr >= 0 ? head[hr]?.[c]?.trim() : undefined;
      headers.push(h === '' ? undefined : h);
      samples.push(sampleOf(c));
    }
    plans.push(planColumns(headers, samples, pipeline, hr, c0));
  };
  if (headerRow === -1) {
    let width = 0;
    for (const row of head) if (row !== undefined) width = Math.max(width, row.length);
    if (width > 0) build(0, Math.min(width, 1000) - 1, -1);
    return plans;
  }
  const hdr = head[headerRow] ?? [];
  let c = 0;
  while (c < hdr.length) {
    if ((hdr[c] ?? '').trim() === '') {
      c++;
      continue;
    }
    const start = c;
    while (c < hdr.length && (hdr[c] ?? '').trim() !== '') c++;
    build(start, c - 1, headerRow);
  }
  return plans;
}

/**
 * The table a cell belongs to, and its column, or undefined.
 *
 * @example
 * ```ts
 * tableOf(planTables(grid, pipeline), 5, 2)?.personal;
 * ```
 */
export function tableOf(plans: readonly TablePlan[], row: number, col: number): TablePlan | undefined {
  for (const p of plans) if (col >= p.c0 && col <= p.c1 && row >= p.headerRow) return p;
  return undefined;
}

/**
 * Scans single cell values with column context, memoising repeated values per column.
 *
 * @example
 * ```ts
 * const s: CellScanner = cellScanner(pipeline);
 * s.scan('Okafor', plan, plan.columns.get(0), true);
 * ```
 */
export interface CellScanner {
  /**
   * Scans one cell. `table` and `column` give its context (both absent for free text such as a note);
   * `dataRow` is false for the header row and rows above it.
   */
  scan(value: string, table?: TablePlan, column?: ColumnInfo, dataRow?: boolean): Finding[];
}

const COLUMN_DETECTOR = 'column';

function allowed(pipeline: Pipeline, text: string): boolean {
  const allow = pipeline.options.allow;
  if (allow === undefined) return true;
  const low = text.toLowerCase();
  for (const a of allow) {
    if (typeof a === 'string' ? a.toLowerCase() === low : (a.lastIndex = 0, a.test(text))) return false;
  }
  return true;
}

/**
 * Creates a {@link CellScanner} over a pipeline. Each column's memo holds at most `memoSize` distinct values.
 *
 * @example
 * ```ts
 * const cells = cellScanner(defaultPipeline());
 * cells.scan('L', plan, { header: 'Initials', type: 'PERSON', role: 'initials', source: 'header' }, true);
 * ```
 */
export function cellScanner(pipeline: Pipeline, memoSize = 50_000): CellScanner {
  const minScore = pipeline.options.minScore ?? 0.5;
  const types = pipeline.options.types;
  const explain = pipeline.options.explain === true;
  const columnScore = (column: ColumnInfo): number => (column.source === 'both' ? 0.75 : column.source === 'header' ? 0.65 : 0.6);
  // Fast path: in a personal table, a single-token value that strictly has its column's shape is reported
  // from the column alone, without running the detectors: a one-word surname or forename, initials, a
  // collar, pay or postcode value (and a phone number or e-mail address when the values confirmed the
  // column). Anything with
  // a space or an unexpected shape goes through the detectors (titles, ranks, several names).
  const fastPath = (value: string, table: TablePlan | undefined, column: ColumnInfo | undefined, dataRow: boolean): Finding[] | undefined => {
    if (!dataRow || table === undefined || !table.personal || column?.type === undefined || column.source === 'values' || column.source === 'none') return undefined;
    const type = column.type;
    const ok =
      type === 'PERSON' ? column.role !== 'full' && !value.includes(' ') :
      type === 'OFFICER_ID' || type === 'PAY_NUMBER' ? !value.includes(' ') :
      type === 'UK_POSTCODE' ? true :
      type === 'PHONE' ? column.source === 'both' :
      type === 'EMAIL' ? column.source === 'both' && !value.includes(' ') : false;
    if (!ok || !fitsShape(value, type, column.role)) return undefined;
    if (types !== undefined && !types.includes(type)) return [];
    const score = columnScore(column);
    if (score < minScore || !allowed(pipeline, value)) return undefined;
    return [{ type, start: 0, end: value.length, text: value, score, detector: COLUMN_DETECTOR, ...(explain ? { evidence: { reasons: [`column:${column.source}`, 'column:fast-path'], baseScore: score, details: { header: column.header ?? '' } } } : {}) }];
  };
  const contexts = new WeakMap<ColumnInfo, { cell: CellContext } | undefined>();
  const contextOf = (column: ColumnInfo | undefined): { cell: CellContext } | undefined => {
    if (column === undefined) return undefined;
    if (contexts.has(column)) return contexts.get(column);
    const ctx =
      column.header === undefined && column.type === undefined
        ? undefined
        : { cell: { ...(column.header !== undefined ? { header: column.header } : {}), ...(column.type !== undefined ? { columnType: column.type } : {}), ...(column.role !== undefined ? { role: column.role } : {}) } };
    contexts.set(column, ctx);
    return ctx;
  };
  const scanRaw = (value: string, table: TablePlan | undefined, column: ColumnInfo | undefined, dataRow: boolean): Finding[] => {
    const quick = fastPath(value, table, column, dataRow);
    if (quick !== undefined) return quick;
    const header = table !== undefined && !dataRow;
    // A header cell is a label: a recognised header says nothing personal; others are read as free text.
    if (header && classifyHeader(value) !== undefined) return [];
    let found = pipeline.scan(value, header ? undefined : contextOf(column));
    {
      // "Vacant", "N/A", "Unknown" and the like are never personal data, whatever a detector says.
      const [s, e] = trimmedBounds(value);
      if (PLACEHOLDER.test(value.slice(s, e))) found = found.filter((f) => f.end - f.start < e - s);
    }
    if (table !== undefined && !table.personal) {
      // Aggregate table: category cells are not personal data.
      const [s, e] = trimmedBounds(value);
      if (found.every((f) => ATTRIBUTE_TYPES.has(f.type)) && e - s <= 60) found = [];
      return found;
    }
    if (column?.type === undefined || !dataRow) return found;
    const type = column.type;
    const [s, e] = trimmedBounds(value);
    const v = value.slice(s, e);
    if (!fitsShape(v, type, column.role)) return found;
    if (types !== undefined && !types.includes(type)) return found;
    const score = columnScore(column);
    if (score < minScore || !allowed(pipeline, v)) return found;
    const make = (): Finding => ({
      type,
      start: s,
      end: e,
      text: v,
      score,
      detector: COLUMN_DETECTOR,
      ...(explain ? { evidence: { reasons: [`column:${column.source}`], baseScore: score, details: { header: column.header ?? '' } } } : {}),
    });
    if (found.length === 0) return [make()];
    if (type === 'PERSON' && column.source !== 'values' && !found.some((f) => f.type === 'PERSON') && wholeType(value, found) !== undefined) {
      return [make()];
    }
    return found;
  };
  // One memo per column (by identity) and context. A memo that grows past `memoSize` stops growing, and one
  // whose values rarely repeat (unique names, emails) is dropped early to spare memory and GC time.
  interface Memo { map: Map<string, Finding[]> | undefined; lookups: number; hits: number }
  const memos = new Map<ColumnInfo | TablePlan | undefined, Memo[]>();
  return {
    scan(value, table, column, dataRow = true) {
      if (value.length > 256) return value.trim().length === 0 ? [] : scanRaw(value, table, column, dataRow);
      const owner = column ?? table;
      let slots = memos.get(owner);
      if (slots === undefined) {
        slots = [];
        memos.set(owner, slots);
      }
      const slot = (table === undefined ? 0 : table.personal ? 2 : 4) + (dataRow ? 1 : 0);
      let memo = slots[slot];
      if (memo === undefined) {
        memo = { map: new Map(), lookups: 0, hits: 0 };
        slots[slot] = memo;
      }
      const map = memo.map;
      if (map === undefined) return value.trim().length === 0 ? [] : scanRaw(value, table, column, dataRow);
      const hit = map.get(value);
      memo.lookups++;
      if (hit !== undefined) {
        memo.hits++;
        return hit;
      }
      if (memo.lookups === 4096 && memo.hits < 1024) {
        memo.map = undefined;
      }
      const out = value.trim().length === 0 ? [] : scanRaw(value, table, column, dataRow);
      if (memo.map !== undefined && map.size < memoSize) map.set(value, out);
      return out;
    },
  };
}
