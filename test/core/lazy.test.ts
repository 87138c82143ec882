import { describe, expect, it } from 'vitest';
import { lazy } from '../../src/core/lazy.js';
import { policeRank, rankLexicon } from '../../src/detectors/policeRank.js';
import { createPipeline } from '../../src/core/pipeline.js';

describe('lazy', () => {
  it('builds once, on the first call, and returns the same value after', () => {
    let builds = 0;
    const get = lazy(() => {
      builds++;
      return { n: builds };
    });
    expect(builds).toBe(0);
    const a = get();
    const b = get();
    expect(a).toBe(b);
    expect(builds).toBe(1);
  });
  it('shares the rank lexicon between factories without sharing results between pipelines', () => {
    expect(rankLexicon()).toBe(rankLexicon());
    const a = createPipeline({ detectors: [policeRank()] });
    const b = createPipeline({ detectors: [policeRank()] });
    expect(a.scan('DS Okafor').map((f) => f.text)).toEqual(['DS']);
    expect(b.scan('PC 4521').map((f) => f.text)).toEqual(['PC']);
    expect(a.scan('DS Okafor')).toEqual(b.scan('DS Okafor'));
  });
});
