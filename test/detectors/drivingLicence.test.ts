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
