/**
 * PAY_NUMBER: pay, payroll, staff, employee, personnel and HR numbers, after their context words
 * (`Pay No: 2112742`, `Staff number: E104877`) or under a matching column header (`pay_number`, `Payroll`).
 *
 * @module
 */
import { defineDetector, findingCollector, wholeCellOf } from '../core/detector.js';
import { CUE_VALUE_GAP, CUE_VALUE_GAP_OPEN, PAY_NUMBER_VALUE } from '../core/regex/payNumber.js';
import type { Detector, TextCell } from '../core/types.js';
import { closesBracketedValue, cueTrie, numberCueBefore, sharedCellTypes, sharedIdTokens, sharedTokens } from '../data/police/phrases.js';

const gapOk = (g: string): boolean => CUE_VALUE_GAP.test(g) || CUE_VALUE_GAP_OPEN.test(g);

/**
 * Detects pay numbers. A number counts only after a pay/staff/employee context word or in a pay-number column;
 * generic mentions ("pay numbers are not held") are not values. Scores: context word 0.9, column 0.95.
 *
 * @example
 * ```ts
 * payNumber().detect('Pay No: 2112742', detectContext('Pay No: 2112742'))[0].text; // '2112742'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function payNumber(): Detector {
  const cues = cueTrie();
  return defineDetector({
    id: 'payNumber',
    types: ['PAY_NUMBER'],
    context: { PAY_NUMBER: ['payroll', 'pay', 'employee', 'personnel'] },
    detect(text, ctx) {
      const { out, push } = findingCollector(text, ctx, 'PAY_NUMBER', 'payNumber');
      if (text.length === 0) return out;
      const whole = wholeCellOf(text, ctx, 'PAY_NUMBER', (v) => PAY_NUMBER_VALUE.test(v));
      if (whole !== undefined) {
        push(whole[0], whole[1], 0.95, 'cell:pay-number-column');
        return out;
      }
      const tokens = sharedTokens(text, ctx);
      for (const j of sharedIdTokens(text, ctx, tokens)) {
        const s = tokens.starts[j] as number;
        const e = tokens.ends[j] as number;
        if (e - s < 5 || e - s > 11 || numberCueBefore(text, tokens, j, gapOk, cues) !== 'pay' || !PAY_NUMBER_VALUE.test(text.slice(s, e))) continue;
        if (!closesBracketedValue(text, s, e)) continue;
        const after = text.charCodeAt(e);
        if (after === 47 || ((after === 46 || after === 45) && /\d/u.test(text.charAt(e + 1)))) continue;
        push(s, e, 0.9, 'context-word');
      }
      const { cells, types } = sharedCellTypes(ctx);
      for (let i = 0; i < cells.length; i++) {
        if (types[i] !== 'PAY_NUMBER') continue;
        const c = cells[i] as TextCell;
        if (PAY_NUMBER_VALUE.test(text.slice(c.start, c.end))) push(c.start, c.end, 0.95, 'cell:pay-number-column');
      }
      return out;
    },
  });
}
