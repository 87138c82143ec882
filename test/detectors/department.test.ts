import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/core/pipeline.js';
import { department } from '../../src/detectors/department.js';

const pipe = createPipeline({ detectors: [department()] });
const depts = (text: string, cell?: { header: string }) => pipe.scan(text, cell === undefined ? {} : { cell }).map((f) => f.text);

describe('department', () => {
  it.each([
    ['attached to the Territorial Support Group', ['Territorial Support Group']],
    ['referred to Professional Standards', ['Professional Standards']],
    ['Counter Terrorism Command (SO15)', ['Counter Terrorism Command', 'SO15']],
    ['joined CID in 2007', ['CID']],
    ['Special Branch and the Roads Policing Unit', ['Special Branch', 'Roads Policing Unit']],
    ['the Child Abuse Investigation Team at Lewisham', ['Child Abuse Investigation Team']],
    ['Economic Crime Unit, Custody Services and the Criminal Justice Department', ['Economic Crime Unit', 'Custody Services', 'Criminal Justice Department']],
    ['posted to the Cyber Fraud Squad', ['Cyber Fraud Squad']],
    ['the Harbour Patrol Unit', ['Harbour Patrol Unit']],
    ['the Directorate of Professional Standards', ['Directorate of Professional Standards']],
    ['DS 1234 R. Kowalczyk | MIT | Lewisham', ['MIT']],
    ['Team 5 earlies\tLowestoft\tPublic Protection Unit', ['Public Protection Unit']],
    ['the SCO19 firearms officers', ['SCO19']],
  ])('finds the department in %j', (text, expected) => {
    expect(depts(text)).toEqual(expected);
  });

  it.each([
    'The Team will meet on Friday.',
    'Our Unit is small.',
    'She studied at MIT in Boston.',
    'The response was sent in time.',
    'Please contact the team.',
    'A working group met.',
    'Custody record AJ/11591/20',
  ])('reports nothing in %j', (text) => {
    expect(depts(text)).toEqual([]);
  });

  it('takes values of department columns, one per cell', () => {
    const csv = 'Surname,Initials,Rank,Department\nWhitlock,M,DS,Response\nBartley,T,DC,Dog Support Unit\n';
    expect(depts(csv)).toEqual(['Response', 'Dog Support Unit']);
  });

  it('labels a single cell under a department header', () => {
    expect(depts('Neighbourhood Policing Team', { header: 'Team' })).toEqual(['Neighbourhood Policing Team']);
    expect(depts('Response', { header: 'Department' })).toEqual(['Response']);
    expect(depts('12', { header: 'Department' })).toEqual([]);
  });
});

describe('department extends curated names into a head word', () => {
  it('keeps the head word', () => {
    expect(depts('Please send the file to the Legal Services Department.')).toEqual(['Legal Services Department']);
  });
});

describe('department names that are laws or bodies', () => {
  it.each(['the Criminal Justice Act 2003', 'on the Child Protection Register', 'the Organised Crime Agency'])('reports nothing in %j', (text) => {
    expect(depts(text)).toEqual([]);
  });
  it('still finds the unit', () => {
    expect(depts('She moved to Criminal Justice last year and then to Covert Policing.')).toEqual(['Criminal Justice', 'Covert Policing']);
  });
});

describe('department: unit words where a unit is written', () => {
  const units = (text: string) => createPipeline({ detectors: [department()] }).scan(text).map((f) => f.text);
  it.each([
    ['DC 612CP Beatriz Andrade Lopes\nFraud Operations, City of London Police', ['Fraud Operations']],
    ['Tess Harrington\nLearning & Development, Thames Valley Police', ['Learning & Development']],
    ['Insp Marlon Beckford (Neighbourhoods); Ms Kamau (Intelligence)', ['Neighbourhoods', 'Intelligence']],
    ['formerly of Response, Lisburn, was found', ['Response']],
    ['Sergeant Hylton, Custody, Southampton Central', ['Custody']],
    ['(Devon and Cornwall Police, Exeter Response)', ['Response']],
    ['PCSO 7719 Sharmila Patel, Handsworth NPT', ['NPT']],
    ['the Dundee Road Policing Unit', ['Road Policing Unit']],
    ['Kent Police Vetting Unit', ['Vetting Unit']],
  ])('%s', (text, expected) => {
    expect(units(text)).toEqual(expected);
  });
  it.each([
    'Joanne Seddon\nForce Vetting Manager, Derbyshire Constabulary',
    'Aisling\nHR Business Partner, Staffordshire Police',
    'Tess Harrington, Thames Valley Police',
    'Figures exclude the Special Constabulary.',
    'We met Sarah Jones (Chair) and Tom Reed (Secretary).',
  ])('no unit in %s', (text) => {
    expect(units(text)).toEqual([]);
  });
});

describe('department: inner words and officer lines', () => {
  const units = (text: string) => createPipeline({ detectors: [department()] }).scan(text).map((f) => f.text);
  it.each([
    ['reviewed by Inspector Yetunde Balogun of the Public Contact Command.', ['Public Contact Command']],
    ['Reviewed: DS Clive Bogle, MASH\n', ['MASH']],
  ])('%s', (text, expected) => {
    expect(units(text)).toEqual(expected);
  });
  it.each(['Please Contact Command for details.', 'Officer: Inspector Harpreet Venkataraman, Suffolk Constabulary\n'])('no unit in %j', (text) => {
    expect(units(text)).toEqual([]);
  });
});

describe('department: shift letters, regions, Welsh units, more acronyms and heads', () => {
  it.each([
    ['Yuki joins Response Team B at Cowley on 2 June.', ['Response Team B']],
    ['Before you can start at Counter Terrorism Policing North East you need SC.', ['Counter Terrorism Policing North East']],
    ['Uned Rhyddid Gwybodaeth / Freedom of Information Unit', ['Uned Rhyddid Gwybodaeth', 'Freedom of Information Unit']],
    ['Cysylltwch â Tîm Datgelu.', ['Tîm Datgelu']],
    ['Can someone from the Economic Crime Academy cover my slot?', ['Economic Crime Academy']],
  ])('%s', (text, expected) => {
    expect(depts(text)).toEqual(expected);
  });
  it.each(['The Response Team A4 form.', 'Our team A lot of work.'])('no shift tail in %s', (text) => {
    expect(depts(text).some((u) => /\bA4?$/u.test(u))).toBe(false);
  });
});
