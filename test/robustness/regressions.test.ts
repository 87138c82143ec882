/**
 * Workbook reader regressions and a seeded mini-fuzz. Every input saved by `node bench/fuzz-xlsx.mjs` under
 * test/robustness/regressions/ (inputs that once crashed or hung the reader), plus a few hundred seeded mutations
 * of the test workbooks, must either scan or fail with a PiiError, in bounded time: never a TypeError, a
 * RangeError, a hang or an out-of-memory crash.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PiiError } from '../../src/core/errors.js';
import { scanWorkbook } from '../../src/xlsx/index.js';
import { mutate, seeded } from './mutate.js';
import { buildXlsx, PII_ROWS, workbookParts } from './workbook.js';

const REGRESSIONS = fileURLToPath(new URL('./regressions/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const MINI_FUZZ_RUNS = Number(process.env.MINI_FUZZ_RUNS ?? 400);

/** Scans; returns 'ok' or the PiiError code, and throws anything else (a crash). */
function outcome(bytes: Uint8Array): string {
  try {
    const r = scanWorkbook(bytes);
    for (const f of r.findings) {
      if (!(f.start >= 0 && f.start < f.end && f.score >= 0 && f.score <= 1)) throw new Error(`bad finding ${f.type} ${f.start}..${f.end}`);
    }
    return 'ok';
  } catch (e) {
    if (e instanceof PiiError) return e.code;
    throw e;
  }
}

const saved = readdirSync(REGRESSIONS).filter((f) => f.endsWith('.xlsx')).sort();

describe('workbook reader regressions', () => {
  it.each(saved.length > 0 ? saved : ['(none saved)'])('%s scans or fails with a PiiError', (name) => {
    if (name === '(none saved)') {
      expect(saved).toEqual([]);
      return;
    }
    const t = performance.now();
    expect(() => outcome(new Uint8Array(readFileSync(`${REGRESSIONS}${name}`)))).not.toThrow();
    expect(performance.now() - t).toBeLessThan(20_000);
  });
});

describe('seeded mini-fuzz of the workbook reader', () => {
  const seeds: Uint8Array[] = [buildXlsx(workbookParts(PII_ROWS))];
  for (const f of readdirSync(FIXTURES).filter((n) => n.endsWith('.xlsx')).sort()) {
    const b = new Uint8Array(readFileSync(`${FIXTURES}${f}`));
    if (b.length < 200_000) seeds.push(b);
  }

  it(`${MINI_FUZZ_RUNS} mutations scan or fail with a PiiError`, () => {
    const rnd = seeded(20261127);
    const counts: Record<string, number> = {};
    const crashes: string[] = [];
    for (let i = 0; i < MINI_FUZZ_RUNS; i++) {
      const base = seeds[i % seeds.length] as Uint8Array;
      const { kind, bytes } = mutate(rnd, base, seeds);
      const t = performance.now();
      try {
        const o = outcome(bytes);
        counts[o] = (counts[o] ?? 0) + 1;
      } catch (e) {
        crashes.push(`#${i} ${kind}: ${e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 160) : String(e)}`);
      }
      if (performance.now() - t > 10_000) crashes.push(`#${i} ${kind}: took ${Math.round(performance.now() - t)} ms`);
    }
    expect(crashes).toEqual([]);
    // The mutations reach both outcomes: some inputs still scan, some are refused.
    expect(counts.ok ?? 0).toBeGreaterThan(0);
    expect(Object.keys(counts).length).toBeGreaterThan(1);
  }, 300_000);
});
