/**
 * VEHICLE_REG: UK vehicle registration marks in the current, prefix, suffix, dateless and Northern
 * Ireland formats.
 *
 * @module
 */
import { PiiError } from '../core/errors.js';
import { defineDetector, headerClass, makeFinding } from '../core/detector.js';
import { VEHICLE_CONTEXT, VEHICLE_OFFICER_BEFORE, VEHICLE_REG, VEHICLE_REG_DATELESS_REVERSED } from '../core/regex/vehicleReg.js';
import { cellAt } from '../core/tables.js';
import { isWordChar } from '../core/text.js';
import type { DetectContext, Detector, Finding } from '../core/types.js';
import { sharedTokens } from '../data/police/phrases.js';

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
const DATELESS_STOP = /* @__PURE__ */ new Set([
  'PC', 'PS', 'DC', 'DS', 'DI', 'DCI', 'SGT', 'CI', 'CS', 'ACC', 'DCC', 'CC', 'PCSO', 'SC', 'NO', 'REF', 'CAD', 'URN', 'TEL', 'EXT', 'MOB', 'FAX', 'PAGE', 'PG',
  'PARA', 'SEC', 'ACT', 'MG', 'PNC', 'CRO', 'DOB', 'NHS', 'NI', 'AGE', 'ID', 'OP', 'VOL', 'CH', 'FIG', 'AND', 'THE', 'FOR', 'TO', 'AT', 'ON', 'IN', 'OF', 'BY', 'OR',
  'AM', 'PM', 'HRS', 'MPH', 'KM', 'KG', 'MM', 'CM', 'GBP', 'USD', 'EUR', 'SO', 'CT', 'TSG', 'CID', 'RPU', 'ARV', 'A', 'M', 'B', 'I', 'X', 'Y', 'ROOM', 'UNIT', 'FLAT',
  'APT', 'YR', 'YRS', 'AGED', 'MS', 'MR', 'DR', 'MRS', 'MX', 'UK', 'US', 'EU', 'ISBN', 'V', 'VS', 'RM', 'BT', 'ST', 'RD', 'LN', 'AVE', 'DIV',
]);

// Three-letter words and abbreviations that, in upper-case text, make a prefix or suffix shape (`A1 AND`,
// `SEC 12A`) more likely a heading, section or form reference than a registration mark.
const THREE_LETTER_STOP = /* @__PURE__ */ new Set([
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

/** Is `c` an ASCII capital letter? */
function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Is `c` an ASCII digit? */
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * May a letter-first mark ({@link VEHICLE_REG}) start at `s`, a capital? Up to three more capitals, then a digit,
 * or a space and a digit. A cheap pre-test before the pattern is tried there.
 */
function mayStartMark(text: string, s: number): boolean {
  for (let i = s + 1; i <= s + 4; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) return true;
    if (c === 32) return isDigit(text.charCodeAt(i + 1));
    if (!isCapital(c)) return false;
  }
  return false;
}

/** May a digits-first mark ({@link VEHICLE_REG_DATELESS_REVERSED}) start at `s`, a digit? Up to three more, a space and a capital. */
function mayStartReversed(text: string, s: number): boolean {
  for (let i = s + 1; i <= s + 4; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) return isCapital(text.charCodeAt(i + 1));
    if (!isDigit(c)) return false;
  }
  return false;
}

/**
 * A match of the sticky `re` may also start inside the word `[from, to)`, just after a non-ASCII letter: it is
 * rejected, but in a global search it would hide a mark starting inside it, across the space after the word
 * (`éAB12 CDE 123`). Returns where the last such match ends, or `next` when there is none.
 */
function afterGluedMatches(text: string, from: number, to: number, next: number, re: RegExp): number {
  // A match reaches past the word only from its last four units, and never spans a non-ASCII character.
  for (let q = Math.max(from + 1, to - 4, next); q < to; q++) {
    if (text.charCodeAt(q - 1) < 0x80) continue;
    re.lastIndex = q;
    const m = re.exec(text);
    if (m === null) continue;
    next = q + m[0].length;
    q = next - 1;
  }
  return next;
}

/** How far (UTF-16 units) before and after a mark a vehicle word is looked for, on the same line. */
const CONTEXT_BEFORE = 48;
const CONTEXT_AFTER = 24;

/** Is there a vehicle word (whole word) in `text.slice(from, to)`? */
function vehicleWordIn(text: string, from: number, to: number, re: RegExp): boolean {
  if (to <= from) return false;
  const window = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(window); m !== null; m = re.exec(window)) {
    const at = from + m.index;
    if (at === 0 || !isWordChar(text.charCodeAt(at - 1))) return true;
  }
  return false;
}

function hasContext(text: string, start: number, end: number, ctx: DetectContext, words: RegExp): boolean {
  if (ctx.cell !== undefined && (ctx.cell.columnType === 'VEHICLE_REG' || (ctx.cell.header !== undefined && headerClass(ctx, ctx.cell.header)?.type === 'VEHICLE_REG'))) return true;
  // A vehicle word up to CONTEXT_BEFORE units before the mark or CONTEXT_AFTER units after it, on the same line.
  // Both line searches are bounded by the window, so dense marks on one long line stay linear.
  let from = start;
  while (from > 0 && start - from < CONTEXT_BEFORE && text.charCodeAt(from - 1) !== 10) from--;
  if (vehicleWordIn(text, from, start, words)) return true;
  let to = end;
  const ceil = Math.min(text.length, end + CONTEXT_AFTER);
  while (to < ceil && text.charCodeAt(to) !== 10) to++;
  if (vehicleWordIn(text, end, to, words)) return true;
  const cells = ctx.tableCells();
  if (cells.length === 0) return false;
  const cell = cellAt(cells, start, end);
  return cell !== undefined && headerClass(ctx, cell.header)?.type === 'VEHICLE_REG';
}

function lettersOf(mark: string): string {
  let s = '';
  for (const ch of mark) if (ch >= 'A' && ch <= 'Z') s += ch;
  return s;
}

function formOf(groups: Record<string, string | undefined> | undefined): Form {
  if (groups?.current !== undefined) return 'current';
  if (groups?.suffix !== undefined) return 'suffix';
  if (groups?.prefix !== undefined) return 'prefix';
  if (groups?.ni !== undefined) return 'northern-ireland';
  return 'dateless';
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
  if (!Number.isInteger(latestYear) || latestYear < 2001) throw new PiiError('INVALID_OPTION', 'vehicleReg: latestYear must be an integer year from 2001');
  return defineDetector({
    id: 'vehicleReg',
    types: ['VEHICLE_REG'],
    context: { VEHICLE_REG: ['reg', 'registration', 'vrm', 'vrn', 'vehicle', 'car', 'van', 'index', 'number plate', 'plate', 'driver', 'keeper'] },
    detect(text, ctx) {
      const out: Finding[] = [];
      const words = new RegExp(VEHICLE_CONTEXT.source, VEHICLE_CONTEXT.flags);
      /** Reports the mark `m` unless a check below rejects it. */
      const take = (m: RegExpExecArray, fixedForm?: Form): void => {
        const start = m.index;
        const end = start + m[0].length;
        if (gluedBefore(text, start)) return;
        const form = fixedForm ?? formOf(m.groups);
        if (form === 'current' && !validAgeIdentifier(Number(m.groups?.age), latestYear)) return;
        if (form === 'dateless' || form === 'northern-ireland') {
          if (DATELESS_STOP.has(lettersOf(m[0]))) return;
          // `PC 123 AB`, `collar 4521 BS`: an officer's number, not a mark.
          if (VEHICLE_OFFICER_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return;
        }
        const context = hasContext(text, start, end, ctx, words);
        if (NEEDS_CONTEXT[form] && !context) return;
        if (!context && (form === 'prefix' || form === 'suffix') && THREE_LETTER_STOP.has(form === 'prefix' ? m[0].slice(-3) : m[0].slice(0, 3))) return;
        out.push(makeFinding(text, start, end, 'VEHICLE_REG', context ? 1 : BASE[form], 'vehicleReg', ctx, [`format:${form}`, ...(context ? ['context:vehicle'] : [])]));
      };
      // One pass for the letter-first shapes, one for dateless marks written digits first (`1234 AB`).
      // Dateless and Northern Ireland shapes are common: each needs vehicle context (checked per candidate).
      // A mark starts a word token (the patterns' look-behind rules out an ASCII letter or digit before it, and
      // gluedBefore a non-ASCII one), so each pattern is tried (sticky) only at token starts that pass a cheap
      // test, with the same matches as a global search over the whole text.
      const tokens = sharedTokens(text, ctx);
      const mark = new RegExp(VEHICLE_REG.source, 'uy');
      const reversedAt: number[] = [];
      // Where the last match ends: as in a global search, no match starts inside an earlier one.
      let next = 0;
      for (let k = 0; k < tokens.count; k++) {
        const s = tokens.starts[k] as number;
        const c = text.charCodeAt(s);
        if (isDigit(c)) {
          if (mayStartReversed(text, s)) reversedAt.push(s);
          continue;
        }
        if (!isCapital(c) || s < next || !mayStartMark(text, s)) continue;
        if (k > 0 && text.charCodeAt(s - 1) === 32) next = afterGluedMatches(text, tokens.starts[k - 1] as number, tokens.ends[k - 1] as number, next, mark);
        if (s < next) continue;
        mark.lastIndex = s;
        const m = mark.exec(text);
        if (m === null) continue;
        next = s + m[0].length;
        take(m);
      }
      // No digits-first match (glued or not) holds the start of another digits-first token: none hides another.
      const reversed = new RegExp(VEHICLE_REG_DATELESS_REVERSED.source, 'uy');
      for (const s of reversedAt) {
        reversed.lastIndex = s;
        const m = reversed.exec(text);
        if (m !== null) take(m, 'dateless');
      }
      return out;
    },
  });
}
