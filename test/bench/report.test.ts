import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/bench/evaluate.js';
import { fmt, formatEvaluation, renderRows } from '../../src/bench/report.js';
import { fBeta } from '../../src/bench/scores.js';

describe('fBeta', () => {
  it.each([
    [0.5, 1, 2, 5 / 6],
    [1, 0.5, 2, 2.5 / 4.5],
    [0.5, 0.5, 1, 0.5],
    [0, 0, 2, 0],
    [null, 1, 2, null],
    [1, null, 1, null],
  ] as const)('F(p=%s, r=%s, beta=%s) = %s', (p, r, b, expected) => {
    const v = fBeta(p, r, b);
    if (expected === null) expect(v).toBeNull();
    else expect(v).toBeCloseTo(expected, 12);
  });
});

describe('report formatting', () => {
  const ev = evaluate({ scan: (t) => (t.includes('@') ? [{ type: 'EMAIL', start: 0, end: t.length }] : [{ type: 'PERSON', start: 0, end: 2 }]) }, [
    { id: '1', kind: 'email', text: 'a@b.uk', spans: [{ start: 0, end: 6, type: 'EMAIL' }] },
    { id: '2', kind: 'negative', text: 'No one', spans: [] },
  ]);

  it('renders markdown tables', () => {
    expect(renderRows(['a', 'b'], [['1', 'x|y']], 'markdown')).toBe('| a | b |\n|---|---|\n| 1 | x\\|y |');
    const md = formatEvaluation(ev, 'markdown', { title: 'Demo' });
    expect(md).toContain('### Demo');
    expect(md).toContain('| EMAIL | 1 | 1 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |');
    expect(md).toContain('| PERSON | 0 | 1 | 0.000 | – |');
    expect(md).toContain('1 of 1 negative items have a false positive');
  });

  it('renders aligned text and JSON', () => {
    const table = formatEvaluation(ev, 'table');
    expect(table.split('\n').some((l) => /^EMAIL\s+1\s+1\s+1\.000/u.test(l))).toBe(true);
    expect(JSON.parse(formatEvaluation(ev, 'json'))).toMatchObject({ items: 2, micro: { gold: 1, found: 1, predicted: 2 } });
    expect(fmt(null)).toBe('–');
    expect(fmt(0.12345, 2)).toBe('0.12');
  });
});
