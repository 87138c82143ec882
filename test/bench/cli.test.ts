import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBench, BENCH_HELP } from '../../src/cli/commands/bench.js';
import { main } from '../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'police-pii-bench-'));
const corpus = join(dir, 'corpus.jsonl');
const text = 'Write to j.smith@met.police.uk or to foi@kent.police.uk.';
writeFileSync(
  corpus,
  [
    JSON.stringify({ id: '1', kind: 'email', text, spans: [{ start: 9, end: 30, type: 'EMAIL' }, { start: 37, end: 55, type: 'EMAIL' }] }),
    JSON.stringify({ id: '2', kind: 'negative', text: 'Nothing personal here.', spans: [] }),
  ].join('\n'),
);
const broken = join(dir, 'broken.jsonl');
writeFileSync(broken, '{"id":"1","text":"abc","spans":[{"start":0,"end":9,"type":"PERSON"}]}\n');

function run(args: string[]) {
  const out: string[] = [];
  const code = runBench(args, (s) => out.push(s));
  return { code, out: out.join('\n') };
}

describe('police-pii bench', () => {
  it('scores the email detector on a small corpus', () => {
    expect(text.slice(9, 30)).toBe('j.smith@met.police.uk');
    expect(text.slice(37, 55)).toBe('foi@kent.police.uk');
    const r = run([corpus, '--types', 'EMAIL', '--format', 'json']);
    expect(r.code).toBe(0);
    const ev = JSON.parse(r.out);
    expect(ev.perType.EMAIL).toMatchObject({ gold: 2, found: 2, exactFound: 2 });
    expect(ev.negatives).toMatchObject({ items: 1, itemsWithFalsePositive: 0 });
  });

  it('prints markdown and a plain table, for either pipeline', () => {
    expect(run([corpus, '--format', 'markdown', '--pipeline', 'core']).out).toMatch(/\| EMAIL \| 2 \|/u);
    expect(run([corpus]).out).toContain('default pipeline on');
  });

  it('exits 1 under --fail-under and 0 at or above it', () => {
    expect(run([corpus, '--types', 'EMAIL', '--fail-under', '0.9']).code).toBe(0);
    expect(run([corpus, '--types', 'PERSON', '--fail-under', '0.9']).code).toBe(1);
  });

  it('rejects bad options and bad corpora through the dispatcher with exit 2', async () => {
    const err: string[] = [];
    const io = { out: () => undefined, err: (s: string) => err.push(s), env: {} };
    expect(await main(['bench'], io)).toBe(2);
    expect(await main(['bench', corpus, '--pipeline', 'nope'], io)).toBe(2);
    expect(await main(['bench', broken], io)).toBe(2);
    expect(err.join('\n')).toMatch(/offsets/u);
    expect(run(['--help']).out).toBe(BENCH_HELP);
  });
});
