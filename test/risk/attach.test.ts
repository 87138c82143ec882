import { describe, expect, it } from 'vitest';
import { scan } from '../../src/index.js';
import { attachNameRisk, nameRisk } from '../../src/risk/index.js';

describe('attachNameRisk', () => {
  it('adds the name estimate to PERSON findings only', () => {
    const text = 'DS Oluwaseun Adeyemi met PC John Smith at a.b@met.police.uk';
    const found = scan(text);
    const withRisk = attachNameRisk(found, { population: 47_000 });
    expect(withRisk).toHaveLength(found.length);
    const people = withRisk.filter((f) => f.type === 'PERSON');
    expect(people.map((p) => p.text)).toEqual(['Oluwaseun Adeyemi', 'John Smith']);
    for (const p of people) {
      const direct = nameRisk(p.text, { population: 47_000 });
      expect(p.risk?.band).toBe(direct.band);
      expect(p.risk?.uniquenessProbability).toBe(direct.uniquenessProbability);
    }
    const [rare, common] = people;
    expect(rare!.risk!.uniquenessProbability).toBeGreaterThan(common!.risk!.uniquenessProbability);
    expect(withRisk.filter((f) => f.type !== 'PERSON').every((f) => !('risk' in f))).toBe(true);
  });

  it('skips single-letter PERSON values such as initials cells', () => {
    const out = attachNameRisk([{ type: 'PERSON', start: 0, end: 1, text: 'M', score: 0.9, detector: 'x' }]);
    expect(out[0]).not.toHaveProperty('risk');
  });
});
