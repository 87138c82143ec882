import { describe, expect, it } from 'vitest';
import { detectContext } from '../../src/core/detector.js';
import { nhsCheckDigitValid, nhsNumber } from '../../src/detectors/nhsNumber.js';

const run = (text: string) => nhsNumber().detect(text, detectContext(text, { explain: true })).filter((f) => f.score >= 0.5);
const texts = (text: string) => run(text).map((f) => f.text);

describe('nhsCheckDigitValid', () => {
  it.each([
    ['9434765919', true],
    ['4010232137', true],
    ['4857773457', true],
    ['6400000003', true],
    ['0123456789', true],
    ['9434765918', false], // wrong check digit
    ['4010232138', false],
    ['1234567890', false], // check digit would be 10: never valid
    ['9990000000', false], // check digit would be 10
    ['943476591', false], // nine digits
    ['94347659190', false],
    ['94347a5919', false],
  ])('%s → %s', (digits, expected) => {
    expect(nhsCheckDigitValid(digits)).toBe(expected);
  });
});

describe('nhsNumber', () => {
  it.each([
    ['NHS number: 943 476 5919', '943 476 5919'],
    ['NHS No 943-476-5919.', '943-476-5919'],
    ['NHS: 9434765919', '9434765919'],
    ['CHI number 0123456789', '0123456789'],
    ['patient ref 401 023 2137 seen by GP', '401 023 2137'],
  ])('finds %s', (text, expected) => {
    expect(texts(text)).toEqual([expected]);
  });

  it.each([
    ['a bad check digit', 'NHS number: 943 476 5918'],
    ['a check digit of 10', 'NHS number: 123 456 7890'],
    ['mixed separators', 'NHS number: 943 476-5919'],
    ['an unbroken number without context', 'ref 9434765919'],
    ['a leading-zero number without context (phone shape)', 'call 012 345 6789'],
    ['a phone-labelled 3-3-4 number', 'Tel: 401 023 2137'],
    ['a longer number', '12 943 476 5919'],
    ['a number continuing after', '943 476 5919 12'],
    ['inside a token', 'X9434765919'],
    ['a price', '£943,476,5919'],
  ])('ignores %s', (_name, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('raises the score with NHS context and flags the 999 test range', () => {
    expect(run('ref 943 476 5919')[0]?.score).toBeLessThan(1);
    expect(run('NHS 943 476 5919')[0]?.score).toBe(1);
    const [t] = run('NHS number 999 000 0018');
    expect(t?.evidence?.details).toMatchObject({ testRange: true });
    expect(t?.evidence?.reasons).toContain('range:test-999');
  });

  it('uses an NHS column header as context', () => {
    const text = 'Name,NHS No\nJo Bloggs,9434765919\n';
    expect(texts(text)).toEqual(['9434765919']);
  });
});
