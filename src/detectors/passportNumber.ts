/**
 * PASSPORT_NUMBER: UK passport numbers (nine digits) written after the word passport.
 *
 * @module
 */
import { defineDetector, makeFinding } from '../core/detector.js';
import { PASSPORT_CONTEXT, PASSPORT_HEADER, PASSPORT_NUMBER } from '../core/regex/passportNumber.js';
import { cellAt } from '../core/tables.js';
import type { DetectContext, Detector, Finding } from '../core/types.js';

function passportCell(start: number, end: number, ctx: DetectContext): boolean {
  if (ctx.cell !== undefined) return PASSPORT_HEADER.test(ctx.cell.header ?? '');
  const cells = ctx.tableCells();
  if (cells.length === 0) return false;
  const cell = cellAt(cells, start, end);
  return cell !== undefined && PASSPORT_HEADER.test(cell.header);
}

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
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (!PASSPORT_CONTEXT.test(text.slice(Math.max(0, start - 48), start)) && !passportCell(start, end, ctx)) continue;
        out.push(makeFinding(text, start, end, 'PASSPORT_NUMBER', 1, 'passportNumber', ctx, ['shape:9-digits', 'context:passport']));
      }
      return out;
    },
  });
}
