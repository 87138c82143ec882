import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/core/pipeline.js';
import { detectContext } from '../../src/core/detector.js';
import { policeRank } from '../../src/detectors/policeRank.js';

const pipe = createPipeline({ detectors: [policeRank()] });
const ranks = (text: string, cell?: { header: string }) => pipe.scan(text, cell === undefined ? {} : { cell }).filter((f) => f.type === 'POLICE_RANK').map((f) => f.text);

describe('policeRank', () => {
  it.each([
    ['Detective Chief Inspector Bethan ap Rhys chaired the panel.', ['Detective Chief Inspector']],
    ['Police Community Support Officer Mary-Jane Baker', ['Police Community Support Officer']],
    ['Arresting officer: Insp 11669 Novák', ['Insp']],
    ['Custody sergeant: PS 834', ['PS']],
    ['PC 4521 attended.', ['PC']],
    ['P.C. Jones and Pc Smith', ['P.C.', 'Pc']],
    ['P/C Hughes took the call', ['P/C']],
    ['DS R. Kowalczyk | MIT | Lewisham', ['DS']],
    ['D/Sgt Dvořák and Det Sgt Hale', ['D/Sgt', 'Det Sgt']],
    ['Ch Supt Babu, C/Supt Lee and Supt. Grant', ['Ch Supt', 'C/Supt', 'Supt.']],
    ['A/Insp Patel met T/DCI Walsh and A/Sgt Boyd', ['A/Insp', 'T/DCI', 'A/Sgt']],
    ['Acting Inspector Moore', ['Acting Inspector']],
    ['DAC Reid, Cmdr 6782BS Fletcher and DSU Khan', ['DAC', 'Cmdr', 'DSU']],
    ['TDC 9035 is free; SPC Haddad and SC Ahmed are not.', ['TDC', 'SPC', 'SC']],
    ['Special Constable Reid and Special Sergeant Obi', ['Special Constable', 'Special Sergeant']],
    ['DC I Dhillon of the Met', ['DC']],
    ['PC van der Berg is on leave', ['PC']],
    ['Insp. B Singh told the court', ['Insp.']],
    ['Deputy Chief Constable Amandeep Gupta and ACC Rowe', ['Deputy Chief Constable', 'ACC']],
    ["Commissioner Sir Mark Rowley", ['Commissioner']],
    ['Sgt 12 and CI Walker', ['Sgt', 'CI']],
    ['OIC: PCSO Z. Ionescu 4979', ['PCSO']],
    ['Detective Superintendent Hale and DCS Ward', ['Detective Superintendent', 'DCS']],
  ])('finds the rank in %j', (text, expected) => {
    expect(ranks(text)).toEqual(expected);
  });

  it.each([
    'PS I forgot to say',
    'PS: the pool car keys are back in the drawer.',
    'The delegation flew to Washington DC for the conference.',
    'Sponsored by SC Johnson this year.',
    'The laptop was bought from PC World.',
    'The Rt Hon Jane Doe PC MP spoke.',
    'The suspect wore a DC Comics T-shirt.',
    'Officers used CS gas.',
    'cc: the duty inspector',
    'Police and Crime Commissioner Jane Smith opened the meeting.',
    'Information Commissioner John Edwards issued a fine.',
    'the sergeant said the briefing would start at 0700',
    'A constable arrived at the scene within minutes.',
    'Officer rank and staff grades are listed in the appendix.',
    'the inspector has asked for someone from SO15',
    'The PCSO role was introduced in 2002.',
    'HMRC Inspector Davies wrote to the company.',
    'We watched Inspector Morse last night.',
    'The confidence interval (CI) was 95%.',
    'The supplier is registered in Charleston, SC. Detectives attended.',
    'Will the chief constable attend the panel?',
    'Staff Sergeant Miller of the US Army',
    'Wing Commander Hale flew the jet.',
  ])('reports nothing in %j', (text) => {
    expect(ranks(text)).toEqual([]);
  });

  it('labels rank cells of a staff list and a Rank: line, but not a headcount table', () => {
    const roster = 'Surname,Initials,Rank,Location\nWhitlock,M,Detective Sergeant,Kirkcaldy\nKhoury,YP,PCSO,Leith\n';
    expect(ranks(roster)).toEqual(['Detective Sergeant', 'PCSO']);
    expect(ranks('Name: Dmitri Popescu\nRank: Police Sergeant\n')).toEqual(['Police Sergeant']);
    expect(ranks('Rank,Headcount\nConstable,120\nSergeant,30\n')).toEqual([]);
  });

  it('does not take an upper-case surname in a name column for a rank', () => {
    expect(ranks('Name\tWarrant No\tRank\nCONSTABLE James\t292876\tCh Insp\n')).toEqual(['Ch Insp']);
  });

  it.each([
    ['DS', 'Rank'],
    ['Detective Sergeant', 'Rank'],
    ['Constable', 'Rank/Grade'],
    ['PCSO', 'rank'],
    ['T/DCI', 'Rank'],
  ])('labels the single cell %j under %j', (value, header) => {
    expect(ranks(value, { header })).toEqual([value]);
  });

  it('does not label a single cell that is not under a rank header', () => {
    expect(ranks('DS', { header: 'Notes' })).toEqual([]);
    expect(ranks('hello', { header: 'Rank' })).toEqual([]);
  });

  it('scores a rank with a number above one with a name for ambiguous forms', () => {
    const d = policeRank();
    const t = 'PS 834 and PS Okafor';
    const f = d.detect(t, detectContext(t));
    expect(f.map((x) => x.score)).toEqual([0.9, 0.8]);
  });
});

describe('policeRank on fused forms and titles', () => {
  it('finds the rank part of PC4521', () => {
    expect(ranks('Statement taken by PC4521 at 10:00')).toEqual(['PC']);
  });
  it('does not take award or scheme names for a person', () => {
    expect(ranks('The Chief Constable Award was presented.')).toEqual([]);
  });
});

describe('policeRank in signatures and appositions', () => {
  it('takes a rank that fills a signature segment', () => {
    expect(ranks('Sarah Evans | Detective Inspector | Public Protection Unit')).toEqual(['Detective Inspector']);
  });
  it('takes a rank before an apposed titled name', () => {
    expect(ranks('The Chief Constable, Sir Andy Marsh, said the force had changed.')).toEqual(['Chief Constable']);
  });
  it('does not take ranks of a pipe headcount table', () => {
    expect(ranks('| Rank | Headcount |\n|---|---|\n| Sergeant | 30 |\n| Inspector | 12 |\n')).toEqual([]);
  });
  it.each([
    ['Amara Okafor, Detective Inspector, said the case was closed.', ['Detective Inspector']],
    ['John Smith, Chief Constable of Kent Police, said', ['Chief Constable']],
    ['Leanne Fitzgerald-Obi, Custody Sergeant at Bootle Street', ['Custody Sergeant']],
    ['J. Smith (Inspector) and K. Jones (Sergeant) attended.', ['Inspector', 'Sergeant']],
    ['The report was signed by Priya Nair, Superintendent.', ['Superintendent']],
    ['Wojcik, A/Insp, was on leave.', ['A/Insp']],
  ])('takes a rank in apposition after a name: %s', (text, expected) => {
    expect(ranks(text)).toEqual(expected);
  });
  it.each([
    'The office in Washington, DC, was closed.',
    'In Leeds, Inspector numbers fell.',
    'Constables, Sergeants and Inspectors are eligible.',
    'Pay scales: Constable, Sergeant, Inspector.',
    'He joined as a probationer (Constable) in 2001.',
    'Holders of the Grade (Sergeant) may apply.',
    'Whitby, HMRC Inspector of Taxes.',
    'Charleston, SC, is in the south.',
  ])('does not take a generic rank for one in apposition: %s', (text) => {
    expect(ranks(text)).toEqual([]);
  });
  it.each([
    ['Yours sincerely,\nJane Doe\nDetective Inspector\nMajor Investigation Team\n', ['Detective Inspector']],
    ['Kind regards\n\nTomasz Wiśniewski\nPolice Sergeant\n', ['Police Sergeant']],
    ['Thanks,\r\nA. N. Other-Smith\r\nChief Superintendent\r\n', ['Chief Superintendent']],
  ])('takes a rank alone on its line under a signed name: %j', (text, expected) => {
    expect(ranks(text)).toEqual(expected);
  });
  it.each([
    'Holiday Entitlement\nSergeant\n25 days',
    'Jane Doe\nInspector',
    'Regards,\nPay Scales\nSergeant\n',
    'Regards,\nJane Doe, HR\nInspector\n',
    'Regards,\n\n\nJane Doe\nInspector\n',
  ])('does not take a rank alone on its line without a signed name above it: %j', (text) => {
    expect(ranks(text)).toEqual([]);
  });
});

describe('policeRank before surnames that are ordinary words', () => {
  it.each([
    ['PC May and DC March attended', ['PC', 'DC']],
    ['Sgt Young and DS Rose', ['Sgt', 'DS']],
  ])('finds the ranks in %j', (text, expected) => {
    expect(ranks(text)).toEqual(expected);
  });
});

describe('policeRank on C.S. Lewis', () => {
  it('reports nothing', () => {
    expect(ranks('CS Lewis wrote books.')).toEqual([]);
  });
});

describe('policeRank: counts by rank are not officers', () => {
  it.each([
    'Table 3: headcount by rank. Constable 1827, Sergeant 145, Inspector 23.',
    'Total officers: Constable 455; Sergeant 106',
    'Figures for March: Constable 389, Sergeant 263 and Chief Inspector 9.',
  ])('%s gives no rank and no officer id', async (text) => {
    const { officerId } = await import('../../src/detectors/officerId.js');
    const { createPipeline } = await import('../../src/core/pipeline.js');
    const found = createPipeline({ detectors: [policeRank(), officerId()] }).scan(text);
    expect(found).toEqual([]);
  });
  it.each([
    ['PC 4521, PS 834 and DC 1209 attended.', ['4521', '834', '1209']],
    ['Constable 4521 attended the scene.', ['4521']],
  ])('%s still gives the officers', async (text, ids) => {
    const { officerId } = await import('../../src/detectors/officerId.js');
    const { createPipeline } = await import('../../src/core/pipeline.js');
    const found = createPipeline({ detectors: [policeRank(), officerId()] }).scan(text);
    expect(found.filter((f) => f.type === 'OFFICER_ID').map((f) => f.text)).toEqual(ids);
  });
});

describe('policeRank: plural, Welsh and staff-role forms, possessive and parenthesised names', () => {
  it.each([
    ['They are Sergeant Delroy Hylton, Constables Aoife Duggan and Imtiaz Mirza.', ['Sergeant', 'Constables']],
    ['Ditectif Gwnstabl Lowri Gruffydd (Detective Constable)', ['Ditectif Gwnstabl', 'Detective Constable']],
    ['Mae Arolygydd Siân Bowen wedi ei phenodi; hi yn olynu Prif Arolygydd Dafydd Tudur.', ['Arolygydd', 'Prif Arolygydd']],
    ['cysylltwch â Rhingyll Gwenllian Prydderch', ['Rhingyll']],
    ['Submitted by Intelligence Analyst Maryam Siddiqui.', ['Intelligence Analyst']],
    ['Call Handler Hamza Rafiq took the call.', ['Call Handler']],
    ['Her inspector, Hamish Cruickshank, said she was brave.', ['inspector']],
    ["Luo's inspector, Gary Thwaite, said", ['inspector']],
    ['The ACC (Hywel Bevan) wants the figures.', ['ACC']],
  ])('%s', (text, expected) => {
    expect(ranks(text)).toEqual(expected);
  });
  it.each([
    'Constables, sergeants and inspectors are all eligible.',
    'The inspector said nothing.',
    'Her inspector was on leave.',
    'the sergeant, who was on duty, said',
    'Chief Constable 1 | Deputy Chief Constable 1 | Assistant Chief Constable 3 | Sergeant 498',
    'The DC (Washington) office.',
  ])('no rank in %s', (text) => {
    expect(ranks(text)).toEqual([]);
  });
});

describe('policeRank: abbreviations in parentheses after a name, ex- ranks, headcount rows', () => {
  it.each([
    ['To: Dąbrowski, Marek (DS); Balogun, Tunde (DC)', ['DS', 'DC']],
    ['Ex-DS Ahmad Jaber, now 66, writes a column.', ['DS']],
    ['Sarah Evans | Detective Inspector | Public Protection Unit', ['Detective Inspector']],
  ])('%s', (text, expected) => {
    expect(ranks(text)).toEqual(expected);
  });
  it.each([
    'Rank | Count | %\nConstable | 5,802 | 74.1\nSergeant | 1,104 | 14.1',
    'Offices in Columbia (SC) and Charleston (SC).',
  ])('no rank in %s', (text) => {
    expect(ranks(text)).toEqual([]);
  });
});
