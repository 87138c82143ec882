import { describe, expect, it } from 'vitest';
import { detectContext } from '../../src/core/detector.js';
import { isValidNiNumber, niNumber } from '../../src/detectors/niNumber.js';

const texts = (text: string) => niNumber().detect(text, detectContext(text)).filter((f) => f.score >= 0.5).map((f) => f.text);

describe('isValidNiNumber', () => {
  it.each([
    ['JK123456C', true],
    ['JK 12 34 56 C', true],
    ['AB123456D', true],
    ['OA123456A', true], // O is allowed first
    ['JK123456', true], // suffix absent
    ['QQ123456C', false], // HMRC specimen: Q never used
    ['DA123456A', false], // D first
    ['AD123456C', false], // D second
    ['FA123456A', false],
    ['AF123456A', false],
    ['IA123456A', false],
    ['AI123456A', false],
    ['UA123456A', false],
    ['AU123456A', false],
    ['VA123456A', false],
    ['AV123456A', false],
    ['AO123456A', false], // O second
    ['BG123456A', false], // unallocated prefixes
    ['GB123456A', false],
    ['KN123456A', false],
    ['NK123456A', false],
    ['NT123456A', false],
    ['TN123456A', false],
    ['ZZ123456A', false],
    ['JK123456E', false], // suffix beyond D
    ['JK12345C', false],
  ])('%s → %s', (v, expected) => {
    expect(isValidNiNumber(v)).toBe(expected);
  });
});

describe('niNumber', () => {
  it.each([
    ['NI No: JK 12 34 56 C', 'JK 12 34 56 C'],
    ['Her number is JK123456C.', 'JK123456C'],
    ['NINO JK 123456 C', 'JK 123456 C'],
    ['National Insurance number JK123456', 'JK123456'],
    ['NI: jk123456c', 'jk123456c'],
  ])('finds %s', (text, expected) => {
    expect(texts(text)).toEqual([expected]);
  });

  it.each([
    ['the HMRC specimen', 'NI No: QQ 12 34 56 C'],
    ['a D second letter', 'NI No: AD121781C'],
    ['an unallocated prefix', 'NINO: GB 12 34 56 A'],
    ['no suffix and no context', 'product JK123456 shipped'],
    ['lower case without context', 'code jk123456c'],
    ['inside a longer token', 'XJK123456C'],
    ['followed by more characters', 'JK123456CD'],
    ['a suffix beyond D', 'NI No: JK123456E'],
  ])('ignores %s', (_name, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('uses a column header as context for a number without suffix', () => {
    expect(texts('Name,NI Number\nJo Bloggs,JK123456\n')).toEqual(['JK123456']);
  });
});
