// Speed suite: throughput of `scan` (MB/s of UTF-8 input) on generated text, time per 1 KB document, peak memory,
// a growth check, and the peers' speed under a time budget. Fixed seeds, a warm-up run, medians of several runs.
// Also runs as a child process (`node bench/speed.mjs memory|peer ...`) so memory peaks and runaway peers are isolated.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateText } from './corpora/generate.mjs';
import { importDist, mb, median, quantile } from './lib.mjs';

const SELF = fileURLToPath(import.meta.url);

/** Times `scan` on `text`: one warm-up run, then up to `runs` runs (fewer when one run is slow); median MB/s. */
export function throughput(scan, text, { runs = 5, budgetMs = 8000 } = {}) {
  let t0 = performance.now();
  scan(text);
  const warm = performance.now() - t0;
  const n = Math.max(1, Math.min(runs, Math.floor(budgetMs / Math.max(warm, 1))));
  const times = [];
  for (let i = 0; i < n; i++) {
    t0 = performance.now();
    scan(text);
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  return { ms, runs: n, mbps: mb(text) / (ms / 1000), mb: mb(text) };
}

/** Splits text into documents of about `size` characters at line ends. */
export function documents(text, size = 1024, count = 2000) {
  const docs = [];
  let i = 0;
  while (docs.length < count && i < text.length) {
    let end = text.indexOf('\n', i + size);
    if (end === -1 || end - i > size * 1.5) end = Math.min(text.length, i + size);
    docs.push(text.slice(i, end));
    i = end + 1;
  }
  return docs;
}

/** Time per ~1 KB document: two warm-up passes, then each document timed alone; median, p99 and mean in µs. */
export function perDocument(scan, docs) {
  for (let pass = 0; pass < 2; pass++) for (const d of docs) scan(d);
  const times = [];
  for (const d of docs) {
    const t0 = performance.now();
    scan(d);
    times.push((performance.now() - t0) * 1000);
  }
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return { docs: docs.length, avgChars: Math.round(docs.reduce((a, d) => a + d.length, 0) / docs.length), medianUs: median(times), p99Us: quantile(times, 0.99), meanUs: mean };
}

/**
 * Growth check: scan time for 1, 10 and 100 MB of mixed text, scanned in chunks of at most 10 MB (distinct seeds).
 * Each chunk is timed alone; `msPerMB` is the median over runs (sizes up to 10 MB, 3 runs unless one is slow) or over
 * chunks (100 MB, one run), which keeps the check robust to other jobs on a shared machine.
 */
export function growth(scan, sizesMB = [1, 10, 100]) {
  const chunk = 10_000_000;
  const rows = [];
  for (const size of sizesMB) {
    const total = size * 1e6;
    const chunks = [];
    for (let done = 0, i = 0; done < total; i++) {
      const chars = Math.min(chunk, total - done);
      chunks.push(growthChunk(i, chars));
      done += chars;
    }
    scan(chunks[0].slice(0, 100_000));
    const totals = [];
    const perChunk = [];
    for (let r = 0; r < (chunks.length > 1 ? 1 : 3); r++) {
      let sum = 0;
      for (const c of chunks) {
        const t0 = performance.now();
        scan(c);
        const ms = performance.now() - t0;
        sum += ms;
        perChunk.push(ms / (c.length / 1e6));
      }
      totals.push(sum);
      if (totals[0] > 4000) break;
    }
    rows.push({ sizeMB: size, chunks: chunks.length, runs: totals.length, ms: median(totals), msPerMB: median(perChunk) });
  }
  return rows;
}

const chunkCache = new Map();
/** Chunk `i` of the growth text (cached: the same chunks serve every pipeline). */
function growthChunk(i, chars) {
  const key = `${i}:${chars}`;
  if (!chunkCache.has(key)) chunkCache.set(key, generateText({ chars, seed: 1000 + i, mix: 'mixed' }));
  return chunkCache.get(key);
}

/** Frees the growth chunks. */
export function clearGrowthCache() {
  chunkCache.clear();
}

/** Runs `node bench/speed.mjs <args>` with a time limit; resolves to its JSON output, or `{timedOut: true}`. */
export function child(args, timeoutMs) {
  return new Promise((resolveRun) => {
    const t0 = performance.now();
    execFile(process.execPath, ['--max-old-space-size=4096', SELF, ...args], { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 1 << 20, env: process.env }, (err, stdout) => {
      if (err !== null) {
        resolveRun(err.killed === true || err.signal === 'SIGKILL' ? { timedOut: true, ms: performance.now() - t0 } : { error: String(err.message).split('\n')[0] });
        return;
      }
      try {
        resolveRun(JSON.parse(stdout.trim().split('\n').at(-1)));
      } catch {
        resolveRun({ error: 'no result' });
      }
    });
  });
}

/** Our pipelines by name, from the built library. */
export async function ourPipelines() {
  const root = await importDist('index.js');
  const core = await importDist('core/index.js');
  const out = {};
  if (root?.defaultPipeline) out.default = root.defaultPipeline();
  if (core?.createPipeline && core?.patternDetectors) out['pattern-only'] = core.createPipeline({ detectors: core.patternDetectors() });
  if (root?.createPipeline && (root.personName !== undefined || root.loadPersonName !== undefined)) {
    const make = root.loadPersonName ?? root.personName;
    const detector = typeof make === 'function' ? await make() : make;
    out['name detector'] = root.createPipeline({ detectors: [detector] });
  }
  return out;
}

async function childMain(argv) {
  const [mode, ...rest] = argv;
  if (mode === 'memory') {
    const [which, chars] = rest;
    const text = generateText({ chars: Number(chars), seed: 7, mix: 'mixed' });
    global.gc?.();
    const before = process.memoryUsage();
    const rssBefore = process.resourceUsage().maxRSS;
    const pipelines = await ourPipelines();
    const p = pipelines[which];
    if (p === undefined) return { error: `no pipeline ${which}` };
    let peakHeap = 0;
    let findings = 0;
    for (let i = 0; i < 2; i++) {
      findings = p.scan(text).length;
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }
    return { which, mb: mb(text), findings, textHeapMB: before.heapUsed / 1e6, maxRssMB: process.resourceUsage().maxRSS / 1024, rssBeforeScanMB: rssBefore / 1024, heapAfterScanMB: peakHeap / 1e6 };
  }
  if (mode === 'peer') {
    const [id, chars, variant] = rest;
    const { loadPeer } = await import('./peers/index.mjs');
    const peer = await loadPeer(id);
    if (peer.missing) return { error: peer.missing };
    const scanner = peer.create(variant === 'people' ? { peopleOnly: true } : {});
    const text = generateText({ chars: Number(chars), seed: 7, mix: 'mixed' });
    scanner.scan(text.slice(0, 4096));
    const t0 = performance.now();
    const spans = scanner.scan(text).length;
    const ms = performance.now() - t0;
    return { id, chars: text.length, mb: mb(text), ms, mbps: mb(text) / (ms / 1000), spans };
  }
  if (mode === 'ours') {
    const [which, chars] = rest;
    const text = generateText({ chars: Number(chars), seed: 7, mix: 'mixed' });
    const p = (await ourPipelines())[which];
    if (p === undefined) return { error: `no pipeline ${which}` };
    return { which, ...throughput((t) => p.scan(t), text, { runs: 5 }) };
  }
  return { error: `unknown mode ${mode}` };
}

if (process.argv[1] === SELF) {
  childMain(process.argv.slice(2)).then(
    (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
    (e) => {
      process.stdout.write(`${JSON.stringify({ error: String(e?.message ?? e).split('\n')[0] })}\n`);
      process.exitCode = 1;
    },
  );
}
