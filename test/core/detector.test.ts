import { describe, expect, it } from 'vitest';
import { detectContext, findingCollector, headerClass, wholeCellOf } from '../../src/core/detector.js';
import { classifyHeader } from '../../src/core/headers.js';

describe('wholeCellOf', () => {
  const digits = (v: string) => /^\d+$/u.test(v);
  it.each([
    [' 4521 ', { header: 'Collar No' }, [1, 5]],
    ['4521', { header: 'Shift', columnType: 'OFFICER_ID' as const }, [0, 4]],
    ['4521', { header: 'Pay No' }, undefined],
    ['PC 4521', { header: 'Collar No' }, undefined],
    ['   ', { header: 'Collar No' }, undefined],
  ])('%j under %j gives %j', (text, cell, expected) => {
    expect(wholeCellOf(text, detectContext(text, { cell }), 'OFFICER_ID', digits)).toEqual(expected);
  });
  it('needs a cell', () => {
    expect(wholeCellOf('4521', detectContext('4521'), 'OFFICER_ID', digits)).toBeUndefined();
  });
});

describe('findingCollector', () => {
  it('keeps one finding per start, with evidence only when asked', () => {
    const text = 'pay no 0912345';
    const c = findingCollector(text, detectContext(text), 'PAY_NUMBER', 'payNumber');
    c.push(7, 14, 0.9, 'context-word');
    c.push(7, 14, 0.95, 'again');
    expect(c.out).toEqual([{ type: 'PAY_NUMBER', start: 7, end: 14, text: '0912345', score: 0.9, detector: 'payNumber' }]);
    const e = findingCollector(text, detectContext(text, { explain: true }), 'PAY_NUMBER', 'payNumber');
    e.push(7, 14, 0.9, 'context-word');
    expect(e.out[0]?.evidence?.reasons).toEqual(['context-word']);
  });
});

describe('headerClass', () => {
  it.each(['NI No', 'Surname', 'collarNumber', 'Shift', '', 'D.O.B.'])('agrees with classifyHeader for %j, with and without a scan memo', (h) => {
    const ctx = detectContext('x');
    expect(headerClass(ctx, h)).toEqual(classifyHeader(h));
    // Asked again in the same scan: the same answer, from the scan's memo.
    expect(headerClass(ctx, h)).toBe(headerClass(ctx, h));
    expect(headerClass({ explain: false, tableCells: () => [] }, h)).toEqual(classifyHeader(h));
  });
});
