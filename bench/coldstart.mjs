#!/usr/bin/env node
// Cold start per entry: a fresh Node process per sample that imports the entry and runs the first scan of a
// 1 KB text. Each entry is bundled from source with esbuild (ESM, code splitting, so lazily loaded modules
// such as compromise stay in their own chunks, as in a deployed function). The median start-up of Node running an
// empty ES module (sampled between the scenario's own runs) is
// subtracted from the median wall time. Usage: node bench/coldstart.mjs [--runs N] [--dist dist] [--json]
// With --dist DIR the built package is imported instead (tsup output; dependencies resolved from node_modules).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1];
};
const runs = Number(arg('--runs', '11'));
const distArg = arg('--dist', undefined);
const dist = distArg === undefined ? undefined : resolve(distArg);

// A synthetic 1 KB FOI reply (no real person).
const TEXT = `Dear Requester,

Thank you for your request under the Freedom of Information Act 2000. The officer in charge of the case was
DS Amara Okafor (collar number 4521) of the Major Crime Team, Leeds District. She can be reached on
a.okafor@westyorkshire.pnn.police.uk or 0113 496 0123. Her line manager, Detective Inspector Tom Hughes
(pay number 100234), reviewed the file on 14/03/2023. PC 2291 Jones attended the scene at LS1 4AP with
PCSO 7781 Patel. Vetting: both officers hold MV clearance. The vehicle involved was registered AB12 CDE.

Please note that the names of junior staff have been withheld under section 40(2). If you are unhappy with
this response you may ask for an internal review by writing to the Information Management Unit, West
Yorkshire Police, PO Box 9, Wakefield WF1 3QP, or e-mail foi@westyorkshire.pnn.police.uk.

Yours sincerely,
Information Management Unit`.slice(0, 1024);
const CSV = `Name,Rank,Collar,Email\n${Array.from({ length: 14 }, (_, i) => `Officer${i} Smith,PC,${4500 + i},o${i}.smith@met.police.uk`).join('\n')}\n`;

const detectorNames = readdirSync(join(root, 'src/detectors')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));

// Each scenario: the entry to bundle and the code that runs the first scan with the imported module `m`.
const scenarios = [
  { name: 'police-pii/core', file: 'src/core/index.ts', budget: 50, run: `m.createPipeline({ detectors: m.patternDetectors() }).scan(TEXT)` },
  { name: 'police-pii', file: 'src/index.ts', budget: 100, run: `m.scan(TEXT)` },
  {
    // What the default will cost once every detector is in it: the root plus every factory in src/detectors/
    // (named like its file) that builds without arguments.
    name: 'police-pii (projection: every src/detectors factory)',
    contents: `export * from './src/index.ts';\n${detectorNames.map((n) => `export { ${n} } from './src/detectors/${n}.ts';`).join('\n')}\n`,
    budget: 100,
    run: `m.createPipeline({ detectors: ${JSON.stringify(detectorNames)}.flatMap((n) => { try { const d = m[n](); return d && typeof d.detect === 'function' ? [d] : []; } catch { return []; } }) }).scan(TEXT)`,
  },
  {
    name: 'police-pii/xlsx',
    file: 'src/xlsx/index.ts',
    run: `typeof m.scanCsv === 'function' ? m.scanCsv(CSV) : m.parseCsv(CSV)`,
  },
  { name: 'police-pii/risk', file: 'src/risk/index.ts', run: `m.nameRisk('Amara Okafor')` },
  {
    name: 'police-pii + compromise loaded',
    file: 'src/index.ts',
    budget: 1200,
    // The root's compromise loader(s) (loadX() named for nlp/compromise/tagger/people, else every loadX()),
    // then a scan with the default detectors plus the loaded ones.
    run: `await (async () => {
      const all = Object.entries(m).filter(([k, v]) => /^load[A-Z]/.test(k) && typeof v === 'function');
      const nlp = all.filter(([k]) => /nlp|compromise|tagger|people/i.test(k));
      const loaders = nlp.length > 0 ? nlp : all;
      if (loaders.length === 0) throw new Error('no loadX() export on the root entry');
      const extra = [];
      for (const [, load] of loaders) { const d = await load(); extra.push(...(Array.isArray(d) ? d : [d]).filter((x) => x && typeof x.detect === 'function')); }
      globalThis.__loaders = loaders.map(([k]) => k).join(',');
      return m.createPipeline({ detectors: [...m.defaultDetectors(), ...extra] }).scan(TEXT);
    })()`,
  },
  {
    name: 'compromise alone (reference: import, tag 1 KB)',
    contents: `export { default } from 'compromise';`,
    run: `m.default(TEXT).people().out('array')`,
  },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

function wall(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) {
    const lines = r.stderr.trim().split('\n');
    throw new Error(`sample failed: ${lines.find((l) => /^\w*Error\b/u.test(l)) ?? lines.slice(-3).join(' | ')}`);
  }
  return { ms, out: r.stdout };
}

const tmp = mkdtempSync(join(tmpdir(), 'police-pii-coldstart-'));
const rows = [];
try {
  // Node's own start-up, measured as the scenarios are run: an ES module file that imports nothing and prints the
  // same CPU figures. (`node -e ''` would leave out the ES module loader, which any ESM handler pays, library or not.)
  const baseRunner = join(tmp, 'base.mjs');
  writeFileSync(baseRunner, `const u = process.cpuUsage();\nprocess.stdout.write(JSON.stringify({ cpuMs: (u.user + u.system) / 1000 }));\n`);
  const baseSample = () => {
    const { ms, out } = wall([baseRunner]);
    return { ms, cpuMs: JSON.parse(out).cpuMs };
  };
  for (const s of scenarios) {
    if (s.file !== undefined && !existsSync(join(root, s.file))) {
      console.error(`skipping ${s.name}: ${s.file} does not exist`);
      continue;
    }
    const outdir = join(tmp, s.name.replace(/\W+/g, '-'));
    mkdirSync(outdir, { recursive: true });
    // --dist DIR: import the built package (tsup output, dependencies from node_modules) instead of a bundle.
    const built = dist === undefined || s.file === undefined ? undefined : join(dist, s.file.replace(/^src\//u, '').replace(/\.ts$/u, '.js'));
    if (built !== undefined && !existsSync(built)) {
      console.error(`skipping ${s.name}: ${built} does not exist`);
      continue;
    }
    if (built === undefined) {
      const input = s.file !== undefined ? { entryPoints: { entry: s.file } } : { stdin: { contents: s.contents, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' }, outfile: join(outdir, 'entry.mjs') };
      await build({ absWorkingDir: root, ...input, bundle: true, splitting: s.file !== undefined, format: 'esm', platform: 'node', target: 'node20', ...(s.file !== undefined ? { outdir } : {}), outExtension: { '.js': '.mjs' }, logLevel: 'silent' });
    }
    const runner = join(outdir, 'runner.mjs');
    writeFileSync(
      runner,
      `const TEXT = ${JSON.stringify(TEXT)};\nconst CSV = ${JSON.stringify(CSV)};\nconst t0 = performance.now();\nconst m = await import(${JSON.stringify(pathToFileURL(built ?? join(outdir, 'entry.mjs')).href)});\nconst t1 = performance.now();\nconst r = ${s.run};\nconst t2 = performance.now();\nconst u = process.cpuUsage();\nprocess.stdout.write(JSON.stringify({ cpuMs: (u.user + u.system) / 1000, importMs: t1 - t0, firstScanMs: t2 - t1, loaders: globalThis.__loaders ?? '', found: Array.isArray(r) ? r.length : -1 }));\n`,
    );
    const walls = [];
    const inner = [];
    const cpu = [];
    const base = [];
    const baseCpu = [];
    let info;
    try {
      for (let i = 0; i < runs; i++) {
        // Interleaved with the scenario's samples, so a change of load affects both alike.
        const b = baseSample();
        base.push(b.ms);
        baseCpu.push(b.cpuMs);
        const { ms, out } = wall([runner]);
        info = JSON.parse(out);
        walls.push(ms);
        inner.push(info.importMs + info.firstScanMs);
        cpu.push(info.cpuMs);
      }
    } catch (e) {
      console.error(`skipping ${s.name}: ${e.message}`);
      continue;
    }
    const nodeMs = median(base);
    const nodeCpuMs = median(baseCpu);
    rows.push({ scenario: s.name, coldStartMs: Math.round(median(walls) - nodeMs), cpuMs: Math.round(median(cpu) - nodeCpuMs), inProcessMs: Math.round(median(inner)), budgetMs: s.budget ?? null, nodeStartMs: Math.round(nodeMs), nodeCpuMs: Math.round(nodeCpuMs), findings: info.found, loaders: info.loaders });
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  console.log(`| scenario | wall − node start (ms) | CPU − node start CPU (ms) | import + first scan, in process (ms) | budget (ms) | findings |`);
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.scenario}${r.loaders ? ` (${r.loaders})` : ''} | ${r.coldStartMs} | ${r.cpuMs} | ${r.inProcessMs} | ${r.budgetMs ?? '–'} | ${r.findings} |`);
  console.log(`\nNode start-up (an empty ES module, sampled between the scenario's runs) median: ${rows[0]?.nodeStartMs ?? '?'} ms wall, ${rows[0]?.nodeCpuMs ?? '?'} ms CPU; ${runs} runs per scenario (median); Node ${process.version}; 1-min load average ${loadavg()[0].toFixed(1)}.`);
}
