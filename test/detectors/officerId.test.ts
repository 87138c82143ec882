import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/core/pipeline.js';
import { officerId } from '../../src/detectors/officerId.js';

const pipe = createPipeline({ detectors: [officerId()] });
const ids = (text: string, cell?: { header: string }) => pipe.scan(text, cell === undefined ? {} : { cell }).map((f) => f.text);

describe('officerId', () => {
  it.each([
    ['PC 4521 attended', ['4521']],
    ['Arresting officer: Insp 11669 Novák', ['11669']],
    ['Arresting officer: Cmdr 6782BS Fletcher', ['6782BS']],
    ['Custody sergeant: PS 834', ['834']],
    ['Sgt 12 was on the cordon', ['12']],
    ['PC 4190MPS and PC AB123', ['4190MPS', 'AB123']],
    ['City of London: PC 123CP', ['123CP']],
    ['Collar number: 580RA', ['580RA']],
    ['Collar 656CG', ['656CG']],
    ['her warrant no. 198765 was checked', ['198765']],
    ['shoulder number 123AB', ['123AB']],
    ['Service number: 54321', ['54321']],
    ['force number is 7788', ['7788']],
    ['- PC Emma Rose (5216)\n- Insp A. Okafor (2290SE)', ['5216', '2290SE']],
    ['- PC Liu Min-jun (93931)', ['93931']],
    ['OIC: PCSO Z. Ionescu 4979, Chelmsford Police Station.', ['4979']],
  ])('finds the officer number in %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each([
    'Custody record AJ/11591/20',
    'Please quote reference CAD 0030 of 20/10/2021.',
    'Our ref 01/FOI/24/034567',
    'Over 574,009 calls were received last year.',
    'See page 8 of 18.',
    'The total cost was £5,000.',
    'Crime reference 0164273/21 has been filed.',
    'The hearing was adjourned to 21 June 2022.',
    'A search warrant was executed at 0600.',
    'Names of officers below the rank of superintendent are withheld.',
    'DCI Smith (2019) said',
    'PC 12/03 rota',
  ])('reports nothing in %j', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('takes values under officer-number columns only', () => {
    const table = '| Collar | Rank | Name | Callsign |\n|---|---|---|---|\n| 52310 | PC | Luca de Vries | CT13 |\n| 1480BS | D/Sgt | Dvořák | DJ85 |\n';
    expect(ids(table)).toEqual(['52310', '1480BS']);
    expect(ids('Name\tWarrant No\tRank\nWHITLOCK Daniel\t200352\tDet Supt\n')).toEqual(['200352']);
  });

  it.each([
    ['123456', 'Warrant No'],
    ['580RA', 'Collar'],
    ['4521', 'Shoulder number'],
  ])('labels the single cell %j under %j', (value, header) => {
    expect(ids(value, { header })).toEqual([value]);
  });

  it('ignores a bare number without evidence, even in a cell of another column', () => {
    expect(ids('123456')).toEqual([]);
    expect(ids('123456', { header: 'Headcount' })).toEqual([]);
  });
});

describe('officerId on fused forms', () => {
  it('splits a rank fused with its number', () => {
    expect(ids('Statement taken by PC4521 at 10:00')).toEqual(['4521']);
    expect(ids('PS812 and PCSO7012')).toEqual(['812', '7012']);
  });
  it('leaves callsigns and codes alone', () => {
    expect(ids('Callsign PS94/12 assigned')).toEqual([]);
    expect(ids('| 33186 | DC | Sandhu | PS94 | Observer |')).toEqual([]);
  });
});

describe('officerId: a warrant number straight after `warrant`', () => {
  it('takes `warrant 276104`, not a court warrant', () => {
    expect(ids('The card belongs to DC Kang, warrant 276104, Sutton CID.')).toEqual(['276104']);
    expect(ids('A search warrant 4521 was executed; an arrest warrant 7781 was issued.')).toEqual([]);
  });
});
