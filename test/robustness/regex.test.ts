/**
 * Every regular expression of the source tree is checked with recheck for super-linear (ReDoS) behaviour:
 * the exported patterns of src/core/regex/*.ts and every inline literal elsewhere under src/.
 * The same check runs standalone as `node scripts/check-regex.mjs`.
 */
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations.
import { checkRegexes, collectRegexes, stopRecheck } from '../../scripts/check-regex.mjs';

interface Pattern {
  readonly where: string;
  readonly source: string | null;
  readonly flags: string | null;
  readonly kind: string;
  readonly status?: string;
}
interface Checked extends Pattern {
  readonly status: string;
  readonly complexity?: string;
  readonly attack?: string;
}

const collect = collectRegexes as () => Promise<Pattern[]>;
const check = checkRegexes as (list: readonly Pattern[]) => Promise<Checked[]>;

afterAll(async () => {
  await (stopRecheck as () => Promise<void>)();
});

describe('regular expressions', () => {
  it('finds the exported patterns of src/core/regex and the inline ones, all with the u (or v) flag', async () => {
    const list = await collect();
    const exported = list.filter((r) => r.kind === 'exported');
    expect(exported.length).toBeGreaterThan(3);
    expect(list.some((r) => r.kind === 'inline')).toBe(true);
    for (const r of list) {
      if (r.flags === null) continue;
      expect.soft(/[uv]/u.test(r.flags), `${r.where} lacks the u flag`).toBe(true);
    }
  });

  it('recheck proves every pattern safe, and no pattern is built from a string at run time', async () => {
    const started = performance.now();
    const results = await check(await collect());
    const bad = results.filter((r) => r.status !== 'safe' && r.status !== 'copy');
    expect(bad.map((r) => `${r.where}: ${r.status}${r.complexity !== undefined ? ` (${r.complexity}; attack ${r.attack ?? '?'})` : ''}`)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(60_000);
  }, 120_000);

  it('recheck does flag a catastrophic pattern (the check can fail)', async () => {
    const [nested, overlap] = await check([
      { where: 'probe', source: '^(a+)+$', flags: 'u', kind: 'probe' },
      { where: 'probe', source: '^(?:\\d|\\d\\d)+x$', flags: 'u', kind: 'probe' },
    ]);
    expect(nested?.status).toBe('vulnerable');
    expect(overlap?.status).toBe('vulnerable');
  });
});
