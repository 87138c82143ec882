import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/core/pipeline.js';
import { vettingLevel } from '../../src/detectors/vettingLevel.js';

const pipe = createPipeline({ detectors: [vettingLevel()] });
const levels = (text: string, cell?: { header: string }) => pipe.scan(text, cell === undefined ? {} : { cell }).map((f) => f.text);

describe('vettingLevel', () => {
  it.each([
    ['Vetting: NPPV3', ['NPPV3']],
    ['holds NPPV 2', ['NPPV 2']],
    ['Vetting for the role is NPPV Level 2 (Full).', ['NPPV Level 2 (Full)']],
    ['cleared to NPPV2 (Abbreviated) only', ['NPPV2 (Abbreviated)']],
    ['NPPV2/abbreviated', ['NPPV2/abbreviated']],
    ['NPPV2A and NPPV-3 and NPPV L1', ['NPPV2A', 'NPPV-3', 'NPPV L1']],
    ['Non-Police Personnel Vetting Level 3', ['Non-Police Personnel Vetting Level 3']],
    ['She is SC cleared.', ['SC']],
    ['DV clearance is required', ['DV']],
    ['Vetting level: MV', ['MV']],
    ['He holds RV and CTC.', ['RV', 'CTC']],
    ['BPSS check completed', ['BPSS']],
    ['upgraded to eDV vetting', ['eDV']],
    ['Management Vetting was renewed', ['Management Vetting']],
  ])('finds the level in %j', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });

  it.each([
    'The supplier is registered in Charleston, SC.',
    'The outage was caused by an SC fault (short circuit) in the server room.',
    'The unit handles DV cases and MARAC referrals.',
    'DV victims were supported.',
    'The charity number is SC012345.',
    'Vetting levels and pay numbers are not held centrally.',
    'The AC was broken in the custody suite.',
    'A security check of the building was done.',
  ])('reports nothing in %j', (text) => {
    expect(levels(text)).toEqual([]);
  });

  it('takes short forms in vetting columns', () => {
    const csv = 'employee_name,rank,pay_number,vetting_level\nWei Zhang,Ch Supt,0734264,SC\nA B,DC,0734265,DV\n';
    expect(levels(csv)).toEqual(['SC', 'DV']);
  });

  it.each([
    ['SC', 'Vetting'],
    ['DV', 'Vetting level'],
    ['NPPV3', 'Clearance'],
    ['MV', 'vetting_status'],
  ])('labels the single cell %j under %j', (value, header) => {
    expect(levels(value, { header })).toEqual([value]);
  });
});

describe('vettingLevel: short forms in vetting correspondence', () => {
  it.each([
    ['Current level: RV (recruitment vetting) – valid to 01/2030', ['RV']],
    ['Current clearance: MV / eSC. Vetting officer: R. Carstairs', ['MV', 'eSC']],
    ['Your Counter Terrorist Check (CTC) renewal is due.', ['Counter Terrorist Check', 'CTC']],
    ['DC Shreya Raghavan – SC (expires 11/2027)', ['SC']],
    ['SC granted on 3 March; DV upgrade requested.', ['SC', 'DV']],
  ])('%s', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });
  it.each(['The DC current was measured at 12 V.', 'The MARAC heard the DV case (expires next week).', 'Charleston, SC.'])('not in %s', (text) => {
    expect(levels(text)).toEqual([]);
  });
});
