/**
 * UK_POSTCODE: full UK postcodes in every shape (A9 9AA … AA9A 9AA, GIR 0AA), BFPO numbers, and an
 * outward code alone when the text says it is a postcode.
 *
 * @module
 */
import { defineDetector, headerClass, makeFinding } from '../core/detector.js';
import { UK_POSTCODE_BFPO, UK_POSTCODE_FULL, UK_POSTCODE_FULL_LOWER, UK_POSTCODE_KEYWORD, UK_POSTCODE_KEYWORD_GAP, UK_POSTCODE_OUTWARD } from '../core/regex/ukPostcode.js';
import { cellAt } from '../core/tables.js';
import { isWordChar, lineEndNear } from '../core/text.js';
import type { DetectContext, Detector, Finding, TextCell } from '../core/types.js';
import { sharedCellTypes, sharedTokens } from '../data/police/phrases.js';

/** A non-ASCII letter or digit just before `start` (the patterns' look-behinds are ASCII-only). */
function gluedBefore(text: string, start: number): boolean {
  if (start === 0) return false;
  const c = text.charCodeAt(start - 1);
  return c >= 0x80 && isWordChar(c);
}

/**
 * May an upper-case postcode start at `s`, whose code unit is `c`? Its first letter (not Q, V, X) is followed by
 * a digit, by a letter and a digit, or it is `GIR`. A cheap pre-test before the pattern is tried there.
 */
function mayStartPostcode(text: string, s: number, c: number): boolean {
  if (c < 65 || c > 90 || c === 81 || c === 86 || c === 88) return false;
  const c1 = text.charCodeAt(s + 1);
  if (c1 >= 48 && c1 <= 57) return true;
  const c2 = text.charCodeAt(s + 2);
  return (c1 >= 65 && c1 <= 90 && c2 >= 48 && c2 <= 57) || (c === 71 && c1 === 73 && c2 === 82);
}

/**
 * May an address word of {@link UK_POSTCODE_KEYWORD} start at `s`, whose code unit is `c`? Its first three
 * letters, in any case, are `pos`, `out`, `add`, `liv`, `res` or `hom`. A cheap pre-test before the pattern is
 * tried there.
 */
function mayStartKeyword(text: string, s: number, c: number): boolean {
  const a = c | 0x20;
  const b = text.charCodeAt(s + 1) | 0x20;
  const d = text.charCodeAt(s + 2) | 0x20;
  switch (a) {
    case 0x70: // p
      return b === 0x6f && d === 0x73; // os
    case 0x6f: // o
      return b === 0x75 && d === 0x74; // ut
    case 0x61: // a
      return b === 0x64 && d === 0x64; // dd
    case 0x6c: // l
      return b === 0x69 && d === 0x76; // iv
    case 0x72: // r
      return b === 0x65 && d === 0x73; // es
    case 0x68: // h
      return b === 0x6f && d === 0x6d; // om
    default:
      return false;
  }
}

/** How far (UTF-16 units) after an address word a lower-case postcode may be, on the same line. */
const WINDOW = 64;
/** Score of a lower-case postcode found in address context. */
const LOWER_CASE_SCORE = 0.8;

function inPostcodeCell(start: number, end: number, ctx: DetectContext): boolean {
  if (ctx.cell !== undefined) return ctx.cell.columnType === 'UK_POSTCODE' || (ctx.cell.header !== undefined && headerClass(ctx, ctx.cell.header)?.type === 'UK_POSTCODE');
  const cells = ctx.tableCells();
  if (cells.length === 0) return false;
  const cell = cellAt(cells, start, end);
  return cell !== undefined && cell.start === start && cell.end === end && headerClass(ctx, cell.header)?.type === 'UK_POSTCODE';
}

/**
 * Detects UK postcodes, with or without the space, in one consistent case. Mixed-case strings
 * (`B4 1st`) are not postcodes; a lower-case one is reported only just after an address word
 * (`postcode`, `address`, `lives at`) on its line or in a postcode column. Outward codes alone (`SW1A`) are reported only after the word
 * `postcode` or in a postcode column.
 *
 * @example
 * ```ts
 * const d = ukPostcode();
 * d.detect('London SW1A 2AA', detectContext('London SW1A 2AA'))[0].text; // 'SW1A 2AA'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function ukPostcode(): Detector {
  return defineDetector({
    id: 'ukPostcode',
    types: ['UK_POSTCODE'],
    context: { UK_POSTCODE: ['postcode', 'post code', 'address', 'addr', 'postal code'] },
    detect(text, ctx) {
      const out: Finding[] = [];
      const taken = new Set<number>();
      const lower = new RegExp(UK_POSTCODE_FULL_LOWER.source, UK_POSTCODE_FULL_LOWER.flags);
      /** Lower-case postcodes in `text.slice(from, to)`. */
      const lowerIn = (from: number, to: number, reasons: readonly string[]): void => {
        const lo = Math.max(0, from - 1);
        const window = lo === 0 && to >= text.length ? text : text.slice(lo, Math.min(text.length, to + 1));
        lower.lastIndex = 0;
        for (let m = lower.exec(window); m !== null; m = lower.exec(window)) {
          const start = lo + m.index;
          const end = start + m[0].length;
          if (start < from || end > to || taken.has(start) || gluedBefore(text, start)) continue;
          taken.add(start);
          out.push(makeFinding(text, start, end, 'UK_POSTCODE', LOWER_CASE_SCORE, 'ukPostcode', ctx, ['shape:postcode', m[0].includes(' ') ? 'spaced' : 'unspaced', ...reasons]));
        }
      };
      // Upper-case postcodes anywhere, and the address words. A postcode kept (look-behind and gluedBefore) and an
      // address word kept (the word-boundary check below) start a word token, and no match holds the start of
      // another of its kind (an inward code opens with a digit; `code`, `district`, `at` open no address word).
      // So each pattern is tried (sticky) only at token starts that pass a cheap test, with the same results as
      // a global search over the whole text.
      const tokens = sharedTokens(text, ctx);
      const postcode = new RegExp(UK_POSTCODE_FULL.source, 'uy');
      const addressWords: number[] = [];
      for (let k = 0; k < tokens.count; k++) {
        const start = tokens.starts[k] as number;
        const c = text.charCodeAt(start);
        if (mayStartKeyword(text, start, c)) addressWords.push(start);
        if (!mayStartPostcode(text, start, c) || gluedBefore(text, start)) continue;
        postcode.lastIndex = start;
        const m = postcode.exec(text);
        if (m === null) continue;
        const spaced = m[0].includes(' ');
        taken.add(start);
        out.push(makeFinding(text, start, start + m[0].length, 'UK_POSTCODE', spaced ? 0.9 : 0.8, 'ukPostcode', ctx, ['shape:postcode', spaced ? 'spaced' : 'unspaced']));
      }
      // BFPO numbers: find the literal, then match there (sticky).
      const bfpo = new RegExp(UK_POSTCODE_BFPO.source, 'uy');
      for (let i = text.indexOf('BFPO'); i !== -1; i = text.indexOf('BFPO', i + 4)) {
        bfpo.lastIndex = i;
        const m = bfpo.exec(text);
        if (m !== null) out.push(makeFinding(text, i, i + m[0].length, 'UK_POSTCODE', 0.9, 'ukPostcode', ctx, ['shape:bfpo']));
      }
      const outwardAt = (start: number, limit: number, reason: string): void => {
        if (taken.has(start)) return;
        const m = UK_POSTCODE_OUTWARD.exec(text.slice(start, Math.min(limit, start + 8)));
        if (m === null) return;
        taken.add(start);
        out.push(makeFinding(text, start, start + m[0].length, 'UK_POSTCODE', 0.7, 'ukPostcode', ctx, ['shape:outward-code', reason]));
      };
      // Lower-case postcodes just after an address word; outward codes alone just after a postcode word.
      const kw = new RegExp(UK_POSTCODE_KEYWORD.source, 'uy');
      for (const at of addressWords) {
        if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
        kw.lastIndex = at;
        const m = kw.exec(text);
        if (m === null) continue;
        const from = at + m[0].length;
        const to = lineEndNear(text, from, WINDOW);
        if (m[1] !== undefined) {
          const gap = UK_POSTCODE_KEYWORD_GAP.exec(text.slice(from, to));
          outwardAt(from + (gap === null ? 0 : gap[0].length), to, 'context:postcode');
        }
        lowerIn(from, to, ['lower-case', 'context:address']);
      }
      // In a postcode column: an outward code alone, or a lower-case postcode.
      if (ctx.cell !== undefined) {
        if (inPostcodeCell(0, text.length, ctx)) {
          let s = 0;
          while (s < text.length && text[s] === ' ') s++;
          outwardAt(s, text.length, 'column:postcode');
          lowerIn(0, text.length, ['lower-case', 'column:postcode']);
        }
      } else {
        const { cells, types } = sharedCellTypes(ctx);
        for (let i = 0; i < cells.length; i++) {
          const cell = cells[i] as TextCell;
          if (cell.end - cell.start > 9 || types[i] !== 'UK_POSTCODE') continue;
          outwardAt(cell.start, cell.end, 'column:postcode');
          lowerIn(cell.start, cell.end, ['lower-case', 'column:postcode']);
        }
      }
      return out;
    },
  });
}
