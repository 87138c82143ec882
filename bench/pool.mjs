#!/usr/bin/env node
// CLI speed-up of the worker pool: scans a tree of 1,000 synthetic text files with --jobs 1 and --jobs 2
// (median wall time of a few runs each) and checks both print the same report. The CLI is bundled from source
// (src/cli/index.ts and its worker) unless --cli points at a built one (e.g. dist/cli/index.js).
// Usage: node bench/pool.mjs [--files 1000] [--runs 3] [--jobs 2] [--cli dist/cli/index.js] [--json]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1];
};
const fileCount = Number(arg('--files', '1000'));
const runs = Number(arg('--runs', '3'));
const jobs = Number(arg('--jobs', '2'));

const tmp = mkdtempSync(join(tmpdir(), 'police-pii-pool-'));
try {
  let cli = arg('--cli', undefined);
  if (cli === undefined) {
    const outdir = join(tmp, 'cli');
    await build({
      absWorkingDir: root,
      entryPoints: { index: 'src/cli/index.ts', worker: 'src/cli/worker.ts' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outdir,
      outExtension: { '.js': '.mjs' },
      external: ['piscina'],
      logLevel: 'silent',
    });
    symlinkSync(join(root, 'node_modules'), join(tmp, 'node_modules'), 'dir');
    cli = join(outdir, 'index.mjs');
  } else cli = resolve(cli);

  // 1,000 synthetic documents per size in 20 folders (no real person).
  const makeTree = (kb) => {
    const tree = join(tmp, `tree-${kb}kb`);
    const ranks = ['PC', 'DS', 'Inspector', 'PCSO', 'Sergeant'];
    const names = ['Amara Okafor', 'Tom Hughes', 'Priya Patel', 'Gareth Jones', 'Mei Chen', 'Rhys Price'];
    let bytes = 0;
    for (let i = 0; i < fileCount; i++) {
      const sub = join(tree, `dept${i % 20}`);
      mkdirSync(sub, { recursive: true });
      const n = names[i % names.length];
      const lines = [];
      const target = kb * 512 + ((i * 997) % (kb * 1024));
      let size = 0;
      for (let k = 0; size < target; k++) {
        const l =
          k % 4 === 0
            ? `${ranks[(i + k) % ranks.length]} ${n} (collar ${1000 + ((i * 31 + k) % 9000)}) can be reached at ${n.toLowerCase().replace(' ', '.')}${k}@met.police.uk.`
            : 'This paragraph of the response describes procedures and statistics without any personal data at all.';
        lines.push(l);
        size += l.length + 1;
      }
      writeFileSync(join(sub, `doc${String(i).padStart(4, '0')}.txt`), lines.join('\n'));
      bytes += size;
    }
    return { tree, bytes };
  };
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const time = (tree, j) => {
    const walls = [];
    let out = '';
    for (let r = 0; r < runs; r++) {
      const t0 = process.hrtime.bigint();
      const p = spawnSync(process.execPath, [cli, 'scan', tree, '--format', 'jsonl', '--jobs', String(j)], { encoding: 'utf8', maxBuffer: 1 << 30 });
      walls.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (p.status !== 1) throw new Error(`the CLI exited ${p.status}: ${p.stderr}`);
      out = p.stdout;
    }
    return { ms: median(walls), out };
  };
  // Control: the speed-up this machine offers right now for pure CPU work split over `jobs` threads (on a
  // loaded machine it can be ×1, and then no pool can do better).
  const spin = (n) => new Promise((res, rej) => {
    const w = new Worker(`let x = 0; for (let i = 0; i < ${n}; i++) x = (x * 31 + i) % 1000003; require('node:worker_threads').parentPort.postMessage(x);`, { eval: true });
    w.once('message', res);
    w.once('error', rej);
  });
  const control = async (threads) => {
    const t0 = performance.now();
    await Promise.all(Array.from({ length: threads }, () => spin(Math.round(4e8 / threads))));
    return performance.now() - t0;
  };
  const headroom = (await control(1)) / (await control(jobs));
  const results = [];
  for (const kb of String(arg('--kb', '4,32')).split(',').map(Number)) {
    const { tree, bytes } = makeTree(kb);
    const loadBefore = loadavg()[0];
    const one = time(tree, 1);
    const many = time(tree, jobs);
    if (one.out !== many.out) throw new Error('--jobs 1 and --jobs N printed different reports');
    rmSync(tree, { recursive: true, force: true });
    results.push({ files: fileCount, kb, megabytes: Math.round(bytes / 1e5) / 10, cpus: cpus().length, jobs, jobs1Ms: Math.round(one.ms), jobsNMs: Math.round(many.ms), speedUp: Math.round((one.ms / many.ms) * 100) / 100, cpuHeadroom: Math.round(headroom * 100) / 100, loadAverage: Math.round(((loadBefore + loadavg()[0]) / 2) * 10) / 10, findings: one.out.split('\n').filter(Boolean).length, sameOutput: true });
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
  else
    for (const r of results)
      console.log(`${r.files} files of ~${r.kb} KB (${r.megabytes} MB), ${r.findings} findings, ${r.cpus} CPUs: --jobs 1 ${r.jobs1Ms} ms, --jobs ${jobs} ${r.jobsNMs} ms, speed-up ×${r.speedUp} (same report); control: pure CPU work on ${jobs} threads runs ×${r.cpuHeadroom} faster right now (1-min load average ${r.loadAverage})`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
