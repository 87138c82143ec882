#!/usr/bin/env node
// Streams a large synthetic text (default 200 MB) through scanStream with the default pipeline and reports
// the peak resident memory (VmHWM) of the process, which must stay under 200 MB whatever the input size.
// The text is generated chunk by chunk, never held whole.
// Usage: node bench/stream.mjs [--mb 200] [--chunk-kb 64] [--window-kb 64] [--heap-mb N] [--json]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1];
};
const totalUnits = Math.round(Number(arg('--mb', '200')) * 1024 * 1024);
const chunkUnits = Math.round(Number(arg('--chunk-kb', '64')) * 1024);
const budgetMB = 200;

// The parent bundles the library, then measures in a fresh child process that loads only the bundle, so the
// peak memory is the scan's own (not esbuild's).
const child = arg('--child', undefined);
if (child === undefined) {
  const tmp = mkdtempSync(join(tmpdir(), 'police-pii-stream-'));
  try {
    const outfile = join(tmp, 'lib.mjs');
    const { build } = await import('esbuild');
    await build({ absWorkingDir: root, entryPoints: ['src/index.ts'], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile, logLevel: 'silent' });
    // --heap-mb N caps V8's old space in the child: finishing under a cap far below the input size shows the
    // memory is bounded by design, not by luck of the garbage collector's timing.
    const heap = arg('--heap-mb', undefined);
    const flags = heap === undefined ? [] : [`--max-old-space-size=${Number(heap)}`];
    const r = spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url), ...process.argv.slice(2), '--child', outfile], { stdio: 'inherit' });
    process.exitCode = r.status ?? 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
} else await measure(child);

async function measure(bundle) {
const lib = await import(pathToFileURL(bundle).href);

// Synthetic lines (no real person): officers, contacts, filler, some non-ASCII, CRLF and LF.
const given = ['Amara', 'Tom', 'Priya', 'Gareth', 'Siobhan', 'Kwame', 'Zoë', 'Łukasz', 'Mei', 'Rhys'];
const family = ['Okafor', 'Hughes', 'Patel', 'Jones', "O'Neill", 'Mensah', 'Brontë', 'Nowak', 'Chen', 'Price'];
const ranks = ['PC', 'DC', 'PS', 'DS', 'Inspector', 'Chief Inspector', 'Superintendent', 'PCSO'];
let seed = 42;
const rand = (n) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
function line() {
  const g = given[rand(given.length)];
  const f = family[rand(family.length)];
  switch (rand(6)) {
    case 0:
      return `${ranks[rand(ranks.length)]} ${g} ${f} (collar ${1000 + rand(8999)}) attended at 14:${10 + rand(49)}.\r\n`;
    case 1:
      return `Contact ${g.toLowerCase()}.${f.toLowerCase().replace(/\W/g, '')}@met.police.uk or 07700 9${String(rand(100000)).padStart(5, '0')}.\n`;
    case 2:
      return `The review found no further action was required in relation to incident ${rand(1e6)} — café 🙂 noted.\n`;
    default:
      return 'Routine paragraph of an FOI response with statistics about the number of calls received each month.\n';
  }
}

let produced = 0;
const source = new ReadableStream({
  pull(controller) {
    if (produced >= totalUnits) {
      controller.close();
      return;
    }
    let s = '';
    while (s.length < chunkUnits) s += line();
    produced += s.length;
    controller.enqueue(s);
  },
});

let rssMax = 0;
const sample = () => (rssMax = Math.max(rssMax, process.memoryUsage().rss));
const timer = setInterval(sample, 50);
const pipeline = lib.defaultPipeline();
const counts = {};
let n = 0;
const t0 = performance.now();
const windowArg = arg('--window-kb', undefined);
const streamOptions = windowArg === undefined ? {} : { windowSize: Math.round(Number(windowArg) * 1024) };
for await (const f of lib.scanStream(pipeline, source, streamOptions)) {
  counts[f.type] = (counts[f.type] ?? 0) + 1;
  if (++n % 10000 === 0) sample();
}
const seconds = (performance.now() - t0) / 1000;
clearInterval(timer);
sample();
const hwm = Number(/VmHWM:\s+(\d+)/u.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) * 1024;
const peakMB = Math.round((Math.max(hwm, rssMax) / 1024 / 1024) * 10) / 10;
const heapCap = process.execArgv.find((a) => a.startsWith('--max-old-space-size='))?.split('=')[1];
const result = { heapCapMB: heapCap === undefined ? null : Number(heapCap), inputMB: Math.round((produced / 1024 / 1024) * 10) / 10, chunkKB: chunkUnits / 1024, findings: n, byType: counts, seconds: Math.round(seconds * 10) / 10, mbPerSecond: Math.round((produced / 1024 / 1024 / seconds) * 10) / 10, peakRssMB: peakMB, budgetMB };
if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
else console.log(`streamed ${result.inputMB} M UTF-16 units (ASCII-heavy text, ~${result.inputMB} MB as UTF-8) in ${result.chunkKB} K chunks: ${n} findings in ${result.seconds} s (${result.mbPerSecond} MB/s); peak RSS ${peakMB} MB (budget ${budgetMB} MB)${heapCap === undefined ? '' : `; V8 old space capped at ${heapCap} MB`}`);
if (peakMB >= budgetMB) process.exitCode = 1;
}
