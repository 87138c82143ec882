/**
 * PHONE: UK telephone numbers in every written form (`07700 900123`, `+44 (0)20 7946 0958`,
 * `0161-496-0000`, `(01632) 960 001`, with extensions) and foreign numbers written with a country code.
 *
 * Candidates are split into digit groups and checked by a {@link PhoneCheck}. The detector carries no
 * numbering metadata of its own beyond a small UK structural check, so the `/core` entry stays small; the
 * root entry passes a libphonenumber-js parser through {@link libphonenumberCheck}. Ofcom's drama ranges
 * are always reported: a document that uses them is showing a phone number.
 *
 * @module
 */
import { PiiError } from '../core/errors.js';
import { defineDetector, makeFinding } from '../core/detector.js';
import { PHONE_CONTEXT_WORDS, PHONE_DRAMA_GEOGRAPHIC, PHONE_EXTENSION, PHONE_NOT_BEFORE, PHONE_RUN } from '../core/regex/phone.js';
import type { DetectContext, Detector, Finding } from '../core/types.js';

/**
 * Decides whether a number is a real one. `countryCode` is the calling code without `+` (`'44'` for the UK),
 * `nationalNumber` the significant number without trunk prefix (`'7911123456'`). Returns `true` (valid),
 * `false` (not a number) or `undefined` (no opinion: the structural check decides).
 *
 * @example
 * ```ts
 * const check: PhoneCheck = (cc, nsn) => (cc === '44' ? nsn.length === 10 : undefined);
 * ```
 */
export type PhoneCheck = (countryCode: string, nationalNumber: string) => boolean | undefined;

/**
 * The part of libphonenumber-js's `parsePhoneNumberFromString` (from `libphonenumber-js`, `/min` or `/max`)
 * that {@link libphonenumberCheck} needs.
 *
 * @example
 * ```ts
 * import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
 * const parse: PhoneNumberParser = parsePhoneNumberFromString;
 * ```
 */
export type PhoneNumberParser = (text: string) => { isValid(): boolean } | undefined;

/**
 * Options of {@link phone}.
 *
 * @example
 * ```ts
 * import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
 * const o: PhoneOptions = { check: libphonenumberCheck(parsePhoneNumberFromString), international: true };
 * ```
 */
export interface PhoneOptions {
  /** Validation metadata; without it only the built-in UK structural check and the country-code list are used. */
  readonly check?: PhoneCheck;
  /** Report numbers written with a foreign country code (default true). */
  readonly international?: boolean;
}

/**
 * Wraps a libphonenumber-js parser as a {@link PhoneCheck}. Use the `max` metadata for strict validation.
 *
 * @example
 * ```ts
 * import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
 * const d = phone({ check: libphonenumberCheck(parsePhoneNumberFromString) });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function libphonenumberCheck(parse: PhoneNumberParser): PhoneCheck {
  if (typeof parse !== 'function') throw new PiiError('INVALID_OPTION', 'libphonenumberCheck needs a parse function');
  return (cc, nsn) => {
    // libphonenumber-js rejects a national number under two digits (TOO_SHORT) by throwing inside the parser,
    // which costs far more than the parse: say no without asking (the reader tries `+44` alone before `+44 7…`).
    if (nsn.length < 2) return false;
    try {
      const parsed = parse(`+${cc}${nsn}`);
      return parsed === undefined ? false : parsed.isValid();
    } catch {
      return false;
    }
  };
}

/**
 * Is a UK national significant number (without the leading 0) in one of Ofcom's drama ranges?
 * 07700 900000–900999, 020 7946 0000–0999, 01632 960000–960999, 0113/0114/0115/0116/0117/0118/0121/0131/
 * 0141/0151/0161 496 0000–0999, 0191 498 0000–0999, 028 9649 6000–6999, 029 2018 0000–0999, 0808 157 0000–0999,
 * 0909 879 0000–0999, 0306 999 0000–0999.
 *
 * @example
 * ```ts
 * isOfcomDrama('7700900123'); // true
 * ```
 */
export function isOfcomDrama(nsn: string): boolean {
  if (nsn.length !== 10) return false;
  if (nsn.startsWith('7700900') || nsn.startsWith('2079460') || nsn.startsWith('1632960') || nsn.startsWith('8081570') || nsn.startsWith('9098790') || nsn.startsWith('3069990')) return true;
  if (nsn.startsWith('2896496') || nsn.startsWith('2920180') || nsn.startsWith('1914980')) return true;
  return PHONE_DRAMA_GEOGRAPHIC.test(nsn);
}

/**
 * The built-in UK structural check on a national significant number (the digits after the trunk 0):
 * geographic 01 (9–10 digits) and 02 (020, 023, 024, 028, 029), non-geographic 03, 055/056, mobiles and
 * personal numbers 07, freephone 0800/0808, 084/087 and premium 09.
 *
 * @example
 * ```ts
 * ukNumberShape('1614960581'); // true
 * ukNumberShape('4803296650'); // false
 * ```
 */
export function ukNumberShape(nsn: string): boolean {
  const n = nsn.length;
  const a = nsn.charCodeAt(0) - 48;
  const b = nsn.charCodeAt(1) - 48;
  switch (a) {
    case 1:
      return b >= 1 && (n === 10 || n === 9);
    case 2:
      return n === 10 && (b === 0 || b === 3 || b === 4 || b === 8 || b === 9);
    case 3:
      return n === 10 && (b <= 4 || b === 7);
    case 5:
      return n === 10 && (b === 5 || b === 6);
    case 7:
      return n === 10;
    case 8:
      if (b === 0) return (nsn.startsWith('800') || nsn.startsWith('808')) && (n === 9 || n === 10);
      return n === 10 && (b === 4 || b === 7);
    case 9:
      return n === 10 && b <= 8;
    default:
      return false;
  }
}

// ITU-T E.164 country calling codes (assigned), as a compact list.
const COUNTRY_CODES = /* @__PURE__ */ new Set(
  (
    '1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98 ' +
    '211 212 213 216 218 220 221 222 223 224 225 226 227 228 229 230 231 232 233 234 235 236 237 238 239 240 241 242 243 244 245 246 248 249 ' +
    '250 251 252 253 254 255 256 257 258 260 261 262 263 264 265 266 267 268 269 290 291 297 298 299 350 351 352 353 354 355 356 357 358 359 ' +
    '370 371 372 373 374 375 376 377 378 380 381 382 383 385 386 387 389 420 421 423 500 501 502 503 504 505 506 507 508 509 590 591 592 593 ' +
    '594 595 596 597 598 599 670 672 673 674 675 676 677 678 679 680 681 682 683 685 686 687 688 689 690 691 692 850 852 853 855 856 880 886 ' +
    '960 961 962 963 964 965 966 967 968 970 971 972 973 974 975 976 977 992 993 994 995 996 998'
  ).split(' '),
);

interface Group {
  readonly start: number;
  readonly end: number;
  readonly digits: string;
  /** The group is wrapped in parentheses. */
  readonly paren: boolean;
  /** The group is directly preceded by `+`. */
  readonly plus: boolean;
  /** The separator before the group (`' '`, `'-'`, `'.'`, `''`). */
  readonly sep: string;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlnumCode(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);
}

/** Splits a run of phone characters into digit groups. */
function splitGroups(run: string, offset: number): Group[] {
  const groups: Group[] = [];
  let i = 0;
  let sep = '';
  let plus = false;
  let paren = false;
  while (i < run.length) {
    const c = run.charCodeAt(i);
    if (isDigit(c)) {
      let j = i;
      while (j < run.length && isDigit(run.charCodeAt(j))) j++;
      const closed = paren && run[j] === ')';
      groups.push({ start: offset + i - (closed ? 1 : 0) - (plus ? 1 : 0), end: offset + j + (closed ? 1 : 0), digits: run.slice(i, j), paren: closed, plus, sep });
      i = closed ? j + 1 : j;
      sep = '';
      plus = false;
      paren = false;
      continue;
    }
    if (c === 43) plus = true;
    else if (c === 40) paren = true;
    else if (c !== 41) sep += run[i];
    i++;
  }
  return groups;
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly cc: string;
  readonly nsn: string;
  readonly form: string;
}

/** Reads a number starting at group `i`, trying successively more groups; returns the longest valid one. */
function readAt(groups: readonly Group[], i: number, check: PhoneCheck | undefined, international: boolean): Candidate | undefined {
  const first = groups[i] as Group;
  let best: Candidate | undefined;
  if (first.plus || (first.digits.startsWith('00') && first.digits.length <= 5 && !first.paren)) {
    // International: +CC or 00CC.
    const raw = first.plus ? first.digits : first.digits.slice(2);
    let digits = raw;
    for (let j = i; j < groups.length && j < i + 8; j++) {
      const g = groups[j] as Group;
      if (j > i) {
        if (g.sep.length > 1) break;
        // `(0)` after the country code is a trunk prefix written for domestic callers.
        if (g.paren && g.digits === '0' && j === i + 1) continue;
        digits += g.digits;
      }
      if (digits.length > 15) break;
      const cc = countryCodeOf(digits, j === i ? undefined : raw);
      if (cc === undefined) break;
      const nsn = digits.slice(cc.length);
      const ok = cc === '44' ? validUk(nsn.startsWith('0') ? nsn.slice(1) : nsn, check) : international ? validForeign(cc, nsn, check) : undefined;
      if (ok !== undefined) best = { start: first.start, end: g.end, cc, nsn: cc === '44' && nsn.startsWith('0') ? nsn.slice(1) : nsn, form: ok };
    }
    return best;
  }
  if (!first.digits.startsWith('0')) return undefined;
  let digits = '';
  for (let j = i; j < groups.length && j < i + 6; j++) {
    const g = groups[j] as Group;
    if (j > i && (g.sep.length > 1 || g.plus)) break;
    if (j > i && g.digits.length < 2) break;
    digits += g.digits;
    if (digits.length > 11) break;
    // The area code or mobile prefix is at least three digits (ISBN-10 groups such as `0-306-…` are not).
    if (j === i && digits.length < 3) break;
    const ok = digits.length >= 10 ? validUk(digits.slice(1), check) : undefined;
    if (ok !== undefined) best = { start: first.start, end: g.end, cc: '44', nsn: digits.slice(1), form: ok };
  }
  return best;
}

function countryCodeOf(digits: string, spacedCc: string | undefined): string | undefined {
  if (spacedCc !== undefined) return COUNTRY_CODES.has(spacedCc) ? spacedCc : undefined;
  for (let n = 1; n <= 3; n++) if (COUNTRY_CODES.has(digits.slice(0, n))) return digits.slice(0, n);
  return undefined;
}

/** Returns the kind of valid UK number (`drama`, `validated`, `shape`) or undefined. */
function validUk(nsn: string, check: PhoneCheck | undefined): string | undefined {
  if (isOfcomDrama(nsn)) return 'drama';
  // A UK significant number has 7 (`0800 1111`) to 10 digits: a shorter prefix met while reading `+44 7700 …`
  // group by group is not asked about (a parse that can only fail costs more than the rest of the detector).
  if (nsn.length < 7 || nsn.length > 10) return undefined;
  const verdict = check === undefined ? undefined : check('44', nsn);
  if (verdict === true) return 'validated';
  if (verdict === false) return undefined;
  return ukNumberShape(nsn) ? 'shape' : undefined;
}

function validForeign(cc: string, nsn: string, check: PhoneCheck | undefined): string | undefined {
  if (nsn.length < 4 || cc.length + nsn.length < 8) return undefined;
  const verdict = check === undefined ? undefined : check(cc, nsn);
  if (verdict === true) return 'validated';
  if (verdict === false) return undefined;
  return nsn.length >= 6 && nsn.length <= 12 ? 'foreign-shape' : undefined;
}

const SCORES: Readonly<Record<string, number>> = { drama: 1, validated: 1, shape: 0.9, 'foreign-shape': 0.75 };

/** A start boundary: not glued to a word, a path or a longer number (a slash right after a reported number is a list). */
function cleanBefore(text: string, start: number, previousEnd: number): boolean {
  if (start === 0) return true;
  const c = text.charCodeAt(start - 1);
  if (c === 47 && start - 1 === previousEnd) return true;
  if (isAlnumCode(c) || c === 47 || c === 92 || c === 95) return false;
  if ((c === 45 || c === 46 || c === 44) && start >= 2 && isDigit(text.charCodeAt(start - 2))) return false;
  return !PHONE_NOT_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/** Does another phone number (`+…` or `0` and three more digits) start at `i`, after an optional space? */
function startsAnotherNumber(text: string, i: number): boolean {
  let j = i < text.length && text.charCodeAt(i) === 32 ? i + 1 : i;
  if (j < text.length && text.charCodeAt(j) === 43) return true;
  if (j >= text.length || text.charCodeAt(j) !== 48) return false;
  for (let k = 0; k < 4; k++, j++) if (j >= text.length || !isDigit(text.charCodeAt(j))) return false;
  return true;
}

/** An end boundary: not glued to a word or continued as a date, time, decimal or reference. */
function cleanAfter(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  if (isAlnumCode(c) || c === 95) return false;
  // `07700 900123/07700 900124`: a slash before another number starting 0 or + is a list, not a reference.
  if (c === 47 && startsAnotherNumber(text, end + 1)) return true;
  if (c === 47 || c === 58 || c === 92) return !(end + 1 < text.length && isAlnumCode(text.charCodeAt(end + 1)));
  if (c === 46 || c === 44 || c === 45) return !(end + 1 < text.length && isDigit(text.charCodeAt(end + 1)));
  return true;
}

function emit(text: string, cand: Candidate, ctx: DetectContext, out: Finding[]): number {
  let end = cand.end;
  const ext = PHONE_EXTENSION.exec(text.slice(end, end + 24));
  if (ext !== null) end += ext[0].length;
  const score = SCORES[cand.form] ?? 0.75;
  if (!ctx.explain) out.push(makeFinding(text, cand.start, end, 'PHONE', score, 'phone', ctx));
  else {
    const reasons = [`phone:${cand.form}`, ...(cand.cc === '44' ? [] : [`country:+${cand.cc}`]), ...(ext === null ? [] : ['extension'])];
    out.push(makeFinding(text, cand.start, end, 'PHONE', score, 'phone', ctx, reasons, { countryCode: cand.cc, ofcomDrama: cand.form === 'drama' }));
  }
  return end;
}

/**
 * Detects telephone numbers. Linear time: one pass over runs of digits, separators and parentheses.
 *
 * @example
 * ```ts
 * const d = phone();
 * d.detect('Tel: 0161 496 0581', detectContext('Tel: 0161 496 0581'))[0].text; // '0161 496 0581'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function phone(options: PhoneOptions = {}): Detector {
  if (options.check !== undefined && typeof options.check !== 'function') throw new PiiError('INVALID_OPTION', 'phone: check must be a function');
  const check = options.check;
  const international = options.international !== false;
  return defineDetector({
    id: 'phone',
    types: ['PHONE'],
    context: { PHONE: PHONE_CONTEXT_WORDS },
    detect(text, ctx) {
      const out: Finding[] = [];
      const re = new RegExp(PHONE_RUN.source, PHONE_RUN.flags);
      let lastEnd = -1;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const groups = splitGroups(m[0], m.index);
        let i = 0;
        while (i < groups.length) {
          const g = groups[i] as Group;
          const startable = g.start >= lastEnd && (g.plus || g.digits.startsWith('0')) && (i === 0 || g.sep === ' ' || g.paren || g.plus);
          const cand = startable && cleanBefore(text, g.start, lastEnd) ? readAt(groups, i, check, international) : undefined;
          if (cand !== undefined && cleanAfter(text, cand.end)) {
            lastEnd = emit(text, cand, ctx, out);
            while (i < groups.length && (groups[i] as Group).start < lastEnd) i++;
            continue;
          }
          i++;
        }
      }
      return out;
    },
  });
}
