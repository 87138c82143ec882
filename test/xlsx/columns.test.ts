import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/core/pipeline.js';
import { email } from '../../src/detectors/email.js';
import { classifyColumn, fitsShape, looksLikeFullName, planTables } from '../../src/xlsx/columns.js';

const bare = createPipeline({ detectors: [email()] });

describe('fitsShape', () => {
  it.each([
    ['Okafor', 'PERSON', 'surname', true],
    ["O'Neill-Smith", 'PERSON', 'surname', true],
    ['van der Berg', 'PERSON', 'surname', true],
    ['L', 'PERSON', 'initials', true],
    ['J.W.', 'PERSON', 'initials', true],
    ['Vacant', 'PERSON', 'surname', false],
    ['N/A', 'PERSON', 'surname', false],
    ['12', 'PERSON', 'surname', false],
    ['4521', 'OFFICER_ID', undefined, true],
    ['4521MPS', 'OFFICER_ID', undefined, true],
    ['12', 'OFFICER_ID', undefined, false],
    ['53554512', 'PAY_NUMBER', undefined, true],
    ['1234', 'PAY_NUMBER', undefined, false],
    ['Musgrave Street', 'LOCATION', undefined, true],
    ['12345', 'LOCATION', undefined, false],
    ['14/03/1986', 'DATE_OF_BIRTH', undefined, true],
    ['31485', 'DATE_OF_BIRTH', undefined, true],
    ['14 March 1986', 'DATE_OF_BIRTH', undefined, true],
    ['999999', 'DATE_OF_BIRTH', undefined, false],
    ['unknown', 'DATE_OF_BIRTH', undefined, false],
  ] as const)('%s as %s/%s → %s', (v, type, role, ok) => {
    expect(fitsShape(v, type, role)).toBe(ok);
  });
});

describe('classifyColumn', () => {
  it('uses the header', () => {
    expect(classifyColumn('Surname', ['Okafor'], bare)).toMatchObject({ type: 'PERSON', role: 'surname' });
    expect(classifyColumn('Pay No', ['53554512'], bare)).toMatchObject({ type: 'PAY_NUMBER' });
  });
  it('uses the values when the header says nothing', () => {
    expect(classifyColumn('Misc', ['a@example.police.uk', 'b@example.police.uk', 'c@example.police.uk'], bare)).toMatchObject({ type: 'EMAIL', source: 'values' });
    expect(classifyColumn('Shift', ['Early', 'Late'], bare)).toMatchObject({ source: 'none' });
  });
});

describe('planTables', () => {
  it('finds the header below a title and splits tables at empty header cells', () => {
    const plans = planTables([['FOI response'], [], ['Rank', 'Headcount', '', 'Surname', 'Collar'], ['Constable', '10', '', 'Okafor', '4521']], bare);
    expect(plans.map((p) => [p.headerRow, p.c0, p.c1, p.personal])).toEqual([[2, 0, 1, false], [2, 3, 4, true]]);
  });
  it('handles a grid without a header', () => {
    const plans = planTables([['a@example.police.uk'], ['b@example.police.uk']], bare);
    expect(plans[0]?.headerRow).toBe(-1);
    expect(plans[0]?.columns.get(0)?.type).toBe('EMAIL');
  });
});

describe('looksLikeFullName', () => {
  it.each([
    ['Amara Okafor', true],
    ['Siobhan Ní Bhriain', true],
    ['Pieter van der Berg', true],
    ["Declan O'Driscoll", true],
    ['Information Management', false],
    ['Microsoft Office User', false],
    ['HR Admin', false],
    ['Author', false],
    ['jsmith', false],
    ['Okafor', false],
    ['Disclosure Unit', false],
  ])('%s → %s', (v, ok) => {
    expect(looksLikeFullName(v)).toBe(ok);
  });
});
