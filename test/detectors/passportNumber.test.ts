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
