#!/usr/bin/env node
/**
 * Fuzzes the workbook reader (`scanWorkbook` of src/xlsx) with mutated workbooks for a bounded time: bit flips,
 * truncation, ZIP entry reordering, dropped or swapped entries, damaged ZIP headers, spliced parts and edits inside
 * the XML parts (test/robustness/mutate.ts). Each input runs in a worker thread with a time limit and a heap limit,
 * so a hang or an out-of-memory crash is caught like an exception. Anything other than a result or a PiiError is a
 * crash: the input is saved under test/robustness/regressions/ (one per distinct crash), where
 * test/robustness/regressions.test.ts replays it in `npm test`.
 *
 * Usage: node bench/fuzz-xlsx.mjs [--seconds 120] [--seed 1] [--timeout-ms 10000] [--heap-mb 1024] [--no-save]
 *
 * Seeds: ../shared/eval/xlsx/*.xlsx, test/fixtures/**.xlsx (under 200 KB: big ones are slow to scan, not more interesting) and a generated personal-data workbook.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    seconds: { type: 'string', default: '120' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    'timeout-ms': { type: 'string', default: '10000' },
    'heap-mb': { type: 'string', default: '1024' },
    'no-save': { type: 'boolean', default: false },
  },
});
const SECONDS = Number(opts.seconds);
const SEED = Number(opts.seed);
const TIMEOUT_MS = Number(opts['timeout-ms']);
const HEAP_MB = Number(opts['heap-mb']);
const OUT_DIR = join(ROOT, 'test/robustness/regressions');

// Bundle the reader and the mutators once (in a temporary directory: nothing is written to dist/).
const work = mkdtempSync(join(tmpdir(), 'police-pii-fuzz-'));
const bundle = join(work, 'fuzz-target.mjs');
await build({
  stdin: {
    contents: `export { scanWorkbook } from './src/xlsx/index.ts';\nexport { PiiError } from './src/core/errors.ts';\nexport { mutate, seeded } from './test/robustness/mutate.ts';\nexport { buildXlsx, workbookParts, PII_ROWS } from './test/robustness/workbook.ts';\n`,
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: bundle,
  logLevel: 'warning',
});
const target = await import(bundle);

const workerFile = join(work, 'worker.mjs');
writeFileSync(
  workerFile,
  `import { parentPort } from 'node:worker_threads';
import { scanWorkbook, PiiError } from ${JSON.stringify(bundle)};
parentPort.on('message', ({ id, bytes }) => {
  try {
    const r = scanWorkbook(bytes);
    parentPort.postMessage({ id, outcome: 'ok', findings: r.findings.length });
  } catch (e) {
    if (e instanceof PiiError) parentPort.postMessage({ id, outcome: e.code });
    else parentPort.postMessage({ id, outcome: 'crash', error: e instanceof Error ? e.name + ': ' + e.message : String(e), stack: e instanceof Error ? String(e.stack).split('\\n').slice(1, 4).join(' | ') : '' });
  }
});
`,
);

function seedFiles() {
  const out = [];
  const add = (p) => {
    if (p.endsWith('.xlsx') && statSync(p).size < 200_000) out.push({ name: relative(ROOT, p), bytes: new Uint8Array(readFileSync(p)) });
  };
  const walk = (d) => {
    if (!existsSync(d)) return;
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else add(p);
    }
  };
  walk(join(ROOT, '../shared/eval/xlsx'));
  walk(join(ROOT, 'test/fixtures'));
  out.push({ name: '(generated)', bytes: target.buildXlsx(target.workbookParts(target.PII_ROWS)) });
  return out;
}

let worker;
let nextId = 0;
function startWorker() {
  worker = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
  worker.unref();
}

/** Runs one input; resolves with { outcome, error?, stack? }, where outcome is ok, a PiiError code, crash, hang or oom. */
function runOne(bytes) {
  const id = nextId++;
  return new Promise((resolve) => {
    let done = false;
    const finish = (r, restart) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (restart) {
        void worker.terminate();
        startWorker();
      }
      resolve(r);
    };
    const onMessage = (m) => {
      if (m.id === id) finish(m, false);
    };
    const onError = (e) => finish({ outcome: e?.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'oom' : 'crash', error: String(e?.message ?? e) }, true);
    const onExit = () => finish({ outcome: 'crash', error: 'worker exited' }, true);
    const timer = setTimeout(() => finish({ outcome: 'hang', error: `no answer in ${TIMEOUT_MS} ms` }, true), TIMEOUT_MS);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id, bytes });
  });
}

const seeds = seedFiles();
const rnd = target.seeded(SEED);
startWorker();
const started = Date.now();
const counts = {};
const byKind = {};
const crashes = new Map();
let tried = 0;
while (Date.now() - started < SECONDS * 1000) {
  const base = seeds[Math.floor(rnd() * seeds.length)];
  const { kind, bytes } = target.mutate(rnd, base.bytes, seeds.map((s) => s.bytes));
  const r = await runOne(bytes);
  tried++;
  counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
  byKind[kind] = (byKind[kind] ?? 0) + 1;
  if (r.outcome === 'crash' || r.outcome === 'hang' || r.outcome === 'oom') {
    const key = `${r.outcome}|${r.error}|${r.stack ?? ''}`.slice(0, 300);
    if (!crashes.has(key)) {
      const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
      const file = join(OUT_DIR, `${r.outcome}-${kind}-${hash}.xlsx`);
      crashes.set(key, { file, seed: base.name, kind, ...r });
      if (!opts['no-save']) {
        mkdirSync(OUT_DIR, { recursive: true });
        writeFileSync(file, bytes);
      }
      process.stdout.write(`\n${r.outcome.toUpperCase()} (${kind} of ${base.name}): ${r.error}${r.stack ? `\n  at ${r.stack}` : ''}\n  saved ${relative(ROOT, file)}\n`);
    }
  }
  if (tried % 200 === 0) process.stdout.write(`\r${tried} inputs, ${Math.round((Date.now() - started) / 1000)} s`);
}
await worker.terminate();
const seconds = Math.round((Date.now() - started) / 100) / 10;
process.stdout.write(
  `\nfuzz-xlsx: seed ${SEED}, ${seeds.length} seed workbooks, ${tried} inputs in ${seconds} s (${Math.round(tried / seconds)}/s)\n` +
    `outcomes: ${JSON.stringify(counts)}\nmutations: ${JSON.stringify(byKind)}\ndistinct crashes: ${crashes.size}\n`,
);
process.exitCode = crashes.size > 0 ? 1 : 0;
