import { describe, expect, it } from 'vitest';
import { detectContext } from '../../src/core/detector.js';
import { passportNumber } from '../../src/detectors/passportNumber.js';

const texts = (text: string) => passportNumber().detect(text, detectContext(text)).filter((f) => f.score >= 0.5).map((f) => f.text);

describe('passportNumber', () => {
  it.each([
    ['Passport no. 123456789', '123456789'],
    ['UK passport number: 987654321.', '987654321'],
    ['Name,Passport\nJo Bloggs,123456789\n', '123456789'],
  ])('finds %s', (text, expected) => {
    expect(texts(text)).toEqual([expected]);
  });

  it.each([
    ['nine digits without context', 'ref 123456789'],
    ['passport context on another line', 'passport seen\n123456789'],
    ['ten digits', 'passport 1234567890'],
    ['eight digits', 'passport 12345678'],
  ])('ignores %s', (_name, text) => {
    expect(texts(text)).toEqual([]);
  });
});

describe('passportNumber on awkward input', () => {
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
    const d = passportNumber();
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
