/**
 * Runs the default `scan` and `redact` (and `scanStream`) inside a real Workers runtime: workerd, driven by
 * miniflare. The worker script is bundled from source with esbuild, without the `nodejs_compat` flag, so
 * any Node built-in or global would fail here.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redact, scan } from '../../src/index.js';

const root = join(import.meta.dirname, '..', '..');

const workerSource = `
import { scan, redact, createPipeline, patternDetectors, scanStream } from './src/index.ts';
export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname === '/stream') {
      const p = createPipeline({ detectors: patternDetectors() });
      const found = [];
      for await (const f of scanStream(p, request.body.pipeThrough(new TextDecoderStream()), { windowSize: 512, overlap: 128 })) found.push(f);
      return Response.json({ findings: found, hasProcess: typeof process !== 'undefined' });
    }
    const text = await request.text();
    const findings = scan(text);
    return Response.json({ findings, redacted: redact(text, findings).text, hasProcess: typeof process !== 'undefined' });
  },
};
`;

const text = [
  'From: DS Amara Okafor <a.okafor@met.police.uk>',
  'Please ask PC Jones (j.jones@west-midlands.pnn.police.uk) to call back. 🙂',
  'Chief Inspector Brown signed the log.',
].join('\n');

let mf: Miniflare | undefined;

beforeAll(async () => {
  const bundle = await build({
    absWorkingDir: root,
    stdin: { contents: workerSource, resolveDir: root, loader: 'js', sourcefile: 'worker.js' },
    bundle: true,
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  mf = new Miniflare({ modules: true, script: bundle.outputFiles[0]?.text ?? '', compatibilityDate: '2025-01-01' });
  await mf.ready;
});

afterAll(async () => {
  await mf?.dispose();
});

describe('inside workerd (miniflare)', () => {
  it('scans and redacts exactly as in Node, with no Node globals', async () => {
    const res = await (mf as Miniflare).dispatchFetch('http://worker/scan', { method: 'POST', body: text });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { findings: unknown[]; redacted: string; hasProcess: boolean };
    const expected = scan(text);
    expect(expected.length).toBeGreaterThan(0);
    expect(body.findings).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(body.redacted).toBe(redact(text, expected).text);
    expect(body.redacted).not.toContain('a.okafor@met.police.uk');
    expect(body.hasProcess).toBe(false);
  });

  it('streams a request body through scanStream with absolute offsets', async () => {
    const long = `${'filler text without data. '.repeat(120)}\n${text}\n${'more filler. '.repeat(200)}${text}`;
    const res = await (mf as Miniflare).dispatchFetch('http://worker/stream', { method: 'POST', body: long });
    const body = (await res.json()) as { findings: Array<{ type: string; start: number; end: number; text: string }> };
    const emails = body.findings.filter((f) => f.type === 'EMAIL');
    expect(emails).toHaveLength(4);
    for (const f of body.findings) expect(long.slice(f.start, f.end)).toBe(f.text);
  });
});
