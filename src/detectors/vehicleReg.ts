/**
 * VEHICLE_REG: UK vehicle registration marks in the current, prefix, suffix, dateless and Northern
 * Ireland formats.
 *
 * @module
 */
import { defineDetector, makeFinding } from '../core/detector.js';
import { classifyHeader } from '../core/headers.js';
import { VEHICLE_CONTEXT, VEHICLE_OFFICER_BEFORE, VEHICLE_REG_CURRENT, VEHICLE_REG_DATELESS, VEHICLE_REG_DATELESS_REVERSED, VEHICLE_REG_NI, VEHICLE_REG_PREFIX, VEHICLE_REG_SUFFIX } from '../core/regex/vehicleReg.js';
import { cellAt } from '../core/tables.js';
import { isWordChar } from '../core/text.js';
import type { DetectContext, Detector, Finding } from '../core/types.js';

/**
 * Options of {@link vehicleReg}.
 *
 * @example
 * ```ts
 * const o: VehicleRegOptions = { latestYear: 2026 };
 * ```
 */
export interface VehicleRegOptions {
  /** The latest registration year whose age identifiers are accepted (default: next calendar year). */
  readonly latestYear?: number;
}

/**
 * Is a current-format age identifier issued by `latestYear`? The scheme began in September 2001 with 51;
 * March releases use the year's last two digits (02, 03, …), September releases add 50 (52, 53, …).
 * 00, 01 and 50 have never been issued.
 *
 * @example
 * ```ts
 * validAgeIdentifier(21, 2026); // true  (March 2021)
 * validAgeIdentifier(71, 2026); // true  (September 2021)
 * validAgeIdentifier(1, 2026); // false
 * ```
 */
export function validAgeIdentifier(code: number, latestYear: number): boolean {
  const yy = Math.min(latestYear, 2049) - 2000;
  if (code >= 2 && code <= 50) return code <= yy;
  if (code >= 51 && code <= 99) return code - 50 <= yy;
  return false;
}

// Letters and words that are not vehicle marks in dateless shapes (ranks, document words, units).
const DATELESS_STOP = new Set([
  'PC', 'PS', 'DC', 'DS', 'DI', 'DCI', 'SGT', 'CI', 'CS', 'ACC', 'DCC', 'CC', 'PCSO', 'SC', 'NO', 'REF', 'CAD', 'URN', 'TEL', 'EXT', 'MOB', 'FAX', 'PAGE', 'PG',
  'PARA', 'SEC', 'ACT', 'MG', 'PNC', 'CRO', 'DOB', 'NHS', 'NI', 'AGE', 'ID', 'OP', 'VOL', 'CH', 'FIG', 'AND', 'THE', 'FOR', 'TO', 'AT', 'ON', 'IN', 'OF', 'BY', 'OR',
  'AM', 'PM', 'HRS', 'MPH', 'KM', 'KG', 'MM', 'CM', 'GBP', 'USD', 'EUR', 'SO', 'CT', 'TSG', 'CID', 'RPU', 'ARV', 'A', 'M', 'B', 'I', 'X', 'Y', 'ROOM', 'UNIT', 'FLAT',
  'APT', 'YR', 'YRS', 'AGED', 'MS', 'MR', 'DR', 'MRS', 'MX', 'UK', 'US', 'EU', 'ISBN', 'V', 'VS', 'RM', 'BT', 'ST', 'RD', 'LN', 'AVE', 'DIV',
]);

// Three-letter words and abbreviations that, in upper-case text, make a prefix or suffix shape (`A1 AND`,
// `SEC 12A`) more likely a heading, section or form reference than a registration mark.
const THREE_LETTER_STOP = new Set([
  'AND', 'THE', 'FOR', 'NOT', 'BUT', 'ARE', 'WAS', 'HAS', 'HAD', 'ALL', 'ANY', 'CAN', 'MAY', 'OUT', 'OFF', 'NEW', 'OLD', 'ONE', 'TWO', 'SIX', 'TEN', 'TOP', 'END',
  'SEC', 'ACT', 'ART', 'REG', 'SCH', 'CAP', 'REF', 'FIG', 'TAB', 'APP', 'ANN', 'VOL', 'ROW', 'COL', 'PAR', 'PGS', 'PTS', 'PER', 'VIA', 'AGE', 'DOB', 'TEL', 'MOB',
  'FAX', 'EXT', 'HRS', 'MIN', 'MAX', 'AVG', 'QTY', 'NOS', 'NHS', 'PNC', 'CAD', 'URN', 'CID', 'TSG', 'ARV', 'RPU', 'DCI', 'SGT', 'ACC', 'DCC', 'MPS', 'GMP', 'BTP',
  'PSNI', 'YES', 'NON', 'SUB', 'ADD', 'SET', 'RUN', 'GET', 'PUT', 'USE', 'SEE', 'NOW', 'WHO', 'WHY', 'HOW', 'ITS', 'OUR', 'HIS', 'HER', 'HIM', 'YOU', 'SHE',
]);

/** A non-ASCII letter or digit just before `start` (the patterns' look-behinds are ASCII-only). */
function gluedBefore(text: string, start: number): boolean {
  if (start === 0) return false;
  const c = text.charCodeAt(start - 1);
  return c >= 0x80 && isWordChar(c);
}

/** How far (UTF-16 units) before and after a mark a vehicle word is looked for, on the same line. */
const CONTEXT_BEFORE = 48;
const CONTEXT_AFTER = 24;

/** Positions of vehicle words in a text, indexed once per scan. */
interface VehicleWords {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

function indexVehicleWords(text: string): VehicleWords {
  const starts: number[] = [];
  const ends: number[] = [];
  const re = new RegExp(VEHICLE_CONTEXT.source, VEHICLE_CONTEXT.flags);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > 0 && isWordChar(text.charCodeAt(m.index - 1))) continue;
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}

/** Index of the first element of a sorted array that is >= x. */
function lowerBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function noNewline(text: string, from: number, to: number): boolean {
  const i = text.indexOf('\n', from);
  return i === -1 || i >= to;
}

function hasContext(text: string, start: number, end: number, ctx: DetectContext, words: VehicleWords, headers: Map<string, boolean>): boolean {
  if (ctx.cell !== undefined && (ctx.cell.columnType === 'VEHICLE_REG' || (ctx.cell.header !== undefined && classifyHeader(ctx.cell.header)?.type === 'VEHICLE_REG'))) return true;
  // A vehicle word ending up to CONTEXT_BEFORE units before the mark, on the same line.
  const b = lowerBound(words.ends, start + 1) - 1;
  if (b >= 0 && (words.ends[b] as number) >= start - CONTEXT_BEFORE && noNewline(text, words.ends[b] as number, start)) return true;
  // A vehicle word starting up to CONTEXT_AFTER units after it, on the same line.
  const a = lowerBound(words.starts, end);
  if (a < words.starts.length && (words.starts[a] as number) <= end + CONTEXT_AFTER && noNewline(text, end, words.starts[a] as number)) return true;
  const cells = ctx.tableCells();
  if (cells.length === 0) return false;
  const cell = cellAt(cells, start, end);
  if (cell === undefined) return false;
  let reg = headers.get(cell.header);
  if (reg === undefined) headers.set(cell.header, (reg = classifyHeader(cell.header)?.type === 'VEHICLE_REG'));
  return reg;
}

function lettersOf(mark: string): string {
  let s = '';
  for (const ch of mark) if (ch >= 'A' && ch <= 'Z') s += ch;
  return s;
}

type Form = 'current' | 'prefix' | 'suffix' | 'northern-ireland' | 'dateless';

const BASE: Readonly<Record<Form, number>> = { current: 0.85, prefix: 0.65, suffix: 0.65, 'northern-ireland': 0.8, dateless: 0.8 };
const NEEDS_CONTEXT: Readonly<Record<Form, boolean>> = { current: false, prefix: false, suffix: false, 'northern-ireland': true, dateless: true };

/**
 * Detects UK vehicle registration marks (upper case). Current-format age identifiers are validated;
 * dateless and Northern Ireland marks, whose shapes are common, need vehicle context (`reg`, `VRM`,
 * `vehicle`, `registration`, `car`, `index`, a make, a registration column).
 *
 * @example
 * ```ts
 * const d = vehicleReg();
 * d.detect('registration AB12 CDE', detectContext('registration AB12 CDE'))[0].text; // 'AB12 CDE'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function vehicleReg(options: VehicleRegOptions = {}): Detector {
  const latestYear = options.latestYear ?? new Date().getUTCFullYear() + 1;
  if (!Number.isInteger(latestYear) || latestYear < 2001) throw new RangeError('vehicleReg: latestYear must be an integer year from 2001');
  return defineDetector({
    id: 'vehicleReg',
    types: ['VEHICLE_REG'],
    context: { VEHICLE_REG: ['reg', 'registration', 'vrm', 'vrn', 'vehicle', 'car', 'van', 'index', 'number plate', 'plate', 'driver', 'keeper'] },
    detect(text, ctx) {
      const out: Finding[] = [];
      const seen = new Set<number>();
      // Headers repeat down a table: classify each distinct header once per scan.
      const headers = new Map<string, boolean>();
      const words = indexVehicleWords(text);
      const run = (pattern: RegExp, form: Form): void => {
        const re = new RegExp(pattern.source, pattern.flags);
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
          const start = m.index;
          const end = start + m[0].length;
          if (seen.has(start) || gluedBefore(text, start)) continue;
          if (form === 'current' && !validAgeIdentifier(Number(m[1]), latestYear)) continue;
          if (form === 'dateless' || form === 'northern-ireland') {
            if (DATELESS_STOP.has(lettersOf(m[0])) || (form === 'dateless' && !m[0].includes(' '))) continue;
            // `PC 123 AB`, `collar 4521 BS`: an officer's number, not a mark.
            if (VEHICLE_OFFICER_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
          }
          const context = hasContext(text, start, end, ctx, words, headers);
          if (NEEDS_CONTEXT[form] && !context) continue;
          if (!context && (form === 'prefix' || form === 'suffix') && THREE_LETTER_STOP.has(form === 'prefix' ? m[0].slice(-3) : m[0].slice(0, 3))) continue;
          seen.add(start);
          out.push(makeFinding(text, start, end, 'VEHICLE_REG', context ? 1 : BASE[form], 'vehicleReg', ctx, [`format:${form}`, ...(context ? ['context:vehicle'] : [])]));
        }
      };
      run(VEHICLE_REG_CURRENT, 'current');
      run(VEHICLE_REG_PREFIX, 'prefix');
      run(VEHICLE_REG_SUFFIX, 'suffix');
      // Dateless and Northern Ireland shapes are common: each needs vehicle context (checked per candidate).
      run(VEHICLE_REG_NI, 'northern-ireland');
      run(VEHICLE_REG_DATELESS, 'dateless');
      run(VEHICLE_REG_DATELESS_REVERSED, 'dateless');
      return out;
    },
  });
}
