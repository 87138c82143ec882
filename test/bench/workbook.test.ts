import { describe, expect, it } from 'vitest';
import { scoreWorkbook, type ManifestEntry } from '../../src/bench/workbook.js';

const manifest: ManifestEntry[] = [
  {
    file: 'a.xlsx',
    vector: 'comments',
    pii: [
      { value: 'Amara Okafor', type: 'PERSON', origin: 'african' },
      { value: '4521', type: 'OFFICER_ID' },
    ],
  },
  { file: 'none.xlsx', vector: 'none', pii: [] },
  { file: 'b.xlsx', vector: 'hidden_sheet', pii: [{ value: 'Smith', type: 'PERSON', origin: 'anglo' }] },
];

describe('scoreWorkbook', () => {
  const ev = scoreWorkbook(manifest, [
    { file: 'a.xlsx', findings: [{ type: 'PERSON', text: 'Amara Okafor' }, { type: 'PAY_NUMBER', text: '4521' }], elapsedMs: 2 },
    { file: 'none.xlsx', findings: [{ type: 'POLICE_RANK', text: 'Constable' }], elapsedMs: 1 },
  ]);

  // PERSON: gold 2 (b.xlsx has no result: nothing found), found 1. OFFICER_ID: 0/1, reported as PAY_NUMBER.
  // Predictions: PERSON correct, PAY_NUMBER wrong, POLICE_RANK in the control file wrong. Micro: gold 3, found 1, predicted 3, correct 1.
  it('matches manifest strings by type and exact text', () => {
    expect(ev.perType.PERSON).toMatchObject({ gold: 2, found: 1, predicted: 1, correct: 1 });
    expect(ev.perType.OFFICER_ID).toMatchObject({ gold: 1, found: 0, anyFound: 1 });
    expect(ev.micro).toMatchObject({ gold: 3, found: 1, predicted: 3, correct: 1 });
    expect(ev.micro.recall).toBeCloseTo(1 / 3, 12);
    expect(ev.confusion).toEqual({ OFFICER_ID: { PAY_NUMBER: 1 } });
    expect(ev.elapsedMs).toBe(3);
  });

  it('treats a file with an empty manifest as a negative and reports per vector', () => {
    expect(ev.negatives).toEqual({ items: 1, itemsWithFalsePositive: 1, falsePositives: 1, byType: { POLICE_RANK: 1 } });
    expect(ev.perKind.comments).toMatchObject({ gold: 2, found: 1 });
    expect(ev.perKind.hidden_sheet).toMatchObject({ gold: 1, found: 0 });
    expect(ev.origins.worst).toEqual({ origin: 'anglo', recall: 0 });
  });
});
