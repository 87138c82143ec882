import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/bench/evaluate.js';
import type { BenchPipeline, CorpusItem, PredictedSpan } from '../../src/bench/types.js';

/** A pipeline that returns fixed predictions per text, so the expected figures can be worked out by hand. */
function fixed(predictions: Record<string, PredictedSpan[]>): BenchPipeline {
  return { scan: (text) => predictions[text] ?? [] };
}

// Hand-made corpus. Offsets counted by hand and checked by the first test.
const A = 'DS Amara Okafor, a.okafor@met.police.uk';
const B = 'PC 4521 Smith';
const C = 'The sergeant said Essex Police';
const D = 'Page 12 of 40';
const E = 'Zhang Wei met Li';
const corpus: CorpusItem[] = [
  {
    id: 'a',
    kind: 'email',
    text: A,
    spans: [
      { start: 0, end: 2, type: 'POLICE_RANK' },
      { start: 3, end: 15, type: 'PERSON', origin: 'african' },
      { start: 17, end: 39, type: 'EMAIL' },
    ],
  },
  {
    id: 'b',
    kind: 'roster',
    text: B,
    spans: [
      { start: 0, end: 2, type: 'POLICE_RANK' },
      { start: 3, end: 7, type: 'OFFICER_ID' },
      { start: 8, end: 13, type: 'PERSON', origin: 'anglo' },
    ],
  },
  { id: 'c', kind: 'negative', text: C, spans: [{ start: 18, end: 30, type: 'FORCE' }] },
  { id: 'd', kind: 'negative', text: D, spans: [] },
  {
    id: 'e',
    kind: 'news',
    text: E,
    spans: [
      { start: 0, end: 9, type: 'PERSON', origin: 'east_asian' },
      { start: 14, end: 16, type: 'PERSON', origin: 'east_asian' },
    ],
  },
];

const pipeline = fixed({
  // Rank swallowed into the name (overlap match, not exact; also a POLICE_RANK→PERSON confusion); email exact.
  [A]: [
    { type: 'PERSON', start: 0, end: 15 },
    { type: 'EMAIL', start: 17, end: 39 },
  ],
  // Rank and name exact; the collar number reported as a PHONE (OFFICER_ID→PHONE confusion, a PHONE false positive).
  [B]: [
    { type: 'POLICE_RANK', start: 0, end: 2 },
    { type: 'PHONE', start: 3, end: 7 },
    { type: 'PERSON', start: 8, end: 13 },
  ],
  // Negative item: the generic "sergeant" is a false positive; the labelled force is not.
  [C]: [
    { type: 'POLICE_RANK', start: 4, end: 12 },
    { type: 'FORCE', start: 18, end: 30 },
  ],
  // Half of "Zhang Wei" (overlap, not exact); "Li" only under another tool's label.
  [E]: [
    { type: 'PERSON', start: 0, end: 5 },
    { type: 'NAME_X', start: 14, end: 16 },
  ],
});

describe('evaluate on a hand-made corpus', () => {
  it('uses offsets that hold the intended text', () => {
    expect(A.slice(3, 15)).toBe('Amara Okafor');
    expect(A.slice(17, 39)).toBe('a.okafor@met.police.uk');
    expect(B.slice(3, 7)).toBe('4521');
    expect(C.slice(18, 30)).toBe('Essex Police');
    expect(E.slice(0, 9)).toBe('Zhang Wei');
    expect(E.slice(14, 16)).toBe('Li');
  });

  const ev = evaluate(pipeline, corpus);

  // PERSON: gold 4, predicted 3, found 3 (Okafor, Smith, Zhang Wei), correct 3, exact 1 (Smith), any-type 4 (Li via NAME_X).
  // P = 3/3 = 1, R = 3/4, F1 = 2·0.75/1.75 = 6/7, F2 = 5·0.75/(4 + 0.75) = 15/19; exact P = 1/3, exact R = 1/4, exact F2 = (5/12)/(19/12) = 5/19.
  it('scores PERSON', () => {
    const s = ev.perType.PERSON;
    expect(s).toMatchObject({ gold: 4, predicted: 3, found: 3, correct: 3, exactFound: 1, exactCorrect: 1, anyFound: 4 });
    expect(s?.precision).toBe(1);
    expect(s?.recall).toBe(0.75);
    expect(s?.f1).toBeCloseTo(6 / 7, 12);
    expect(s?.f2).toBeCloseTo(15 / 19, 12);
    expect(s?.exactPrecision).toBeCloseTo(1 / 3, 12);
    expect(s?.exactRecall).toBe(0.25);
    expect(s?.exactF2).toBeCloseTo(5 / 19, 12);
    expect(s?.anyRecall).toBe(1);
  });

  // POLICE_RANK: gold 2 (DS, PC), predicted 2 (PC, sergeant), found 1, correct 1: P = R = F1 = F2 = 0.5; DS overlapped by PERSON.
  it('scores POLICE_RANK, OFFICER_ID, PHONE, EMAIL and FORCE', () => {
    expect(ev.perType.POLICE_RANK).toMatchObject({ gold: 2, predicted: 2, found: 1, correct: 1, exactFound: 1, anyFound: 2, precision: 0.5, recall: 0.5, f1: 0.5, f2: 0.5 });
    expect(ev.perType.OFFICER_ID).toMatchObject({ gold: 1, predicted: 0, found: 0, anyFound: 1, precision: null, recall: 0, f2: null });
    expect(ev.perType.PHONE).toMatchObject({ gold: 0, predicted: 1, correct: 0, precision: 0, recall: null });
    expect(ev.perType.EMAIL).toMatchObject({ gold: 1, predicted: 1, found: 1, correct: 1, exactFound: 1, precision: 1, recall: 1, f1: 1, f2: 1 });
    expect(ev.perType.FORCE).toMatchObject({ gold: 1, predicted: 1, found: 1, correct: 1, precision: 1, recall: 1 });
    expect(Object.keys(ev.perType)).toEqual(['PERSON', 'POLICE_RANK', 'OFFICER_ID', 'FORCE', 'PHONE', 'EMAIL']);
  });

  // Micro: gold 9, predicted 8, found 6, correct 6: P = 3/4, R = 2/3, F1 = 12/17, F2 = 2.5/(11/3) = 15/22.
  // Exact: found 4, correct 4: exact R = 4/9, exact P = 1/2. Any-type recall 9/9.
  it('micro-averages over types', () => {
    expect(ev.micro).toMatchObject({ gold: 9, predicted: 8, found: 6, correct: 6, exactFound: 4, exactCorrect: 4, anyFound: 9 });
    expect(ev.micro.precision).toBe(0.75);
    expect(ev.micro.recall).toBeCloseTo(2 / 3, 12);
    expect(ev.micro.f1).toBeCloseTo(12 / 17, 12);
    expect(ev.micro.f2).toBeCloseTo(15 / 22, 12);
    expect(ev.micro.exactRecall).toBeCloseTo(4 / 9, 12);
    expect(ev.micro.exactPrecision).toBe(0.5);
    expect(ev.micro.anyRecall).toBe(1);
  });

  // Origins: african 1/1, anglo 1/1, east_asian 1/2. Worst east_asian 0.5, gap to anglo 0.5, gap to best 0.5.
  it('reports PERSON recall per origin with the worst origin and its gaps', () => {
    expect(ev.origins.perOrigin).toEqual({
      african: { gold: 1, found: 1, recall: 1 },
      anglo: { gold: 1, found: 1, recall: 1 },
      east_asian: { gold: 2, found: 1, recall: 0.5 },
    });
    expect(ev.origins.worst).toEqual({ origin: 'east_asian', recall: 0.5 });
    expect(ev.origins.best?.recall).toBe(1);
    expect(ev.origins.anglo).toBe(1);
    expect(ev.origins.gapToAnglo).toBe(0.5);
    expect(ev.origins.gapToBest).toBe(0.5);
  });

  it('counts false positives on negative items, not the labelled force', () => {
    expect(ev.negatives).toEqual({ items: 2, itemsWithFalsePositive: 1, falsePositives: 1, byType: { POLICE_RANK: 1 } });
  });

  it('builds the confusion table and keeps foreign labels apart', () => {
    expect(ev.confusion).toEqual({ POLICE_RANK: { PERSON: 1 }, OFFICER_ID: { PHONE: 1 } });
    expect(ev.otherLabels).toEqual({ NAME_X: { predicted: 1, overlapAny: 1 } });
  });

  // email kind: gold 3 (DS, Okafor, address), predicted 2, found 2: R = 2/3, P = 1.
  it('gives figures per kind', () => {
    expect(ev.perKind.email).toMatchObject({ gold: 3, predicted: 2, found: 2, correct: 2 });
    expect(ev.perKind.negative).toMatchObject({ gold: 1, predicted: 2, found: 1, correct: 1, precision: 0.5 });
    expect(ev.items).toBe(5);
    expect(ev.chars).toBe(A.length + B.length + C.length + D.length + E.length);
  });

  it('restricts scoring to the given types', () => {
    const only = evaluate(pipeline, corpus, { types: ['PERSON'] });
    expect(Object.keys(only.perType)).toEqual(['PERSON']);
    expect(only.micro).toMatchObject({ gold: 4, predicted: 3, found: 3 });
    expect(only.negatives.itemsWithFalsePositive).toBe(0);
    expect(only.confusion).toEqual({});
  });

  it('lists misses and false positives when asked', () => {
    const withErrors = evaluate(pipeline, corpus, { errors: 10 });
    expect(withErrors.errors?.misses.map((m) => `${m.id} ${m.type} ${m.text}`)).toEqual(['a POLICE_RANK DS', 'b OFFICER_ID 4521', 'e PERSON Li']);
    expect(withErrors.errors?.falsePositives.map((m) => `${m.id} ${m.type} ${m.text}`)).toEqual(['b PHONE 4521', 'c POLICE_RANK sergeant']);
    expect(ev.errors).toBeUndefined();
  });

  it('gives a perfect score to a pipeline that returns the gold spans, and zero recall to an empty one', () => {
    const perfect = evaluate({ scan: (text) => corpus.find((c) => c.text === text)?.spans ?? [] }, corpus);
    expect(perfect.micro).toMatchObject({ precision: 1, recall: 1, f2: 1, exactRecall: 1 });
    expect(perfect.negatives.itemsWithFalsePositive).toBe(0);
    const empty = evaluate({ scan: () => [] }, corpus);
    expect(empty.micro).toMatchObject({ recall: 0, precision: null, f2: null, predicted: 0 });
  });

  it('adds the corpus’s own types after the entity types', () => {
    const custom = evaluate(fixed({}), [{ id: 'x', text: 'Operation Bluebird', spans: [{ start: 0, end: 18, type: 'OPERATION' }] }]);
    expect(custom.types.at(-1)).toBe('OPERATION');
    expect(custom.perType.OPERATION).toMatchObject({ gold: 1, found: 0, recall: 0 });
  });
});
