import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/core/pipeline.js';
import { defineDetector, makeFinding } from '../../src/core/detector.js';
import { patternDetectors } from '../../src/core/presets.js';
import { PiiError } from '../../src/core/errors.js';
import { DEFAULT_STREAM_OVERLAP, DEFAULT_STREAM_WINDOW, scanReadable, scanStream, type ScanStreamOptions, type TextSource } from '../../src/core/stream.js';
import type { Finding, Pipeline } from '../../src/core/types.js';

/** A test detector: `TOKEN-` followed by digits, low score, context word "ref" raises it. */
const token = defineDetector({
  id: 'token',
  types: ['OFFICER_ID'],
  context: { OFFICER_ID: ['ref'] },
  detect(text, ctx) {
    const out: Finding[] = [];
    for (const m of text.matchAll(/TOKEN-\d+/gu)) out.push(makeFinding(text, m.index, m.index + m[0].length, 'OFFICER_ID', 0.4, 'token', ctx));
    return out;
  },
});

const pipeline = createPipeline({ detectors: [...patternDetectors(), token] });

/** A deterministic pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A synthetic document with e-mails, ranks, tokens with and without context, emoji and line breaks. */
function document(seed: number, length: number): string {
  const r = rng(seed);
  const parts = ['Please contact ', 'j.smith@met.police.uk', ' or PC Jones. ', 'ref TOKEN-4521 ', 'TOKEN-77 ', '🙂', 'Acting Detective Sergeant Okafor ', '\n', 'a.okafor@west-yorkshire.police.uk\r\n', 'nothing here at all ', 'Chief Inspector Brown, ', '𝒜𝒷 '];
  let s = '';
  while (s.length < length) s += parts[Math.floor(r() * parts.length)];
  return s;
}

/** Splits a text into chunks of the given sizes (cycled), possibly between surrogate halves. */
function chunk(text: string, sizes: readonly number[]): string[] {
  const out: string[] = [];
  let i = 0;
  for (let k = 0; i < text.length; k++) {
    const n = sizes[k % sizes.length] as number;
    out.push(text.slice(i, i + n));
    i += n;
  }
  return out;
}

function readable(chunks: readonly string[]): ReadableStream<string> {
  let i = 0;
  return new ReadableStream<string>({
    pull(c) {
      if (i < chunks.length) c.enqueue(chunks[i++] as string);
      else c.close();
    },
  });
}

async function collect(p: Pick<Pipeline, 'scan'>, source: TextSource, options?: ScanStreamOptions): Promise<Finding[]> {
  const out: Finding[] = [];
  for await (const f of scanStream(p, source, options)) out.push(f);
  return out;
}

describe('scanStream', () => {
  const text = document(1, 6000);
  const whole = pipeline.scan(text);

  it('has sensible defaults', () => {
    expect(DEFAULT_STREAM_OVERLAP).toBeGreaterThanOrEqual(256);
    expect(DEFAULT_STREAM_WINDOW).toBeGreaterThan(DEFAULT_STREAM_OVERLAP);
    expect(whole.length).toBeGreaterThan(50);
  });

  it.each([
    { name: 'one chunk, default windows', sizes: [1_000_000], options: {} },
    { name: 'single units', sizes: [1], options: { windowSize: 300, overlap: 100 } },
    { name: 'odd sizes', sizes: [7, 13, 1, 64, 3], options: { windowSize: 256, overlap: 64 } },
    { name: 'chunks larger than windows', sizes: [5000, 17], options: { windowSize: 200, overlap: 80 } },
    { name: 'window equals overlap', sizes: [97], options: { windowSize: 100, overlap: 100 } },
  ])('gives the same findings as a whole-text scan: $name', async ({ sizes, options }) => {
    const streamed = await collect(pipeline, readable(chunk(text, sizes)), options);
    expect(streamed).toEqual(whole);
  });

  it('finds an entity cut at every possible position, with absolute offsets', async () => {
    const prefix = 'x'.repeat(500) + ' Contact ';
    const email = 'k.lewis@btp.pnn.police.uk';
    const input = prefix + email + ' today. ' + 'y'.repeat(300);
    for (let cut = prefix.length - 2; cut <= prefix.length + email.length + 2; cut++) {
      const found = await collect(pipeline, [input.slice(0, cut), input.slice(cut)], { windowSize: 128, overlap: 64 });
      const hit = found.filter((f) => f.type === 'EMAIL');
      expect(hit).toHaveLength(1);
      expect(hit[0]).toMatchObject({ start: prefix.length, end: prefix.length + email.length, text: email });
    }
  });

  it('applies context words across a window boundary', async () => {
    const input = 'z'.repeat(190) + ' ref ' + 'w '.repeat(8) + 'TOKEN-123 ' + 'q'.repeat(400);
    const streamed = await collect(pipeline, [input], { windowSize: 200, overlap: 64 });
    expect(streamed.map((f) => f.text)).toEqual(['TOKEN-123']);
    expect(streamed).toEqual(pipeline.scan(input));
    // Without the context word the low-scoring token is dropped, as in a whole scan.
    const bare = input.replace(' ref ', ' abc ');
    expect(await collect(pipeline, [bare], { windowSize: 200, overlap: 64 })).toEqual([]);
  });

  it('never splits a surrogate pair and keeps windows bounded', async () => {
    const emoji = '😀'.repeat(400) + 'Mail j.smith@met.police.uk ' + '𝒜'.repeat(400);
    const windows: string[] = [];
    const spy = { scan: (t: string) => (windows.push(t), pipeline.scan(t)) };
    for (const sizes of [[1], [3], [250]]) {
      windows.length = 0;
      const found = await collect(spy, readable(chunk(emoji, sizes)), { windowSize: 101, overlap: 33 });
      expect(found).toEqual(pipeline.scan(emoji));
      expect(windows.length).toBeGreaterThan(5);
      for (const w of windows) {
        expect(w.charCodeAt(0) >= 0xdc00 && w.charCodeAt(0) <= 0xdfff).toBe(false);
        const last = w.charCodeAt(w.length - 1);
        expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
        expect(w.length).toBeLessThanOrEqual(101 + 3 * 33 + 2);
      }
    }
  });

  it('emits each range once, sorted, without overlaps, with detached text', async () => {
    // A detector that reports every "aaaa" run at each offset: heavy overlaps around every boundary.
    const runs = defineDetector({
      id: 'runs',
      types: ['PERSON'],
      detect(t, ctx) {
        const out: Finding[] = [];
        for (let i = t.indexOf('aaaa'); i !== -1; i = t.indexOf('aaaa', i + 1)) out.push(makeFinding(t, i, i + 4, 'PERSON', 0.9, 'runs', ctx));
        return out;
      },
    });
    const p = createPipeline({ detectors: [runs] });
    const input = ('b' + 'a'.repeat(37)).repeat(50);
    const found = await collect(p, chunk(input, [11]), { windowSize: 60, overlap: 20 });
    // Same-type findings that partly overlap are joined by the pipeline, so each run of a's is one finding.
    expect(found.length).toBeGreaterThanOrEqual(50);
    for (let i = 0; i < found.length; i++) {
      const f = found[i] as Finding;
      expect(f.text).toBe(input.slice(f.start, f.end));
      if (i > 0) expect(f.start).toBeGreaterThanOrEqual((found[i - 1] as Finding).end);
    }
  });

  it('accepts async and sync iterables and an empty stream', async () => {
    async function* gen(): AsyncGenerator<string> {
      for (const c of chunk(text, [333])) yield c;
    }
    expect(await collect(pipeline, gen())).toEqual(whole);
    expect(await collect(pipeline, chunk(text, [999]))).toEqual(whole);
    expect(await collect(pipeline, readable([]))).toEqual([]);
    expect(await collect(pipeline, ['', '', ''])).toEqual([]);
  });

  it.each([
    { name: 'negative overlap', options: { overlap: -1 } },
    { name: 'fractional window', options: { windowSize: 10.5 } },
    { name: 'window smaller than overlap', options: { windowSize: 10, overlap: 20 } },
    { name: 'window of 1', options: { windowSize: 1, overlap: 0 } },
  ])('rejects bad options: $name', async ({ options }) => {
    await expect(collect(pipeline, ['x'], options)).rejects.toMatchObject({ code: 'INVALID_OPTION' });
  });

  it("keeps windows within the pipeline's maxLength", async () => {
    const small = pipeline.with({ maxLength: 1000 });
    await expect(collect(small, ['x'])).rejects.toMatchObject({ code: 'INVALID_OPTION' });
    expect(await collect(small, chunk(text, [64]), { windowSize: 600, overlap: 128 })).toEqual(whole);
  });

  it('rejects non-text chunks and non-stream sources with INVALID_INPUT', async () => {
    await expect(collect(pipeline, [new Uint8Array(3)] as unknown as string[])).rejects.toBeInstanceOf(PiiError);
    await expect(collect(pipeline, 42 as unknown as string[])).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('cancels the source when the consumer stops early, and honours an abort signal', async () => {
    let cancelled = false;
    let pulled = 0;
    const endless = new ReadableStream<string>({
      pull(c) {
        pulled++;
        c.enqueue('Mail j.smith@met.police.uk now. ');
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const f of scanStream(pipeline, endless, { windowSize: 256, overlap: 64 })) {
      expect(f.type).toBe('EMAIL');
      break;
    }
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(100);

    const ac = new AbortController();
    const it = scanStream(pipeline, chunk(text, [100]), { signal: ac.signal, windowSize: 256, overlap: 64 });
    await it.next();
    ac.abort(new Error('stop'));
    await expect(it.next()).rejects.toThrow('stop');
  });

  it('scanReadable gives the same findings as a web stream', async () => {
    const out: Finding[] = [];
    const reader = scanReadable(pipeline, readable(chunk(text, [500])), { windowSize: 1000, overlap: 256 }).getReader();
    for (let r = await reader.read(); r.done !== true; r = await reader.read()) out.push(r.value);
    expect(out).toEqual(whole);
  });
});
