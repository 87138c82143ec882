import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/core/pipeline.js';
import { email } from '../../src/detectors/email.js';
import { defaultPipeline } from '../../src/index.js';
import { scanCsv, scanCsvBytes, scanJson } from '../../src/xlsx/index.js';

const pipeline = defaultPipeline();

describe('scanCsv', () => {
  it('reports surnames and initials by column, with row, column and header', () => {
    const f = scanCsv('Surname,Initials,Rank/Grade\nNwachukwu,L,Constable\nVan Der Merwe,JW,Sergeant\n', { pipeline });
    const at = (row: number, column: number) => f.filter((x) => x.row === row && x.column === column).map((x) => [x.type, x.text, x.header]);
    expect(at(1, 0)).toEqual([['PERSON', 'Nwachukwu', 'Surname']]);
    expect(at(1, 1)).toEqual([['PERSON', 'L', 'Initials']]);
    expect(at(2, 0)).toEqual([['PERSON', 'Van Der Merwe', 'Surname']]);
    expect(at(2, 2).map((x) => x[0])).toEqual(['POLICE_RANK']);
    expect(f.filter((x) => x.row === 0)).toEqual([]);
  });

  it('reports the column type even with a pipeline that cannot find names', () => {
    const f = scanCsv('Surname;Collar No\nOkafor;4521\n', { pipeline: createPipeline({ detectors: [email()] }) });
    expect(f.map((x) => [x.type, x.text, x.detector])).toEqual([['PERSON', 'Okafor', 'column'], ['OFFICER_ID', '4521', 'column']]);
  });

  it.each([
    ['placeholders', 'Surname,Collar No\nVacant,N/A\n-,TBC\n'],
    ['an aggregate table of ranks and counts', 'Rank,Headcount\nConstable,388\nSergeant,120\nInspector,31\n'],
    ['numbers under a name header', 'Surname,Count\n12,4\n'],
  ])('reports nothing for %s', (_n, text) => {
    expect(scanCsv(text, { pipeline })).toEqual([]);
  });

  it('keeps offsets relative to the cell value', () => {
    const f = scanCsv('Name,Notes\n"  Okafor  ",mail a.okafor@example.police.uk today\n', { pipeline });
    const person = f.find((x) => x.column === 0);
    expect(person?.text).toBe('Okafor');
    expect(person?.start).toBe(2);
    const mail = f.find((x) => x.type === 'EMAIL');
    expect(mail?.start).toBe(5);
  });

  it('decodes bytes: UTF-16 with BOM', () => {
    const text = 'Surname\nÓ Súilleabháin\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    expect(scanCsvBytes(bytes, { pipeline }).map((x) => x.text)).toEqual(['Ó Súilleabháin']);
  });

  it('scans the committed fixture (semicolons, CRLF)', () => {
    const f = scanCsv(readFileSync(new URL('../fixtures/staff.csv', import.meta.url), 'utf8'), { pipeline });
    expect(f.filter((x) => x.header === 'Surname' && x.type === 'PERSON')).toHaveLength(6);
    expect(f.filter((x) => x.header === 'Collar No' && x.type === 'OFFICER_ID')).toHaveLength(6);
  });
});

describe('scanJson', () => {
  it('walks arrays of records with keys as headers and JSONPath locations', () => {
    const doc = JSON.parse(readFileSync(new URL('../fixtures/officers.json', import.meta.url), 'utf8')) as unknown;
    const f = scanJson(doc, { pipeline });
    const paths = f.filter((x) => x.type === 'PERSON').map((x) => x.path);
    expect(paths).toContain('$.officers[0].surname');
    expect(paths).toContain('$.officers[3].initials');
    expect(f.some((x) => x.type === 'OFFICER_ID' && x.path === '$.officers[1].collarNumber')).toBe(true);
  });

  it.each([
    [{ contact: { 'e-mail': 'a.b@example.police.uk' } }, '$.contact["e-mail"]', 'EMAIL'],
    [[{ lastName: 'Okafor' }, { lastName: 'Ibrahim' }], '$[1].lastName', 'PERSON'],
    [{ list: ['x', { note: 'mail a.b@example.police.uk' }] }, '$.list[1].note', 'EMAIL'],
  ] as const)('%j → %s', (value, path, type) => {
    expect(scanJson(value, { pipeline }).some((x) => x.path === path && x.type === type)).toBe(true);
  });

  it.each([
    [{ counts: [{ rank: 'Constable', n: 388 }, { rank: 'Sergeant', n: 120 }] }],
    [{ surname: null, flag: true, list: [] }],
    [42],
  ])('reports nothing for %j', (value) => {
    expect(scanJson(value, { pipeline })).toEqual([]);
  });

  it('fails with LIMIT_EXCEEDED past maxDepth instead of overflowing the stack or skipping data', () => {
    let deep: unknown = { email: 'a.b@example.police.uk' };
    for (let i = 0; i < 5000; i++) deep = { x: deep };
    expect(() => scanJson(deep, { pipeline })).toThrow(expect.objectContaining({ code: 'LIMIT_EXCEEDED' }));
    let shallow: unknown = { email: 'a.b@example.police.uk' };
    for (let i = 0; i < 10; i++) shallow = { x: shallow };
    expect(scanJson(shallow, { pipeline }).map((f) => f.text)).toContain('a.b@example.police.uk');
  });
});
