import { describe, expect, it } from 'vitest';
import { lineColumn, lineEndNear, lowerSameLength, normalizeForDetection } from '../../src/core/text.js';

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

describe('normalizeForDetection: evasion forms', () => {
  const cases: Array<[string, string, string]> = [
    ['Arabic-Indic digits', '٠٧٧٠٠ ٩٠٠١٢٣', '07700 900123'],
    ['Devanagari digits', '०७७०० ९००१२३', '07700 900123'],
    ['small commercial at', 'a\ufe6bb.uk', 'a@b.uk'],
    ['Greek and dotless look-alikes', 'pοlıce', 'police'],
    ['spaced-out national number', 'tel 0 7 7 0 0 9 0 0 1 2 3 now', 'tel 07700900123 now'],
    ['spaced-out international number', 'tel + 4 4 7 7 0 0 9 0 0 1 2 3.', 'tel +447700900123.'],
    ['spaced-out number after removed zero-width marks', '0\u200b 7 7 0 0 9 0 0 1 2 3', '07700900123'],
  ];
  it.each(cases)('folds %s', (_name, input, expected) => {
    const n = normalizeForDetection(input);
    expect(n.text).toBe(expected);
    expect(n.changed).toBe(true);
  });

  const untouched: Array<[string, string]> = [
    ['a list of small counts', 'counts 1 2 3 4 5 6 7 8 9 1 2'],
    ['ten spaced digits not starting with 0', '1 2 3 4 5 6 7 8 9 0'],
    ['too few digits', '0 7 7 0 0 9'],
    ['a spaced run that goes on into a number', '0 7 7 0 0 9 0 0 1 2 34'],
    ['a spaced run that continues one before it', '12 0 7 7 0 0 9 0 0 1 2 3'],
  ];
  it.each(untouched)('leaves %s alone', (_name, input) => {
    expect(normalizeForDetection(input).text).toBe(input);
  });

  it('maps every offset of a closed-up number back to the original digits', () => {
    const input = 'call 0 7 7 0 0 9 0 0 1 2 3';
    const n = normalizeForDetection(input);
    const at = n.text.indexOf('07700900123');
    for (let k = 0; k < 11; k++) expect(input[n.toOriginal(at + k)]).toBe(n.text[at + k]);
    expect(n.toOriginal(at + 10) + 1).toBe(input.length);
  });

  it('composes removals and closing-up in one offset map', () => {
    const input = '\u200b\u200bx 0 7 7 0 0 9 0 0 1 2 3';
    const n = normalizeForDetection(input);
    expect(n.text).toBe('x 07700900123');
    expect(n.toOriginal(0)).toBe(2);
    expect(n.toOriginal(2)).toBe(input.indexOf('0'));
    expect(n.toOriginal(12)).toBe(input.length - 1);
  });

  it('is linear on a megabyte of spaced digits', () => {
    const input = '0 '.repeat(500_000);
    const t = performance.now();
    expect(normalizeForDetection(input).changed).toBe(false);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe('lowerSameLength', () => {
  it('lower-cases without changing the length, even around İ', () => {
    expect(lowerSameLength('ABC')).toBe('abc');
    const s = 'İSTANBUL Smith';
    expect(lowerSameLength(s)).toHaveLength(s.length);
    expect(lowerSameLength(s).endsWith('smith')).toBe(true);
  });
});

describe('lineEndNear', () => {
  it.each([
    ['DOB: 1/2/1990\nnext', 5, 45, 13],
    ['DOB: 1/2/1990 next', 5, 45, 18],
    ['DOB: 1/2/1990 next', 5, 10, 10],
    ['ab\ncd', 3, 40, 5],
    ['ab\n', 2, 40, 2],
    ['ab', 2, 40, 2],
  ])('in %j from %i up to %i: %i', (text, from, limit, want) => {
    expect(lineEndNear(text, from, limit - from)).toBe(want);
    // The same as the unbounded form it replaces.
    const nl = text.indexOf('\n', from);
    expect(want).toBe(Math.min(limit, nl === -1 ? text.length : nl));
  });
});
