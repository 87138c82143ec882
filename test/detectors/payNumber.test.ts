import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/core/pipeline.js';
import { payNumber } from '../../src/detectors/payNumber.js';

const pipe = createPipeline({ detectors: [payNumber()] });
const pays = (text: string, cell?: { header: string }) => pipe.scan(text, cell === undefined ? {} : { cell }).map((f) => f.text);

describe('payNumber', () => {
  it.each([
    ['Pay No: 2112742', ['2112742']],
    ['pay no. 0912345', ['0912345']],
    ['Staff number: E104877', ['E104877']],
    ['payroll number 62051958', ['62051958']],
    ['Payroll: 7654321', ['7654321']],
    ['Employee ID 1234567', ['1234567']],
    ['personnel no 55512', ['55512']],
    ['HR number: S450642', ['S450642']],
    ['her pay number is M729102.', ['M729102']],
  ])('finds the pay number in %j', (text, expected) => {
    expect(pays(text)).toEqual(expected);
  });

  it.each([
    'Vetting levels and pay numbers are not held centrally.',
    'Pay No: 12/345',
    'Over 574,009 calls were received last year.',
    'Collar number: 580RA',
    'staff numbers rose by 12000 last year',
    'Crime reference 0164273/21 has been filed.',
  ])('reports nothing in %j', (text) => {
    expect(pays(text)).toEqual([]);
  });

  it('takes values under pay-number columns', () => {
    const csv = 'employee_name,rank,pay_number,vetting_level\nWei Zhang,Ch Supt,0734264,SC\nYoussef Tehrani,Sgt,M729102,NPPV2\n';
    expect(pays(csv)).toEqual(['0734264', 'M729102']);
  });

  it.each([
    ['2112742', 'Pay No'],
    ['E104877', 'Staff No'],
    ['77619173', 'Payroll'],
  ])('labels the single cell %j under %j', (value, header) => {
    expect(pays(value, { header })).toEqual([value]);
  });

  it('ignores numbers in other columns', () => {
    expect(pays('2112742', { header: 'Collar' })).toEqual([]);
  });
});

describe('payNumber after a cue, in parentheses or between commas', () => {
  it.each([
    ['Please quote your payroll number (00481762) in any reply.', ['00481762']],
    ['and your staff ID, M207115, in any reply', ['M207115']],
    ['Employee no. (E104877).', ['E104877']],
  ])('%s', (text, expected) => {
    expect(pipe.scan(text).map((f) => f.text)).toEqual(expected);
  });
  it.each(['payroll number (00481762 and more', 'Staff number, rank and name are withheld.', 'staff ID, 2024 figures follow'])('not in %s', (text) => {
    expect(pipe.scan(text)).toEqual([]);
  });
});
