/**
 * Workbook reader regressions and a seeded mini-fuzz. Every input saved by `node bench/fuzz-xlsx.mjs` under
 * test/robustness/regressions/ (inputs that once crashed or hung the reader), plus a few hundred seeded mutations
 * of the test workbooks, must either scan or fail with a PiiError, in bounded time: never a TypeError, a
 * RangeError, a hang or an out-of-memory crash.
 *
 * The reader runs in a child process (bundled with esbuild into a temporary directory) with a time limit, so an
 * input that sends it into an endless loop fails this suite instead of hanging the whole test run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REGRESSIONS = fileURLToPath(new URL('./regressions/', import.meta.url));
const MINI_FUZZ_RUNS = Number(process.env.MINI_FUZZ_RUNS ?? 400);
/** Time limit per saved input, and for the whole mini-fuzz (ms). */
const PER_INPUT_MS = 30_000;
const MINI_FUZZ_MS = 120_000;

const RUNNER = `
import { readFileSync, readdirSync } from 'node:fs';
import { scanWorkbook, PiiError, mutate, seeded, buildXlsx, workbookParts, PII_ROWS } from './target.mjs';
function outcome(bytes) {
  try {
    const r = scanWorkbook(bytes);
    for (const f of r.findings) if (!(f.start >= 0 && f.start < f.end && f.score >= 0 && f.score <= 1)) return 'crash: bad finding';
    return 'ok';
  } catch (e) {
    if (e instanceof PiiError) return e.code;
    return 'crash: ' + (e instanceof Error ? e.name + ': ' + e.message : String(e)).slice(0, 200);
  }
}
const [mode, arg, runs] = process.argv.slice(2);
if (mode === 'file') {
  process.stdout.write(JSON.stringify({ outcome: outcome(new Uint8Array(readFileSync(arg))) }) + '\\n');
} else {
  const seeds = [buildXlsx(workbookParts(PII_ROWS))];
  for (const f of readdirSync(arg).filter((n) => n.endsWith('.xlsx')).sort()) {
    const b = new Uint8Array(readFileSync(arg + f));
    if (b.length < 200000) seeds.push(b);
  }
  const rnd = seeded(20261127);
  for (let i = 0; i < Number(runs); i++) {
    const { kind, bytes } = mutate(rnd, seeds[i % seeds.length], seeds);
    process.stdout.write(JSON.stringify({ i, kind, start: true }) + '\\n');
    const t = performance.now();
    process.stdout.write(JSON.stringify({ i, kind, outcome: outcome(bytes), ms: Math.round(performance.now() - t) }) + '\\n');
  }
}
`;

let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'police-pii-regress-'));
  await build({
    stdin: {
      contents:
        "export { scanWorkbook } from './src/xlsx/index.ts';\nexport { PiiError } from './src/core/errors.ts';\nexport { mutate, seeded } from './test/robustness/mutate.ts';\nexport { buildXlsx, workbookParts, PII_ROWS } from './test/robustness/workbook.ts';\n",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: join(dir, 'target.mjs'),
    logLevel: 'warning',
  });
  writeFileSync(join(dir, 'runner.mjs'), RUNNER);
}, 120_000);

function run(args: string[], timeout: number): { lines: Array<Record<string, unknown>>; timedOut: boolean; stderr: string } {
  const r = spawnSync(process.execPath, ['--max-old-space-size=1024', join(dir, 'runner.mjs'), ...args], { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  const lines = r.stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { lines, timedOut: r.error !== undefined || r.signal !== null, stderr: r.stderr.slice(0, 500) };
}

const saved = readdirSync(REGRESSIONS).filter((f) => f.endsWith('.xlsx')).sort();

describe('workbook reader regressions', () => {
  it.each(saved.length > 0 ? saved : ['(none saved)'])('%s scans or fails with a PiiError, in bounded time', (name) => {
    if (name === '(none saved)') return;
    const r = run(['file', `${REGRESSIONS}${name}`], PER_INPUT_MS);
    expect(r.timedOut, `no answer within ${PER_INPUT_MS} ms (hang or crash) ${r.stderr}`).toBe(false);
    expect(String(r.lines[0]?.outcome ?? r.stderr)).not.toMatch(/^crash/u);
  }, PER_INPUT_MS + 10_000);
});

describe('seeded mini-fuzz of the workbook reader', () => {
  it(`${MINI_FUZZ_RUNS} mutations scan or fail with a PiiError`, () => {
    const r = run(['fuzz', fileURLToPath(new URL('../fixtures/', import.meta.url)), String(MINI_FUZZ_RUNS)], MINI_FUZZ_MS);
    const done = r.lines.filter((l) => l.outcome !== undefined);
    const last = r.lines[r.lines.length - 1];
    expect(r.timedOut, `stopped at input #${String(last?.i)} (${String(last?.kind)}): hang or crash ${r.stderr}`).toBe(false);
    expect(done).toHaveLength(MINI_FUZZ_RUNS);
    const crashes = done.filter((l) => String(l.outcome).startsWith('crash')).map((l) => `#${String(l.i)} ${String(l.kind)}: ${String(l.outcome)}`);
    expect(crashes).toEqual([]);
    const slow = done.filter((l) => Number(l.ms) > 10_000).map((l) => `#${String(l.i)} ${String(l.kind)}: ${String(l.ms)} ms`);
    expect(slow).toEqual([]);
    // The mutations reach both outcomes: some inputs still scan, some are refused.
    const outcomes = new Set(done.map((l) => String(l.outcome)));
    expect(outcomes.has('ok')).toBe(true);
    expect(outcomes.size).toBeGreaterThan(1);
  }, MINI_FUZZ_MS + 30_000);
});
