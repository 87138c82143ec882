import { describe, expect, it } from 'vitest';
import { PiiError } from '../../src/core/errors.js';
import { decodeTextBytes, parseCsv, sniffDelimiter } from '../../src/xlsx/csv.js';

describe('parseCsv', () => {
  it.each([
    ['simple', 'a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['CRLF and no final newline', 'a,b\r\n1,2', [['a', 'b'], ['1', '2']]],
    ['quoted separator and doubled quotes', '"x, y","say ""hi"""\n', [['x, y', 'say "hi"']]],
    ['quoted newline', 'a,"line1\nline2",c\n', [['a', 'line1\nline2', 'c']]],
    ['semicolons sniffed', 'Surname;Rank\nOkafor;PC\n', [['Surname', 'Rank'], ['Okafor', 'PC']]],
    ['tabs sniffed', 'Surname\tRank\nOkafor\tPC\n', [['Surname', 'Rank'], ['Okafor', 'PC']]],
    ['empty fields kept', 'a,,c\n,,\n', [['a', '', 'c'], ['', '', '']]],
    ['BOM dropped', '\uFEFFa,b\n', [['a', 'b']]],
    ['unterminated quote runs to the end', 'a,"b\nc', [['a', 'b\nc']]],
  ] as const)('%s', (_n, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it('takes an explicit delimiter', () => {
    expect(parseCsv('a;b,c\n', { delimiter: ',' })).toEqual([['a;b', 'c']]);
  });

  it('rejects a multi-character delimiter and enforces maxCells', () => {
    expect(() => parseCsv('a', { delimiter: ';;' })).toThrow(PiiError);
    expect(() => parseCsv('a,b,c\n'.repeat(10), { maxCells: 20 })).toThrow(/more than 20 cells/u);
  });

  it('is linear on a megabyte of quotes and separators', () => {
    const t0 = performance.now();
    parseCsv('"",'.repeat(350_000));
    parseCsv('"'.repeat(1_000_000));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('sniffDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\n1;2;3\n', ';'],
    ['a\tb\n1\t2\n', '\t'],
    ['a|b\n1|2\n', '|'],
    ['"x;y",b\n"1;2",3\n', ','],
    ['single column\n', ','],
  ])('%j → %j', (text, d) => {
    expect(sniffDelimiter(text)).toBe(d);
  });
});

describe('decodeTextBytes', () => {
  it.each([
    ['UTF-8 with BOM', [0xef, 0xbb, 0xbf, 0x4f, 0xc3, 0xad], 'Oí'],
    ['UTF-8 without BOM', [0x4e, 0xc3, 0xad], 'Ní'],
    ['UTF-16 LE with BOM', [0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00], 'Aé'],
    ['UTF-16 BE with BOM', [0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9], 'Aé'],
    ['Windows-1252', [0x4f, 0x92, 0x4e, 0x65, 0x69, 0x6c, 0x6c, 0x80], 'O\u2019Neill€'],
  ])('%s', (_n, bytes, text) => {
    expect(decodeTextBytes(new Uint8Array(bytes))).toBe(text);
  });
});
