/**
 * PASSPORT_NUMBER: UK passport numbers (nine digits) written after the word passport.
 *
 * @module
 */
import { defineDetector, makeFinding } from '../core/detector.js';
import { PASSPORT_GAP, PASSPORT_HEADER, PASSPORT_KEYWORD, PASSPORT_NUMBER } from '../core/regex/passportNumber.js';
import { isWordChar, lineEndNear } from '../core/text.js';
import type { Detector, Finding } from '../core/types.js';

/** How far (UTF-16 units) after the word passport the number may be, on the same line. */
const WINDOW = 48;

/**
 * Detects UK passport numbers: nine digits, only with passport context (the word `passport` shortly
 * before on the same line, or a passport column), since nine digits alone are too common.
 *
 * @example
 * ```ts
 * const d = passportNumber();
 * d.detect('Passport no. 123456789', detectContext('Passport no. 123456789'))[0].text; // '123456789'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function passportNumber(): Detector {
  return defineDetector({
    id: 'passportNumber',
    types: ['PASSPORT_NUMBER'],
    context: { PASSPORT_NUMBER: ['passport', 'passport number', 'passport no'] },
    detect(text, ctx) {
      const out: Finding[] = [];
      const re = new RegExp(PASSPORT_NUMBER.source, PASSPORT_NUMBER.flags);
      const seen = new Set<number>();
      /** Reports nine-digit numbers in `text.slice(from, to)` that `accept` approves. */
      const scanWindow = (from: number, to: number, accept: (start: number) => boolean, reason: string): void => {
        const lo = Math.max(0, from - 1);
        const window = text.slice(lo, Math.min(text.length, to + 2));
        re.lastIndex = 0;
        for (let m = re.exec(window); m !== null; m = re.exec(window)) {
          const start = lo + m.index;
          const end = start + m[0].length;
          if (start < from || end > to || seen.has(start) || !accept(start)) continue;
          seen.add(start);
          out.push(makeFinding(text, start, end, 'PASSPORT_NUMBER', 1, 'passportNumber', ctx, ['shape:9-digits', reason]));
        }
      };
      // Just after the word passport, on the same line.
      const kw = new RegExp(PASSPORT_KEYWORD.source, PASSPORT_KEYWORD.flags);
      for (let m = kw.exec(text); m !== null; m = kw.exec(text)) {
        if (m.index > 0 && isWordChar(text.charCodeAt(m.index - 1))) continue;
        const from = m.index + m[0].length;
        scanWindow(from, lineEndNear(text, from, WINDOW), (start) => PASSPORT_GAP.test(text.slice(from, start)), 'context:passport');
      }
      // In a passport column.
      if (ctx.cell !== undefined) {
        if (PASSPORT_HEADER.test(ctx.cell.header ?? '')) scanWindow(0, text.length, () => true, 'column:passport');
      } else {
        const isPassport = new Map<string, boolean>();
        for (const cell of ctx.tableCells()) {
          let p = isPassport.get(cell.header);
          if (p === undefined) isPassport.set(cell.header, (p = PASSPORT_HEADER.test(cell.header)));
          if (p) scanWindow(cell.start, cell.end, () => true, 'column:passport');
        }
      }
      return out;
    },
  });
}
