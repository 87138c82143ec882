import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCorpus, generateText, KINDS, ORIGINS, prng } from '../../bench/corpora/generate.mjs';
import { parseCorpus, validateItem } from '../../src/bench/corpus.js';

const nhsValid = (s: string): boolean => {
  const d = s.replace(/\s/gu, '').split('').map(Number);
  const sum = d.slice(0, 9).reduce((a, x, i) => a + x * (10 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return d.length === 10 && check !== 10 && check === d[9];
};

describe('bench corpus generator', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateCorpus({ count: 30, seed: 5 })).toEqual(generateCorpus({ count: 30, seed: 5 }));
    expect(generateCorpus({ count: 30, seed: 5 })).not.toEqual(generateCorpus({ count: 30, seed: 6 }));
    expect(generateText({ chars: 5000, seed: 3 })).toBe(generateText({ chars: 5000, seed: 3 }));
    const r = prng(1);
    const xs = Array.from({ length: 1000 }, r);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });

  it('writes valid labelled items covering every kind and origin', () => {
    const items = generateCorpus({ count: 400 });
    for (const item of items) expect(() => validateItem(item)).not.toThrow();
    expect(new Set(items.map((i) => i.kind))).toEqual(new Set(KINDS));
    expect(new Set(items.flatMap((i) => i.spans.map((s) => s.origin)).filter((o) => o !== undefined))).toEqual(new Set(ORIGINS));
    const nhs = items.flatMap((i) => i.spans.filter((s) => s.type === 'NHS_NUMBER').map((s) => s.text));
    expect(nhs.length).toBeGreaterThan(10);
    for (const n of nhs) expect(nhsValid(n)).toBe(true);
    expect(items.filter((i) => i.kind === 'negative').every((i) => i.spans.every((s) => s.type === 'FORCE'))).toBe(true);
  });

  it('makes text of the requested size, a table with one header', () => {
    expect(generateText({ chars: 12345 }).length).toBe(12345);
    const table = generateText({ chars: 20000, mix: 'table' });
    expect(table.split('\n').filter((l) => l.startsWith('Surname,')).length).toBe(1);
    expect(generateText({ chars: 20000, seed: 7 }).startsWith(generateText({ chars: 1000, seed: 7 }))).toBe(true);
  });

  it('matches the committed corpus', () => {
    const committed = parseCorpus(readFileSync(new URL('../../bench/corpora/synthetic.jsonl', import.meta.url), 'utf8'));
    expect(committed).toEqual(parseCorpus(generateCorpus().map((i) => JSON.stringify(i)).join('\n')));
  });
});
