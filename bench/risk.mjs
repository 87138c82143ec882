#!/usr/bin/env node
// Re-identification risk bench (after `npm run build`):
//  1. validation by simulation on a large synthetic population drawn from the frequency tables: predicted vs
//     observed uniqueness per decile of predicted risk, for three disclosures (surname; initial + surname;
//     given name + surname);
//  2. datasetRisk on 100,000 synthetic staff rows (budget: under 2 s).
//
//   node bench/risk.mjs [--population 2000000] [--seed 1] [--rows 100000]
//
// RISK_MODULE=<file> points the bench at another build of the risk entry (default: dist/risk/index.js).
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values: opts } = parseArgs({
  options: {
    population: { type: 'string', default: '2000000' },
    seed: { type: 'string', default: '1' },
    rows: { type: 'string', default: '100000' },
  },
});
const modulePath = process.env.RISK_MODULE ?? resolve(ROOT, 'dist/risk/index.js');
const { simulateUniqueness, datasetRisk } = await import(pathToFileURL(resolve(modulePath)).href);

const pct = (x) => `${(100 * x).toFixed(1)}%`;
const population = Number(opts.population);
const seed = Number(opts.seed);

console.log(`## Validation by simulation (population ${population.toLocaleString('en-GB')}, seed ${seed})\n`);
for (const disclosure of ['surname', 'initial', 'full']) {
  const t = performance.now();
  const r = simulateUniqueness({ population, seed, disclosure });
  const ms = performance.now() - t;
  console.log(`### ${disclosure === 'surname' ? 'Surname only' : disclosure === 'initial' ? 'First initial + surname' : 'Given name + surname'} (${(ms / 1000).toFixed(1)} s)\n`);
  console.log('| decile | predicted unique | observed unique | gap (points) |');
  console.log('|---|---|---|---|');
  r.deciles.forEach((d, i) => console.log(`| ${i + 1} | ${pct(d.predicted)} | ${pct(d.observed)} | ${(100 * (d.predicted - d.observed)).toFixed(1)} |`));
  console.log(`| all | ${pct(r.predicted)} | ${pct(r.observed)} | max ${(100 * r.maxGap).toFixed(1)} |\n`);
}

// datasetRisk timing on synthetic staff rows: surnames drawn from a fixed list with a long synthetic tail.
const rowsWanted = Number(opts.rows);
const ranks = ['Constable', 'Sergeant', 'Inspector', 'Chief Inspector', 'Detective Constable', 'Detective Sergeant', 'PCSO', 'Police Staff'];
const surnames = ['Smith', 'Jones', 'Patel', 'Khan', 'Begum', 'Taylor', 'Brown', 'Wilson', 'Adeyemi', 'Nowak', 'Williams', 'Evans', 'Singh', 'Murphy', 'Kaur'];
let state = seed >>> 0;
const rand = () => ((state = (Math.imul(state ^ (state >>> 15), 2246822519) + 3266489917) >>> 0) / 4294967296);
const rows = Array.from({ length: rowsWanted }, () => ({
  Surname: rand() < 0.6 ? surnames[Math.floor(rand() * surnames.length)] : `Tail${Math.floor(rand() * 40000)}`,
  Initials: String.fromCharCode(65 + Math.floor(rand() * 26)),
  Rank: ranks[Math.floor(rand() * ranks.length)],
  Location: `Station ${Math.floor(rand() * 400)}`,
  Department: `Unit ${Math.floor(rand() * 60)}`,
}));
const times = [];
const cpu = [];
let result;
for (let i = 0; i < 3; i++) {
  const c = process.cpuUsage();
  const t = performance.now();
  result = datasetRisk(rows, { quasiIdentifiers: ['Surname', 'Initials', 'Rank', 'Location'], population: 2 * rowsWanted, sensitive: 'Department' });
  times.push(performance.now() - t);
  const u = process.cpuUsage(c);
  cpu.push((u.user + u.system) / 1000);
}
console.log(`## datasetRisk on ${rowsWanted.toLocaleString('en-GB')} rows\n`);
console.log(`runs (wall): ${times.map((t) => `${t.toFixed(0)} ms`).join(', ')}; CPU: ${cpu.map((t) => `${t.toFixed(0)} ms`).join(', ')} (budget 2,000 ms; load average ${(await import('node:os')).loadavg()[0].toFixed(1)}); k = ${result.k}, unique in file ${pct(result.uniqueShare)}, expected unique in population ${pct(result.expectedPopulationUniqueShare)}, l = ${result.l}`);
if (Math.min(...times) >= 2000) {
  // On a saturated machine wall time measures the queue, not the code: fail only when cores were free.
  const { cpus, loadavg } = await import('node:os');
  if (loadavg()[0] < cpus().length) {
    console.error('datasetRisk is over its 2 s budget');
    process.exitCode = 1;
  } else console.error(`datasetRisk took over 2 s of wall time on a saturated machine (load ${loadavg()[0].toFixed(1)} on ${cpus().length} cores); best CPU time ${Math.min(...cpu).toFixed(0)} ms`);
}
