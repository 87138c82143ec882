import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellColumnIs, classifyHeader, foldHeader, foldUnicodeHeader } from '../../src/core/headers.js';

describe('foldHeader', () => {
  it.each([
    [' Pay_No. ', 'pay no'],
    ['collarNumber', 'collar number'],
    ['NHSNumber', 'nhs number'],
    ['Rank/Grade', 'rank grade'],
    ['LAST-NAME', 'last name'],
  ])('%j → %j', (h, folded) => {
    expect(foldHeader(h)).toBe(folded);
  });

  // The definition, as regular expressions: the one-pass fold of ASCII headers must agree with it exactly.
  const reference = foldUnicodeHeader;

  it('agrees with its definition on random ASCII headers', () => {
    const unit = fc.constantFrom('a', 'b', 'Z', 'A', 'B', 'c', '1', ' ', '\t', '\n', '_', '-', '.', '/', '#', ':', '(', ')', '[', ']', '&', ',', "'", 'No', 'PC', 'Id');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 24 }), (parts) => {
        const h = parts.join('');
        expect(foldHeader(h)).toBe(reference(h));
      }),
      { numRuns: 5000, seed: 11 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 30 }), (h) => {
        expect(foldHeader(h)).toBe(reference(h));
      }),
      { numRuns: 5000, seed: 12 },
    );
  });

  it.each(['Nachname', 'ÉtatCivil', 'NuméroDeMatricule', 'Ünit', ' Pay\u00a0No '])('non-ASCII headers fold as defined: %j', (h) => {
    expect(foldHeader(h)).toBe(reference(h));
  });
});

describe('classifyHeader', () => {
  it.each([
    ['Surname', 'PERSON', 'surname'],
    ['firstName', 'PERSON', 'given'],
    ['Initials', 'PERSON', 'initials'],
    ['Last modified by', 'PERSON', 'full'],
    ['Rank/Grade', 'POLICE_RANK', undefined],
    ['Pay No', 'PAY_NUMBER', undefined],
    ['collarNumber', 'OFFICER_ID', undefined],
    ['Station', 'LOCATION', undefined],
    ['Department', 'DEPARTMENT', undefined],
    ['Vetting', 'VETTING_LEVEL', undefined],
    ['DoB', 'DATE_OF_BIRTH', undefined],
    ['Print name', 'PERSON', 'full'],
    ["Officer's name", 'PERSON', 'full'],
    ['Attendee', 'PERSON', 'full'],
  ])('%s → %s', (h, type, role) => {
    const c = classifyHeader(h);
    expect(c?.type).toBe(type);
    expect(c?.role).toBe(role);
  });

  it.each(['Headcount', 'Shift', '', 'x'.repeat(50)])('%j says nothing', (h) => {
    expect(classifyHeader(h)).toBeUndefined();
  });
});

describe('cellColumnIs', () => {
  it.each([
    [{ header: 'Pay No' }, 'PAY_NUMBER', true],
    [{ header: 'Pay No' }, 'OFFICER_ID', false],
    [{ header: 'Shift' }, 'PAY_NUMBER', false],
    [{ header: 'Shift', columnType: 'PAY_NUMBER' }, 'PAY_NUMBER', true],
    [{ header: 'Pay No', columnType: 'PERSON' }, 'PAY_NUMBER', false],
    [undefined, 'PAY_NUMBER', false],
  ] as const)('%j is %s: %s', (cell, type, expected) => {
    expect(cellColumnIs(cell, type)).toBe(expected);
  });
});
