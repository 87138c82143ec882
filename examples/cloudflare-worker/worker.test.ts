/** Runs the example worker inside workerd (miniflare), bundled from source with esbuild. */
import { join } from 'node:path';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redact, scan, label, mask } from '../../src/index.js';

let mf: Miniflare | undefined;
const text = 'Statement of PC Amara Okafor (a.okafor@met.police.uk), witnessed by DS Tom Hughes. Café 🙂';

beforeAll(async () => {
  const out = await build({ entryPoints: [join(import.meta.dirname, 'worker.ts')], bundle: true, format: 'esm', platform: 'browser', conditions: ['workerd', 'worker', 'browser'], target: 'es2022', write: false, logLevel: 'silent' });
  mf = new Miniflare({ modules: true, script: out.outputFiles[0]?.text ?? '', compatibilityDate: '2025-01-01' });
  await mf.ready;
});
afterAll(async () => {
  await mf?.dispose();
});

const post = (path: string, body: BodyInit) => (mf as Miniflare).dispatchFetch(`http://worker${path}`, { method: 'POST', body: body as string });

describe('cloudflare-worker example (in workerd)', () => {
  it('returns the findings of a posted document', async () => {
    const res = await post('/scan', text);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(((await res.json()) as { findings: unknown }).findings).toEqual(JSON.parse(JSON.stringify(scan(text))));
  });

  it.each([
    ['label', label()],
    ['mask', mask()],
  ])('redacts with ?redact=%s', async (mode, operator) => {
    const res = await post(`/scan?redact=${mode}`, text);
    const body = (await res.json()) as { redacted: string };
    expect(body.redacted).toBe(redact(text, scan(text), { DEFAULT: operator }).text);
    expect(body.redacted).not.toContain('a.okafor@met.police.uk');
  });

  it('filters by types and streams a large body with absolute offsets', async () => {
    const big = `${'Nothing personal in this line.\n'.repeat(8000)}${text}\n`;
    const res = await post('/scan?types=EMAIL', big);
    const { findings } = (await res.json()) as { findings: Array<{ type: string; start: number; end: number; text: string }> };
    expect(findings.map((f) => f.type)).toEqual(['EMAIL']);
    expect(big.slice(findings[0]?.start, findings[0]?.end)).toBe('a.okafor@met.police.uk');
  });

  it.each([
    ['GET', '/scan', 405],
    ['POST', '/other', 404],
    ['POST', '/scan?types=NAMES', 400],
    ['POST', '/scan?minScore=2', 400],
    ['POST', '/scan?redact=shred', 400],
  ])('%s %s answers %d without echoing the input', async (method, path, status) => {
    const res = await (mf as Miniflare).dispatchFetch(`http://worker${path}`, method === 'GET' ? {} : { method, body: text });
    expect(res.status).toBe(status);
    expect(await res.text()).not.toContain('okafor');
  });
});
