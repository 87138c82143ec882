import { describe, expect, it } from 'vitest';
import { detectContext } from '../../src/core/detector.js';
import { drivingLicence, isValidDrivingLicence } from '../../src/detectors/drivingLicence.js';

const texts = (text: string) => drivingLicence().detect(text, detectContext(text)).filter((f) => f.score >= 0.5).map((f) => f.text);

describe('isValidDrivingLicence', () => {
  it.each([
    ['MORGA753116SM9IJ', true],
    ['JONES861215AB9CD', true],
    ['SMITH962301J99XY', true], // female (month 12 + 50), single initial padded with 9
    ['LI999805125AB9CD', true], // short surname padded with 9
    ['MORGA713116SM9IJ', false], // month 13
    ['MORGA763116SM9IJ', false], // month 63
    ['MORGA750016SM9IJ', false], // month 00
    ['MORGA750231SM9IJ', false], // month 02, day 31
    ['MORGA753116SM8IJ', false], // 14th character not 9
    ['MO9GA753116SM9IJ', false], // letter after padding
    ['MORGA7531169M9IJ', false], // first initial padded
    ['MORGA753116SM9I', false],
  ])('%s → %s', (v, expected) => {
    expect(isValidDrivingLicence(v)).toBe(expected);
  });
});

describe('drivingLicence', () => {
  it.each([
    ['Licence MORGA753116SM9IJ 35', 'MORGA753116SM9IJ'],
    ['driving licence: JONES861215AB9CD', 'JONES861215AB9CD'],
    ['LI999805125AB9CD', 'LI999805125AB9CD'],
  ])('finds %s', (text, expected) => {
    expect(texts(text)).toEqual([expected]);
  });

  it.each([
    ['an invalid month', 'MORGA713116SM9IJ'],
    ['inside a longer token', 'XMORGA753116SM9IJ'],
    ['lower case', 'morga753116sm9ij'],
  ])('ignores %s', (_name, text) => {
    expect(texts(text)).toEqual([]);
  });
});

describe('drivingLicence on awkward input', () => {
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
    const d = drivingLicence();
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
