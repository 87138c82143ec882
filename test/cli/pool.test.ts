/**
 * The CLI's worker pool: the worker is bundled from source with esbuild (as the build would emit it), then the
 * pooled scan is compared with the in-process one.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderFiles, scanFiles } from '../../src/cli/commands/scan.js';
import { main } from '../../src/cli/main.js';
import { PiiError } from '../../src/core/errors.js';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'police-pii-pool-'));
const workerFile = join(dir, 'worker.mjs');
const files: string[] = [];

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  await build({ absWorkingDir: root, entryPoints: ['src/cli/worker.ts'], outfile: workerFile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent' });
  const tree = join(dir, 'tree');
  for (let i = 0; i < 24; i++) {
    const sub = join(tree, `d${i % 3}`);
    mkdirSync(sub, { recursive: true });
    const file = join(sub, `f${String(i).padStart(2, '0')}.txt`);
    // Uneven sizes so the workers finish out of order.
    const body = i % 5 === 0 ? 'Routine note with no personal data.\n'.repeat(3000) : '';
    writeFileSync(file, `${body}Contact PC Jones on p.jones${i}@met.police.uk about file ${i}.\n`);
    files.push(file);
  }
  writeFileSync(join(tree, 'clean.md'), 'Nothing to see.\n');
  files.push(join(tree, 'clean.md'));
});

describe('scanFiles with a worker pool', () => {
  it.each([
    ['workers only', false],
    ['workers and this thread', true],
  ])('gives the same results, in input order, as an in-process scan (%s)', async (_, shareThisThread) => {
    const seen: string[] = [];
    const pooled = await scanFiles(files, { minScore: 0.5 }, { jobs: 2, worker: pathToFileURL(workerFile), shareThisThread, onFile: (f) => seen.push(f) });
    const local = await scanFiles(files, { minScore: 0.5 }, { jobs: 1 });
    expect(pooled.map((r) => r.file)).toEqual(files);
    expect(pooled).toEqual(local);
    expect(pooled.filter((r) => r.findings.some((f) => f.type === 'EMAIL'))).toHaveLength(24);
    expect(seen.sort()).toEqual([...files].sort());
  });

  it.each(['table', 'json', 'jsonl'] as const)('renders %s in the workers exactly as in this thread', async (format) => {
    const render = { format, show: false };
    const pooled = await renderFiles(files, {}, render, { jobs: 2, worker: workerFile, shareThisThread: false });
    const local = await renderFiles(files, {}, render, { jobs: 1 });
    expect(pooled).toEqual(local);
    expect(pooled.reduce((n, r) => n + r.count, 0)).toBeGreaterThanOrEqual(24 * 3);
    // Masked by default: no address in clear.
    expect(pooled.some((r) => r.text.includes('p.jones'))).toBe(false);
  });

  it('passes pipeline options to the workers', async () => {
    const pooled = await scanFiles(files.slice(0, 4), { types: ['EMAIL'], explain: true }, { jobs: 2, worker: workerFile, shareThisThread: false });
    for (const r of pooled) for (const f of r.findings) expect(f.type).toBe('EMAIL');
    expect(pooled[0]?.findings[0]?.evidence).toBeDefined();
  });

  it('rethrows a worker error as a PiiError with its code', async () => {
    const missing = join(dir, 'tree', 'gone.txt');
    const err = await scanFiles([files[0] as string, missing], {}, { jobs: 2, worker: workerFile, shareThisThread: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PiiError);
    expect((err as PiiError).code).toBe('IO_ERROR');
  });
});

describe('police-pii scan --jobs', () => {
  it.each([['0'], ['-2'], ['1.5'], ['many']])('rejects --jobs %s with exit 2', async (jobs) => {
    const r = await run(['scan', join(dir, 'tree'), '--jobs', jobs]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--jobs');
  });

  it('prints the same report with --jobs 1 and --jobs 2', async () => {
    const one = await run(['scan', join(dir, 'tree'), '--jobs', '1', '--format', 'jsonl']);
    const two = await run(['scan', join(dir, 'tree'), '--jobs', '2', '--format', 'jsonl']);
    expect(one.code).toBe(1);
    expect(two.out).toBe(one.out);
    const reported = new Set(one.out.split('\n').map((l) => (JSON.parse(l) as { file: string }).file));
    expect(reported.size).toBe(24);
  });
});
