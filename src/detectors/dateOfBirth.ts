/**
 * DATE_OF_BIRTH: a date given as someone's date of birth (`DOB: 26/03/1995`, `born 3rd March 1986`,
 * a DOB column, `14/03/1986 (aged 38)`). Other dates are not reported.
 *
 * @module
 */
import { defineDetector, makeFinding } from '../core/detector.js';
import { classifyHeader } from '../core/headers.js';
import { DATE, DOB_AFTER, DOB_BEFORE, DOB_GAP_REJECT, DOB_HEADER } from '../core/regex/dateOfBirth.js';
import { cellAt } from '../core/tables.js';
import type { DetectContext, Detector, Finding } from '../core/types.js';

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

/** Reads a DATE match into day, month and four-digit year; two-digit years go to the latest century that fits. */
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

function dobCell(text: string, start: number, end: number, ctx: DetectContext): boolean {
  if (ctx.cell !== undefined) return ctx.cell.columnType === 'DATE_OF_BIRTH' || DOB_HEADER.test((ctx.cell.header ?? '').trim());
  const cells = ctx.tableCells();
  if (cells.length === 0) return false;
  const cell = cellAt(cells, start, end);
  if (cell === undefined || !noDigitBetween(text, cell.start, start)) return false;
  return classifyHeader(cell.header)?.type === 'DATE_OF_BIRTH' || DOB_HEADER.test(cell.header.trim());
}

/**
 * Detects dates of birth: numeric (`26/03/1995`, `26-03-1995`, `26.03.95`, `1995-03-26`) and written
 * (`3 March 1986`, `3rd of March 1986`, `March 3, 1986`) dates that follow a birth word (`born`, `DOB`,
 * `D.O.B.`, `date of birth`, `birth date`) with no other number, and no word such as `unknown` or
 * `hearing`, in between, sit in a DOB column or
 * `DOB:` label, or are followed by an age in brackets (`(aged 34)`, `(34)`). The date must be a real calendar date
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
  if (!Number.isInteger(earliest) || !Number.isInteger(latest) || earliest > latest) throw new RangeError('dateOfBirth: earliestYear and latestYear must be integers, earliest first');
  return defineDetector({
    id: 'dateOfBirth',
    types: ['DATE_OF_BIRTH'],
    context: { DATE_OF_BIRTH: ['dob', 'd.o.b', 'born', 'date of birth', 'birth date', 'birthday'] },
    detect(text, ctx) {
      const out: Finding[] = [];
      const re = new RegExp(DATE.source, DATE.flags);
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        const date = parse(m.groups ?? {}, latest);
        if (date === undefined || date.year < earliest || date.year > latest) continue;
        const window = text.slice(Math.max(0, start - 40), start);
        const word = DOB_BEFORE.exec(window);
        const before = word !== null && !DOB_GAP_REJECT.test(word[0]);
        const after = !before && DOB_AFTER.test(text.slice(end, end + 24));
        const cell = !before && !after && dobCell(text, start, end, ctx);
        if (!before && !after && !cell) continue;
        const reason = before ? 'context:birth-word' : after ? 'context:age' : 'context:dob-column';
        out.push(makeFinding(text, start, end, 'DATE_OF_BIRTH', 1, 'dateOfBirth', ctx, ['date:valid', reason], { year: date.year }));
      }
      return out;
    },
  });
}
