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

describe('bankAccount on awkward input', () => {
  const sample = 'DOB: 26/03/1995 NI No: JK 12 34 56 C NHS 943 476 5919 tel 07700 900123 SW1A 2AA car AB12 CDE sort code 12-34-56 12345678 passport 123456789 MORGA753116SM9IJ 192.0.2.1 ::1';
  it.each([
    ['empty', ''],
    ['emoji', '😀🚓 ' + sample + ' 👮🏽‍♀️'],
    ['CRLF', sample.replaceAll(' ', '\r\n')],
    ['lone surrogates', '\ud800' + sample + '\udc00'],
    ['1 MB', (sample + '\n').repeat(Math.ceil(1_000_000 / sample.length))],
    ['1 MB of digits and spaces', '1 2 34 567 0 '.repeat(80_000)],
    ['1 MB of capitalised words', 'Ab Cd Ef Gh AB CD '.repeat(60_000)],
  ])('keeps the offset rule on %s', (_n, text) => {
    const d = bankAccount();
    const found = d.detect(text, detectContext(text));
    for (const f of found) {
      expect(f.text).toBe(text.slice(f.start, f.end));
      expect(f.start).toBeLessThan(f.end);
      expect(f.score).toBeGreaterThanOrEqual(0);
      expect(f.score).toBeLessThanOrEqual(1);
      expect(f.detector).toBe(d.id);
      expect(d.types).toContain(f.type);
    }
    if (text === '') expect(found).toEqual([]);
  });
});
