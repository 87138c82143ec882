import { describe, expect, it } from 'vitest';
import { detectContext } from '../../src/core/detector.js';
import { ukPostcode } from '../../src/detectors/ukPostcode.js';

const texts = (text: string) => ukPostcode().detect(text, detectContext(text)).filter((f) => f.score >= 0.5).map((f) => f.text);

describe('ukPostcode', () => {
  it.each([
    ['A9 9AA', 'London M1 1AE.', 'M1 1AE'],
    ['A99 9AA', 'at B33 8TH', 'B33 8TH'],
    ['A9A 9AA', 'W1A 0AX', 'W1A 0AX'],
    ['AA9 9AA', 'CR2 6XH', 'CR2 6XH'],
    ['AA99 9AA', 'DN55 1PT', 'DN55 1PT'],
    ['AA9A 9AA', 'SW1A 2AA', 'SW1A 2AA'],
    ['AA9A with N fourth', 'EC1N 2TD', 'EC1N 2TD'],
    ['no space', 'SW1A2AA', 'SW1A2AA'],
    ['Girobank', 'GIR 0AA', 'GIR 0AA'],
    ['BFPO', 'BFPO 801', 'BFPO 801'],
    ['Northern Ireland', 'Belfast BT1 1RA', 'BT1 1RA'],
    ['lower case with address context', 'address: 1 high st, sw1a 2aa', 'sw1a 2aa'],
    ['outward code after postcode', 'postcode district SW1A only', 'SW1A'],
  ])('finds %s', (_name, text, expected) => {
    expect(texts(text)).toEqual([expected]);
  });

  it.each([
    ['Q first', 'QA1 1AA'],
    ['V first', 'V1 1AA'],
    ['X first', 'XA1 1AA'],
    ['I second', 'AI1 1AA'],
    ['J second', 'AJ1 1AA'],
    ['Z second', 'AZ1 1AA'],
    ['third-position letter not allowed (I)', 'A1I 1AA'],
    ['third-position letter not allowed (L)', 'W1L 0AX'],
    ['fourth-position letter not allowed (C)', 'SW1C 2AA'],
    ['inward C', 'SW1A 2CA'],
    ['inward I', 'SW1A 2AI'],
    ['inward K', 'SW1A 2KA'],
    ['inward M', 'SW1A 2AM'],
    ['inward O', 'SW1A 2OA'],
    ['inward V', 'SW1A 2VA'],
    ['mixed case', 'page B4 1st'],
    ['inside a longer token', 'XSW1A 2AAB'],
    ['glued to digits', '1SW1A2AA'],
    ['a vehicle registration', 'AB12 CDE'],
    ['an outward code alone without context', 'officers from SO15 and M1'],
    ['lower case without context', 'the m1 1ae'],
  ])('ignores %s', (_name, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('uses a Postcode column for outward codes', () => {
    expect(texts('Name,Postcode\nJo Bloggs,SW1A\n')).toEqual(['SW1A']);
  });
});
