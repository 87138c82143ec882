/**
 * BANK_ACCOUNT: UK sort codes (`NN-NN-NN`) with eight-digit account numbers.
 *
 * @module
 */
import { defineDetector, makeFinding } from '../core/detector.js';
import { ACCOUNT_CONTEXT, ACCOUNT_NUMBER, ACCOUNT_WORD, SORT_CODE, SORT_CODE_CONTEXT } from '../core/regex/bankAccount.js';
import type { Detector, Finding } from '../core/types.js';

/** How far apart (UTF-16 units) a sort code and its account number may be. */
const PAIR_DISTANCE = 48;

/**
 * Detects bank details: a sort code and an eight-digit account number written near each other (either
 * order, same line), each reported as BANK_ACCOUNT; either one alone only after its own label
 * (`sort code`, `account number`, `a/c`). A sort code written with spaces (`12 34 56`) always needs its label.
 *
 * @example
 * ```ts
 * const d = bankAccount();
 * const t = 'Sort code 12-34-56, account 12345678';
 * d.detect(t, detectContext(t)).map((f) => f.text); // ['12-34-56', '12345678']
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function bankAccount(): Detector {
  return defineDetector({
    id: 'bankAccount',
    types: ['BANK_ACCOUNT'],
    context: { BANK_ACCOUNT: ['sort code', 'account', 'account number', 'bank', 'a/c'] },
    detect(text, ctx) {
      const out: Finding[] = [];
      const sorts: Array<readonly [number, number]> = [];
      const accounts: Array<readonly [number, number]> = [];
      const sre = new RegExp(SORT_CODE.source, SORT_CODE.flags);
      for (let m = sre.exec(text); m !== null; m = sre.exec(text)) {
        // A spaced sort code (`12 34 56`) looks like the digit pairs of an NI number: only after its label.
        if (m[1] === ' ' && !SORT_CODE_CONTEXT.test(text.slice(Math.max(0, m.index - 32), m.index))) continue;
        sorts.push([m.index, m.index + m[0].length]);
      }
      if (sorts.length === 0 && !ACCOUNT_WORD.test(text)) return out;
      const are = new RegExp(ACCOUNT_NUMBER.source, ACCOUNT_NUMBER.flags);
      for (let m = are.exec(text); m !== null; m = are.exec(text)) accounts.push([m.index, m.index + m[0].length]);
      const near = (a: readonly [number, number], b: readonly [number, number]): boolean => {
        const gap = a[1] <= b[0] ? text.slice(a[1], b[0]) : text.slice(b[1], a[0]);
        return gap.length <= PAIR_DISTANCE && !gap.includes('\n');
      };
      // Both lists are sorted by position: pair each item with the nearest of the other kind by a moving pointer.
      const paired = (list: ReadonlyArray<readonly [number, number]>, x: readonly [number, number], from: number): boolean => {
        for (let i = from; i < list.length; i++) {
          const y = list[i] as readonly [number, number];
          if (y[0] > x[1] + PAIR_DISTANCE) break;
          if (y[1] >= x[0] - PAIR_DISTANCE && near(x, y)) return true;
        }
        return false;
      };
      let a0 = 0;
      for (const s of sorts) {
        while (a0 < accounts.length && (accounts[a0] as readonly [number, number])[1] < s[0] - PAIR_DISTANCE) a0++;
        const pair = paired(accounts, s, a0);
        const label = SORT_CODE_CONTEXT.test(text.slice(Math.max(0, s[0] - 32), s[0]));
        if (pair || label) out.push(makeFinding(text, s[0], s[1], 'BANK_ACCOUNT', 1, 'bankAccount', ctx, ['sort-code', pair ? 'paired' : 'context:sort code']));
      }
      let s0 = 0;
      for (const a of accounts) {
        while (s0 < sorts.length && (sorts[s0] as readonly [number, number])[1] < a[0] - PAIR_DISTANCE) s0++;
        const pair = paired(sorts, a, s0);
        const label = ACCOUNT_CONTEXT.test(text.slice(Math.max(0, a[0] - 40), a[0]));
        if (pair || label) out.push(makeFinding(text, a[0], a[1], 'BANK_ACCOUNT', pair ? 1 : 0.9, 'bankAccount', ctx, ['account-number', pair ? 'paired' : 'context:account']));
      }
      return out;
    },
  });
}
