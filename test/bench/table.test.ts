import { describe, expect, it } from 'vitest';
import { parseCsvCells, scoreTable, type CellLabel } from '../../src/bench/table.js';
import type { PredictedSpan } from '../../src/bench/types.js';

describe('parseCsvCells', () => {
  it.each([
    ['a,b\n1,2\n', [['a', 0, 1, 0, 0], ['b', 2, 3, 0, 1], ['1', 4, 5, 1, 0], ['2', 6, 7, 1, 1]]],
    ['a,b\r\n1,\r\n', [['a', 0, 1, 0, 0], ['b', 2, 3, 0, 1], ['1', 5, 6, 1, 0], ['', 7, 7, 1, 1]]],
    ['x,"a, ""b"""', [['x', 0, 1, 0, 0], ['a, "b"', 3, 11, 0, 1]]],
    ['solo', [['solo', 0, 4, 0, 0]]],
  ] as const)('splits %j', (csv, expected) => {
    expect(parseCsvCells(csv).map((c) => [c.value, c.start, c.end, c.row, c.col])).toEqual(expected);
  });

  it('rejects a separator longer than one character', () => {
    expect(() => parseCsvCells('a', ';;')).toThrow(/one character/u);
  });
});

// Header "Surname,Initials,Rank\n" is 22 characters: row 1 "Okafor"[22,28] "A"[29,30] "PC"[31,33]; row 2 "Smith"[34,39] ""[40,40] "Sergeant"[41,49].
const csv = 'Surname,Initials,Rank\nOkafor,A,PC\nSmith,,Sergeant\n';
const labels: CellLabel[] = [
  { row: 1, column: 'Surname', value: 'Okafor', type: 'PERSON', origin: 'african' },
  { row: 1, column: 'Initials', value: 'A', type: 'PERSON', origin: 'african' },
  { row: 1, column: 'Rank', value: 'PC', type: 'POLICE_RANK' },
  { row: 2, column: 'Surname', value: 'Smith', type: 'PERSON', origin: 'anglo' },
  { row: 2, column: 'Rank', value: 'Sergeant', type: 'POLICE_RANK' },
];

describe('scoreTable', () => {
  const preds: PredictedSpan[] = [
    { type: 'PERSON', start: 22, end: 30 }, // "Okafor,A": covers both cells, exact for neither
    { type: 'POLICE_RANK', start: 31, end: 33 }, // "PC": exact
    { type: 'PERSON', start: 34, end: 37 }, // "Smi": overlaps but does not cover "Smith"
    { type: 'DEPARTMENT', start: 0, end: 7 }, // the header "Surname": a false positive
  ];
  const ev = scoreTable({ scan: () => preds }, csv, labels);

  // PERSON: gold 3, found 2 (Okafor, A), exact 0, predicted 2, correct 2. POLICE_RANK: gold 2, found 1 exact 1, predicted 1.
  // Micro: gold 5, found 3, predicted 4, correct 3: P = 0.75, R = 0.6, F2 = 5·0.45/(3 + 0.6) = 0.625.
  it('scores cells by coverage', () => {
    expect(ev.perType.PERSON).toMatchObject({ gold: 3, found: 2, exactFound: 0, predicted: 2, correct: 2, recall: 2 / 3, precision: 1 });
    expect(ev.perType.POLICE_RANK).toMatchObject({ gold: 2, found: 1, exactFound: 1, predicted: 1, correct: 1 });
    expect(ev.perType.DEPARTMENT).toMatchObject({ gold: 0, predicted: 1, correct: 0 });
    expect(ev.micro).toMatchObject({ gold: 5, found: 3, predicted: 4, correct: 3, precision: 0.75, recall: 0.6 });
    expect(ev.micro.f2).toBeCloseTo(0.625, 12);
    expect(ev.origins.perOrigin).toEqual({ african: { gold: 2, found: 2, recall: 1 }, anglo: { gold: 1, found: 0, recall: 0 } });
  });

  it('counts unlabelled non-empty cells (headers) as negatives', () => {
    expect(ev.negatives).toEqual({ items: 3, itemsWithFalsePositive: 1, falsePositives: 1, byType: { DEPARTMENT: 1 } });
    expect(ev.perKind.Surname).toMatchObject({ gold: 2, found: 1 });
  });

  it('scans cell by cell with the column header in cells mode', () => {
    const seen: string[] = [];
    const cellsEv = scoreTable(
      {
        scan: (text, options) => {
          seen.push(`${options?.cell?.header ?? '-'}:${text}`);
          return options?.cell?.header === 'Surname' ? [{ type: 'PERSON', start: 0, end: text.length }] : [];
        },
      },
      csv,
      labels,
      { mode: 'cells' },
    );
    expect(seen).toEqual(['-:Surname', '-:Initials', '-:Rank', 'Surname:Okafor', 'Initials:A', 'Rank:PC', 'Surname:Smith', 'Rank:Sergeant']);
    expect(cellsEv.perType.PERSON).toMatchObject({ gold: 3, found: 2, exactFound: 2, predicted: 2, correct: 2 });
    expect(cellsEv.perType.POLICE_RANK).toMatchObject({ gold: 2, found: 0 });
  });

  it('rejects a label whose value differs from its cell', () => {
    expect(() => scoreTable({ scan: () => [] }, csv, [{ row: 1, column: 'Surname', value: 'Okafur', type: 'PERSON' }])).toThrow(/differs/u);
  });
});
