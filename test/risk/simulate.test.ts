import { describe, expect, it } from 'vitest';
import { PiiError } from '../../src/core/errors.js';
import { simulateUniqueness } from '../../src/risk/simulate.js';

describe('simulateUniqueness (validation by simulation)', () => {
  it.each([
    ['surname', 20_000],
    ['initial', 20_000],
    ['full', 50_000],
  ] as const)('predicted and observed uniqueness agree within 5 points in every decile (%s, %i people)', (disclosure, population) => {
    const r = simulateUniqueness({ population, seed: 20231108, disclosure });
    expect(r.deciles).toHaveLength(10);
    expect(r.deciles.reduce((a, d) => a + d.people, 0)).toBe(population);
    for (const d of r.deciles) expect(Math.abs(d.predicted - d.observed)).toBeLessThan(0.05);
    expect(r.maxGap).toBeLessThan(0.05);
    expect(Math.abs(r.predicted - r.observed)).toBeLessThan(0.02);
    // The test is only meaningful if the deciles span a range of risk.
    const first = r.deciles[0] as { predicted: number };
    const last = r.deciles[9] as { predicted: number };
    expect(last.predicted - first.predicted).toBeGreaterThan(0.15);
  });

  it('is deterministic for a seed and different across seeds', () => {
    const a = simulateUniqueness({ population: 5_000, seed: 3, disclosure: 'surname' });
    const b = simulateUniqueness({ population: 5_000, seed: 3, disclosure: 'surname' });
    const c = simulateUniqueness({ population: 5_000, seed: 4, disclosure: 'surname' });
    expect(a).toEqual(b);
    expect(c.observed).not.toBe(a.observed);
  });

  it('orders deciles from common to rare names', () => {
    const r = simulateUniqueness({ population: 20_000, seed: 9, disclosure: 'initial' });
    for (let i = 1; i < r.deciles.length; i++) expect((r.deciles[i] as { predicted: number }).predicted).toBeGreaterThanOrEqual((r.deciles[i - 1] as { predicted: number }).predicted);
  });

  it('rejects bad options', () => {
    expect(() => simulateUniqueness({ population: 3 })).toThrow(PiiError);
    expect(() => simulateUniqueness({ population: 100, deciles: 0 })).toThrow(PiiError);
  });
});
