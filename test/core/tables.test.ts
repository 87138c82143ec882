import { describe, expect, it } from 'vitest';
import { cellAt, cellIndexAt, findTableCells } from '../../src/core/tables.js';
import { classifyHeader } from '../../src/core/headers.js';

describe('findTableCells', () => {
  it('maps CSV cells to their headers', () => {
    const text = 'Annex B\nSurname,Initials,Rank\nKhoury,F,Detective Constable\nWang,L,PCSO\n';
    const cells = findTableCells(text);
    const khoury = cells.find((c) => text.slice(c.start, c.end) === 'Khoury');
    expect(khoury?.header).toBe('Surname');
    expect(cells.find((c) => text.slice(c.start, c.end) === 'PCSO')?.header).toBe('Rank');
    expect(cells.some((c) => text.slice(c.start, c.end) === 'Surname')).toBe(false);
  });
  it('handles tab and pipe tables with a rule line, and CRLF', () => {
    const tsv = 'Name\tWarrant No\tRank\r\nSMITH Oliver\t238773\tSupt\r\n';
    expect(findTableCells(tsv).map((c) => c.header)).toEqual(['Name', 'Warrant No', 'Rank']);
    const md = '| Collar | Rank | Name |\n|---|---|---|\n| 52310 | PC | Luca de Vries |\n';
    const cells = findTableCells(md);
    expect(cells.map((c) => md.slice(c.start, c.end))).toEqual(['52310', 'PC', 'Luca de Vries']);
    expect(cells.map((c) => c.header)).toEqual(['Collar', 'Rank', 'Name']);
  });
  it('reads quoted CSV fields', () => {
    const text = 'Name,Dept\n"Smith, John",CID\n';
    const c = findTableCells(text)[0];
    expect(text.slice(c?.start, c?.end)).toBe('Smith, John');
  });
  it('treats Label: value lines as cells', () => {
    const text = 'Record 1\nPay No: 2112742\nVetting: NPPV1\n';
    const cells = findTableCells(text);
    expect(cells.map((c) => [c.header, text.slice(c.start, c.end)])).toEqual([
      ['Pay No', '2112742'],
      ['Vetting', 'NPPV1'],
    ]);
    expect(cellAt(cells, text.indexOf('2112742'), text.indexOf('2112742') + 7)?.header).toBe('Pay No');
    expect(cellAt(cells, 0, 3)).toBeUndefined();
    const at = cellIndexAt(cells, text.indexOf('2112742'), text.indexOf('2112742') + 7);
    expect(cells[at]?.header).toBe('Pay No');
    expect(cellIndexAt(cells, 0, 3)).toBe(-1);
  });
  it('takes headers ending in an abbreviation dot (`Warrant No.`), not sentence-like cells', () => {
    const tsv = 'Surname\tWarrant No.\tRank\nHASSAN\t238405\tDS\n';
    expect(findTableCells(tsv).map((c) => [c.header, tsv.slice(c.start, c.end)])).toEqual([
      ['Surname', 'HASSAN'],
      ['Warrant No.', '238405'],
      ['Rank', 'DS'],
    ]);
    const md = '| Officer | Pay Ref. | Dept. |\n|:--|:--|:--|\n| PC Ewa Nowak | 250118 | TSG |\n';
    expect(findTableCells(md).map((c) => c.header)).toEqual(['Officer', 'Pay Ref.', 'Dept.']);
    const prose = 'We left at ten, as agreed.\nThey came back at noon, then left.\n';
    expect(findTableCells(prose)).toEqual([]);
  });
  it('treats JSON-style "key": "value" pairs in text as cells under their key', () => {
    const text = '[{"staffNumber":"S0611847","givenName":"Daniel", "station" : "Hendon ", "n": 4}]\nlog: {"grade":"PC"}\n';
    const cells = findTableCells(text);
    expect(cells.map((c) => [c.header, text.slice(c.start, c.end)])).toEqual([
      ['staffNumber', 'S0611847'],
      ['givenName', 'Daniel'],
      ['station', 'Hendon'],
      ['log', '{"grade":"PC"}'],
    ]);
    expect(classifyHeader('staffNumber')?.type).toBe('PAY_NUMBER');
  });
  it('reads fixed-width columns under a header of known column names, cells a few units off their column', () => {
    const text = 'PERSONNEL EXTRACT   RUN 02/05/25\nPAYNO    NAME                   RANK  STATION         NI NO\n0773215  O\'DWYER, FERGAL        PC    Kentish Town    NE 48 21 76 B\n0781146  MENSAH, EFUA          PS     Holborn         HS 62 04 39 C\n\nEnd of report.\n';
    const cells = findTableCells(text);
    expect(cells.map((c) => [c.header, text.slice(c.start, c.end)])).toEqual([
      ['PAYNO', '0773215'], ['NAME', "O'DWYER, FERGAL"], ['RANK', 'PC'], ['STATION', 'Kentish Town'], ['NI NO', 'NE 48 21 76 B'],
      ['PAYNO', '0781146'], ['NAME', 'MENSAH, EFUA'], ['RANK', 'PS'], ['STATION', 'Holborn'], ['NI NO', 'HS 62 04 39 C'],
    ]);
  });
  it('does not take spaced prose or a single unaligned line for a fixed-width table', () => {
    expect(findTableCells('We met.  They left.  Name  unknown.\nThen  the  rest  followed  later on.\n')).toEqual([]);
    // One known column name needs two aligned rows.
    expect(findTableCells('Signature       Team        Notes\nRosa Pike       Response    none\n')).toEqual([]);
    expect(findTableCells('Signature       Team        Notes\nRosa Pike       Response    none\nToby Carthew    CID         late\n')).toHaveLength(6);
    // Two known column names (`Print name`, `Team`) take a single row.
    expect(findTableCells('Print name      Team        Notes\nRosa Pike       Response    none\n')).toHaveLength(3);
  });
  it('splits several Label: value pairs on one line at its pipes', () => {
    const text = 'Officer: Sgt A. Warsame | Base: Hammersmith | Clearance: SC\nNote: see file | archived\n';
    expect(findTableCells(text).map((c) => [c.header, text.slice(c.start, c.end)])).toEqual([
      ['Officer', 'Sgt A. Warsame'],
      ['Base', 'Hammersmith'],
      ['Clearance', 'SC'],
      ['Note', 'see file | archived'],
    ]);
  });
  it('splits several Label: value pairs on one line at commas or semicolons only when each piece is a pair', () => {
    const text = 'Officer details — Name: Hamid Karimi, Collar: 8841, Station: Lewisham\nName: Smith, John\nBase: Hendon; Vetting: SC\n';
    expect(findTableCells(text).map((c) => [c.header, text.slice(c.start, c.end)])).toEqual([
      ['Name', 'Hamid Karimi'],
      ['Collar', '8841'],
      ['Station', 'Lewisham'],
      ['Name', 'Smith, John'],
      ['Base', 'Hendon'],
      ['Vetting', 'SC'],
    ]);
  });
  it('does not take prose with commas for a table', () => {
    const text = 'We met on Monday, and again on Tuesday, at 10am.\nThe sergeant, who was on duty, said nothing more.\n';
    expect(findTableCells(text)).toEqual([]);
  });
});

describe('classifyHeader', () => {
  it.each([
    ['Surname', 'PERSON'], ['Initials', 'PERSON'], ['employee_name', 'PERSON'], ['Rank/Grade', 'POLICE_RANK'], ['Pay No', 'PAY_NUMBER'],
    ['pay_number', 'PAY_NUMBER'], ['Warrant No', 'OFFICER_ID'], ['Collar', 'OFFICER_ID'], ['vetting_level', 'VETTING_LEVEL'], ['Station', 'LOCATION'],
    ['Department', 'DEPARTMENT'], ['DOB', 'DATE_OF_BIRTH'], ['E-mail', 'EMAIL'],
  ])('%s is %s', (h, t) => {
    expect(classifyHeader(h)?.type).toBe(t);
  });
  it.each(['Shift', 'Callsign', 'vetting_expiry', 'Count', ''])('%s says nothing', (h) => {
    expect(classifyHeader(h)).toBeUndefined();
  });
});
