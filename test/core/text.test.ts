import { describe, expect, it } from 'vitest';
import { lineColumn, normalizeForDetection } from '../../src/core/text.js';

describe('normalizeForDetection', () => {
  it('leaves plain text untouched', () => {
    const n = normalizeForDetection('PC 4521 Smith');
    expect(n.changed).toBe(false);
    expect(n.text).toBe('PC 4521 Smith');
  });
  it('folds full-width digits, exotic spaces and Cyrillic look-alikes with the same length', () => {
    const input = '０７７００\u00a0900123 Аmara';
    const n = normalizeForDetection(input);
    expect(n.text).toBe('07700 900123 Amara');
    expect(n.toOriginal(6)).toBe(6);
  });
  it('removes zero-width characters and maps offsets back', () => {
    const input = 'a\u200bb\u200b\u200bc';
    const n = normalizeForDetection(input);
    expect(n.text).toBe('abc');
    expect([0, 1, 2].map((o) => n.toOriginal(o))).toEqual([0, 2, 5]);
  });
  it('is linear on many invisible characters', () => {
    const input = '\u200b'.repeat(200_000) + 'x';
    const n = normalizeForDetection(input);
    expect(n.text).toBe('x');
    expect(n.toOriginal(0)).toBe(200_000);
  });
});

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd\nef', 7)).toEqual({ line: 3, column: 2 });
    expect(lineColumn('ab', 0)).toEqual({ line: 1, column: 1 });
  });
});
