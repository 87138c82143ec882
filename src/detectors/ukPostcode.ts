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
import type { DetectContext, Detector, Finding } from '../core/types.js';

/** A non-ASCII letter or digit just before `start` (the patterns' look-behinds are ASCII-only). */
function gluedBefore(text: string, start: number): boolean {
  if (start === 0) return false;
  const c = text.charCodeAt(start - 1);
  return c >= 0x80 && isWordChar(c);
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
      const full = (pattern: RegExp, from: number, to: number, reasons: readonly string[], score: (spaced: boolean) => number): void => {
        const lo = Math.max(0, from - 1);
        const window = lo === 0 && to >= text.length ? text : text.slice(lo, Math.min(text.length, to + 1));
        const re = new RegExp(pattern.source, pattern.flags);
        for (let m = re.exec(window); m !== null; m = re.exec(window)) {
          const start = lo + m.index;
          const end = start + m[0].length;
          if (start < from || end > to || taken.has(start) || gluedBefore(text, start)) continue;
          const spaced = m[0].includes(' ');
          taken.add(start);
          out.push(makeFinding(text, start, end, 'UK_POSTCODE', score(spaced), 'ukPostcode', ctx, ['shape:postcode', spaced ? 'spaced' : 'unspaced', ...reasons]));
        }
      };
      full(UK_POSTCODE_FULL, 0, text.length, [], (spaced) => (spaced ? 0.9 : 0.8));
      const bfpo = new RegExp(UK_POSTCODE_BFPO.source, UK_POSTCODE_BFPO.flags);
      for (let m = bfpo.exec(text); m !== null; m = bfpo.exec(text)) {
        out.push(makeFinding(text, m.index, m.index + m[0].length, 'UK_POSTCODE', 0.9, 'ukPostcode', ctx, ['shape:bfpo']));
      }
      const outwardAt = (start: number, limit: number, reason: string): void => {
        if (taken.has(start)) return;
        const m = UK_POSTCODE_OUTWARD.exec(text.slice(start, Math.min(limit, start + 8)));
        if (m === null) return;
        taken.add(start);
        out.push(makeFinding(text, start, start + m[0].length, 'UK_POSTCODE', 0.7, 'ukPostcode', ctx, ['shape:outward-code', reason]));
      };
      const lowerScore = (): number => LOWER_CASE_SCORE;
      // Lower-case postcodes just after an address word; outward codes alone just after a postcode word.
      const kw = new RegExp(UK_POSTCODE_KEYWORD.source, UK_POSTCODE_KEYWORD.flags);
      for (let m = kw.exec(text); m !== null; m = kw.exec(text)) {
        if (m.index > 0 && isWordChar(text.charCodeAt(m.index - 1))) continue;
        const from = m.index + m[0].length;
        const to = lineEndNear(text, from, WINDOW);
        if (m[1] !== undefined) {
          const gap = UK_POSTCODE_KEYWORD_GAP.exec(text.slice(from, to));
          outwardAt(from + (gap === null ? 0 : gap[0].length), to, 'context:postcode');
        }
        full(UK_POSTCODE_FULL_LOWER, from, to, ['lower-case', 'context:address'], lowerScore);
      }
      // In a postcode column: an outward code alone, or a lower-case postcode.
      if (ctx.cell !== undefined) {
        if (inPostcodeCell(0, text.length, ctx)) {
          let s = 0;
          while (s < text.length && text[s] === ' ') s++;
          outwardAt(s, text.length, 'column:postcode');
          full(UK_POSTCODE_FULL_LOWER, 0, text.length, ['lower-case', 'column:postcode'], lowerScore);
        }
      } else {
        for (const cell of ctx.tableCells()) {
          if (cell.end - cell.start > 9 || headerClass(ctx, cell.header)?.type !== 'UK_POSTCODE') continue;
          outwardAt(cell.start, cell.end, 'column:postcode');
          full(UK_POSTCODE_FULL_LOWER, cell.start, cell.end, ['lower-case', 'column:postcode'], lowerScore);
        }
      }
      return out;
    },
  });
}
