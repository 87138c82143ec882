import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

async function run(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'police-pii-cli-'));
const withPii = join(dir, 'reply.txt');
writeFileSync(withPii, 'Please contact j.smith@met.police.uk about PC 4521.\n');
const clean = join(dir, 'clean.txt');
writeFileSync(clean, 'The number of officers of each rank is given in the table below.\n');

describe('police-pii CLI', () => {
  it('exits 1 and masks values when something is found', async () => {
    const r = await run(['scan', withPii]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('EMAIL');
    expect(r.out).toContain('j.s****@m**.p*****.u*');
    expect(r.out).not.toContain('j.smith@met.police.uk');
    expect(r.out).toMatch(/1:\d+/u);
  });

  it('prints values in clear with --show and as JSON', async () => {
    const r = await run(['scan', withPii, '--show', '--format', 'json']);
    const records = JSON.parse(r.out) as Array<{ type: string; text: string; line: number }>;
    expect(records.find((x) => x.type === 'EMAIL')?.text).toBe('j.smith@met.police.uk');
    expect(records[0]?.line).toBe(1);
  });

  it('filters by --types and --min-score, and exits 0 when nothing is found', async () => {
    expect((await run(['scan', clean])).code).toBe(0);
    const r = await run(['scan', withPii, '--types', 'EMAIL', '--format', 'jsonl']);
    expect(r.out.split('\n').map((l) => JSON.parse(l).type)).toEqual(['EMAIL']);
    expect((await run(['scan', withPii, '--min-score', '1'])).code).toBe(0);
  });

  it('scans a directory', async () => {
    const r = await run(['scan', dir, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('reply.txt');
  });

  it('exits 2 with a clear error on bad input, without echoing content', async () => {
    expect((await run(['scan'])).code).toBe(2);
    expect((await run(['scan', join(dir, 'missing.txt')])).err).toContain('IO_ERROR');
    const bad = await run(['scan', withPii, '--types', 'NAMES']);
    expect(bad.code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    expect(bad.err).not.toContain('j.smith');
  });

  it('redacts with each operator', async () => {
    const outFile = join(dir, 'out.txt');
    expect((await run(['redact', withPii, '-o', outFile])).code).toBe(1);
    expect(readFileSync(outFile, 'utf8')).toContain('[EMAIL]');
    const masked = await run(['redact', withPii, '-o', '-', '--operator', 'mask']);
    expect(masked.out).toContain('*.*****@***.******.**');
    const p1 = await run(['redact', withPii, '-o', '-', '--operator', 'pseudonym'], { POLICE_PII_KEY: 'a secret key here' });
    const p2 = await run(['redact', withPii, '-o', '-', '--operator', 'pseudonym'], { POLICE_PII_KEY: 'a secret key here' });
    expect(p1.out).toMatch(/EMAIL_[0-9a-f]{12}/u);
    expect(p1.out).toBe(p2.out);
    expect((await run(['redact', withPii, '-o', '-', '--operator', 'pseudonym'])).code).toBe(2);
  });
});
