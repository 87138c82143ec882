/**
 * DATE_OF_BIRTH: a date given as someone's date of birth (`DOB: 26/03/1995`, `born 3rd March 1986`,
 * a DOB column, `14/03/1986 (aged 38)`). Other dates are not reported.
 *
 * @module
 */
import { PiiError } from '../core/errors.js';
import { defineDetector, headerClass, makeFinding } from '../core/detector.js';
import { AGE_MENTION, DOB_AFTER, DOB_DATE, DOB_GAP_REJECT, DOB_HEADER, DOB_KEYWORD } from '../core/regex/dateOfBirth.js';
import { isWordChar, lineEndNear } from '../core/text.js';
import type { DetectContext, Detector, Finding, TextCell } from '../core/types.js';
import { sharedCellTypes } from '../data/police/phrases.js';

/**
 * Options of {@link dateOfBirth}.
 *
 * @example
 * ```ts
 * const o: DateOfBirthOptions = { earliestYear: 1900, latestYear: 2026 };
 * ```
 */
export interface DateOfBirthOptions {
  /** Earliest plausible birth year (default 1900). */
  readonly earliestYear?: number;
  /** Latest plausible birth year (default: the current calendar year). */
  readonly latestYear?: number;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/**
 * Is `day/month/year` a real calendar date (Gregorian, leap years included)?
 *
 * @example
 * ```ts
 * isCalendarDate(29, 2, 2000); // true
 * isCalendarDate(29, 2, 1900); // false
 * ```
 */
export function isCalendarDate(day: number, month: number, year: number): boolean {
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day <= days;
}

interface Parsed {
  readonly day: number;
  readonly month: number;
  readonly year: number;
}

/** Reads a DOB_DATE match into day, month and four-digit year; two-digit years go to the latest century that fits. */
function parse(g: Record<string, string | undefined>, latestYear: number): Parsed | undefined {
  let day: number;
  let month: number;
  let yearText: string;
  if (g.d1 !== undefined) {
    day = Number(g.d1);
    month = Number(g.m1);
    yearText = g.y1 as string;
  } else if (g.y2 !== undefined) {
    day = Number(g.d2);
    month = Number(g.m2);
    yearText = g.y2;
  } else if (g.d3 !== undefined) {
    day = Number(g.d3);
    month = MONTHS[(g.m3 as string).slice(0, 3).toLowerCase()] ?? 0;
    yearText = g.y3 as string;
  } else {
    day = Number(g.d4);
    month = MONTHS[(g.m4 as string).slice(0, 3).toLowerCase()] ?? 0;
    yearText = g.y4 as string;
  }
  let year = Number(yearText);
  if (yearText.length === 2) {
    const century = Math.floor(latestYear / 100) * 100;
    year = century + year > latestYear ? century - 100 + year : century + year;
  }
  if (isCalendarDate(day, month, year)) return { day, month, year };
  // A numeric date that only works month-first (`03/26/1995`) is read that way.
  if (g.d1 !== undefined && isCalendarDate(month, day, year)) return { day: month, month: day, year };
  return undefined;
}

/** True when the text from `from` to `to` holds no digit (the date is the first number of its cell). */
function noDigitBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return false;
  }
  return true;
}

/** How far (UTF-16 units) from a birth word or an age a date may be. */
/** Next position of each kind of age-mention start: -1 when none remain, below the search start (-2 at first) when stale. */
interface AgeCursor {
  paren: number;
  lower: number;
  upper: number;
}

/**
 * The first offset at or after `from` where {@link AGE_MENTION} may match: a `(`, an `a`/`A` before `ge`, or
 * an `A` before `GE`. Each kind keeps its own cursor, so a whole scan is linear.
 */
function nextAgeStart(text: string, from: number, c: AgeCursor): number {
  if (c.paren !== -1 && c.paren < from) c.paren = text.indexOf('(', from);
  if (c.lower !== -1 && c.lower < from) {
    let g = text.indexOf('ge', from + 1);
    while (g !== -1 && (text.charCodeAt(g - 1) | 0x20) !== 97) g = text.indexOf('ge', g + 1);
    c.lower = g === -1 ? -1 : g - 1;
  }
  if (c.upper !== -1 && c.upper < from) {
    let g = text.indexOf('GE', from + 1);
    while (g !== -1 && text.charCodeAt(g - 1) !== 65) g = text.indexOf('GE', g + 1);
    c.upper = g === -1 ? -1 : g - 1;
  }
  let best = c.paren;
  if (c.lower !== -1 && (best === -1 || c.lower < best)) best = c.lower;
  if (c.upper !== -1 && (best === -1 || c.upper < best)) best = c.upper;
  return best;
}

const WINDOW = 64;
/** Longest gap (UTF-16 units) between a birth word and its date. */
const MAX_GAP = 24;

function isDobHeader(ctx: DetectContext, header: string): boolean {
  return headerClass(ctx, header)?.type === 'DATE_OF_BIRTH' || DOB_HEADER.test(header.trim());
}

/** Is the whole text one date-of-birth cell (spreadsheet or CSV scanning)? */
function dobCell(ctx: DetectContext): boolean {
  return ctx.cell !== undefined && (ctx.cell.columnType === 'DATE_OF_BIRTH' || isDobHeader(ctx, ctx.cell.header ?? ''));
}

/**
 * Detects dates of birth: numeric (`26/03/1995`, `26-03-1995`, `26.03.95`, `1995-03-26`) and written
 * (`3 March 1986`, `3rd of March 1986`, `March 3, 1986`) dates that follow a birth word (`born`, `DOB`,
 * `D.O.B.`, `date of birth`, `birth date`) with no other number, and no word such as `unknown` or
 * `hearing`, in between, sit in a DOB column or `DOB:` label, or are followed by an age (`(aged 34)`,
 * `(34)`, `, aged 34`) that fits: date + age is not in the future. The date must be a real calendar date
 * with a plausible birth year.
 *
 * @example
 * ```ts
 * const d = dateOfBirth();
 * d.detect('DOB: 26/03/1995', detectContext('DOB: 26/03/1995'))[0].text; // '26/03/1995'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function dateOfBirth(options: DateOfBirthOptions = {}): Detector {
  const earliest = options.earliestYear ?? 1900;
  const latest = options.latestYear ?? new Date().getUTCFullYear();
  if (!Number.isInteger(earliest) || !Number.isInteger(latest) || earliest > latest) throw new PiiError('INVALID_OPTION', 'dateOfBirth: earliestYear and latestYear must be integers, earliest first');
  return defineDetector({
    id: 'dateOfBirth',
    types: ['DATE_OF_BIRTH'],
    context: { DATE_OF_BIRTH: ['dob', 'd.o.b', 'born', 'date of birth', 'birth date', 'birthday'] },
    detect(text, ctx) {
      const out: Finding[] = [];
      const seen = new Set<number>();
      const re = new RegExp(DOB_DATE.source, DOB_DATE.flags);
      /** Looks for dates in `text.slice(from, to)`; `accept` decides whether each is a date of birth. */
      const scanWindow = (from: number, to: number, accept: (start: number, end: number, year: number) => string | undefined): void => {
        const lo = Math.max(0, from - 1);
        const hi = Math.min(text.length, to + 2);
        const window = text.slice(lo, hi);
        re.lastIndex = 0;
        for (let m = re.exec(window); m !== null; m = re.exec(window)) {
          const start = lo + m.index;
          const end = start + m[0].length;
          if (start < from || end > to || seen.has(start)) continue;
          const date = parse(m.groups ?? {}, latest);
          if (date === undefined || date.year < earliest || date.year > latest) continue;
          const reason = accept(start, end, date.year);
          if (reason === undefined) continue;
          seen.add(start);
          out.push(makeFinding(text, start, end, 'DATE_OF_BIRTH', 1, 'dateOfBirth', ctx, ['date:valid', reason], { year: date.year }));
        }
      };
      // After a birth word (`DOB:`, `born`), on the same line.
      const kw = new RegExp(DOB_KEYWORD.source, DOB_KEYWORD.flags);
      for (let m = kw.exec(text); m !== null; m = kw.exec(text)) {
        if (m.index > 0 && isWordChar(text.charCodeAt(m.index - 1))) continue;
        const from = m.index + m[0].length;
        scanWindow(from, lineEndNear(text, from, WINDOW), (start) => {
          // Up to 24 characters between the word and the date, with no number and no word such as `unknown`.
          if (start - from > MAX_GAP || !noDigitBetween(text, from, start)) return undefined;
          return DOB_GAP_REJECT.test(text.slice(from, start)) ? undefined : 'context:birth-word';
        });
      }
      // Just before an age: `14/03/1986 (aged 38)`, `14/03/1986, aged 38`. The date plus the age must not
      // lie in the future, which rules out incident dates (`On 12/05/2024, aged 34, …`).
      // The age pattern is tried only where it can start (`(`, `age`, `Age`, `AGE`), found with indexOf: the
      // same matches as a global search, without the engine trying every `a` of the text.
      const age = new RegExp(AGE_MENTION.source, 'uy');
      const cursor: AgeCursor = { paren: -2, lower: -2, upper: -2 };
      for (let from = 0; ; ) {
        const at = nextAgeStart(text, from, cursor);
        if (at === -1) break;
        age.lastIndex = at;
        const m = age.exec(text);
        if (m === null) {
          from = at + 1;
          continue;
        }
        from = at + m[0].length;
        scanWindow(Math.max(0, at - WINDOW), at, (_s, end, year) => {
          const a = DOB_AFTER.exec(text.slice(end, end + 24));
          if (a === null) return undefined;
          const years = Number(a[1] ?? a[2]);
          return years <= 120 && year + years <= latest + 1 ? 'context:age' : undefined;
        });
      }
      // In a date-of-birth column or `DOB:` cell: the first number of the cell.
      if (ctx.cell !== undefined) {
        if (dobCell(ctx)) scanWindow(0, text.length, (start) => (noDigitBetween(text, 0, start) ? 'context:dob-column' : undefined));
      } else {
        // Headers repeat down a table: classify each distinct header once, and remember each column's last
        // header so that most cells need no map lookup. The shared cell types hold the headers' classes.
        const isDob = new Map<string, boolean>();
        const colHeader: string[] = [];
        const colDob: boolean[] = [];
        const { cells, types } = sharedCellTypes(ctx);
        for (let i = 0; i < cells.length; i++) {
          const cell = cells[i] as TextCell;
          let dob: boolean | undefined;
          if (colHeader[cell.col] === cell.header) dob = colDob[cell.col] as boolean;
          else {
            dob = isDob.get(cell.header);
            if (dob === undefined) isDob.set(cell.header, (dob = types[i] === 'DATE_OF_BIRTH' || DOB_HEADER.test(cell.header.trim())));
            colHeader[cell.col] = cell.header;
            colDob[cell.col] = dob;
          }
          if (!dob) continue;
          scanWindow(cell.start, cell.end, (start) => (noDigitBetween(text, cell.start, start) ? 'context:dob-column' : undefined));
        }
      }
      return out;
    },
  });
}
