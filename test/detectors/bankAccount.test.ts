import { describe, expect, it } from 'vitest';
import { detectContext } from '../../src/core/detector.js';
import { bankAccount } from '../../src/detectors/bankAccount.js';

const texts = (text: string) => bankAccount().detect(text, detectContext(text)).filter((f) => f.score >= 0.5).map((f) => f.text);

describe('bankAccount', () => {
  it.each([
    ['Sort code 12-34-56, account 12345678', ['12-34-56', '12345678']],
    ['paid into 12-34-56 87654321', ['12-34-56', '87654321']],
    ['account 87654321 sort code 12 34 56', ['12 34 56', '87654321']],
    ['Sort code: 40-11-62', ['40-11-62']],
    ['Account number: 87654321', ['87654321']],
    ['a/c no. 87654321', ['87654321']],
  ])('finds %s', (text, expected) => {
    expect(texts(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['a date with hyphens', 'on 12-03-56 he left'],
    ['an eight-digit number alone', 'pay no 12345678'],
    ['a sort-code shape on a different line from the account', '12-34-56\naccount'],
    ['a longer hyphenated number', '12-34-56-78 87654321'],
    ['nine digits', 'account 123456789'],
    ['the digit pairs of an NI number near an account number', 'NI No: RE 28 16 39 A 12345678'],
  ])('ignores %s', (_name, text) => {
    expect(texts(text)).toEqual([]);
  });
});
