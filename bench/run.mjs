#!/usr/bin/env node
// `npm run bench` (after `npm run build`): the accuracy suite (public dev set, the project's own corpora, the staff
// list, the workbook manifests) and the speed suite, for our pipelines and the peers, on the same data in the same
// run; rewrites docs/benchmarks.md from scratch.
//
//   node bench/run.mjs [--out docs/benchmarks.md] [--no-speed] [--no-peers] [--quick]
//
// BENCH_DIST=<dir> points the run at another build of the library (default: dist/).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus, generateText } from './corpora/generate.mjs';
import { inventNames } from '../scripts/eval/invented-names.mjs';
import { DIST, importDist, machine, mb } from './lib.mjs';
import { loadPeer, PEERS } from './peers/index.mjs';
import { child, clearGrowthCache, documents, growth, ourPipelines, perDocument, throughput } from './speed.mjs';

/** The 1-minute load average when the run started (2 means both cores of this machine busy). */
const loadAtStart = loadavg()[0];
/** How busy the machine was, from the load average at the start and the end of the run. */
function loadNote(start, end) {
  return `1-minute load average ${start.toFixed(1)} at the start of the run (just after the build, under \`npm run bench\`) and ${end.toFixed(1)} at the end; this run itself keeps about one core busy, and 2 would mean both cores of this machine busy.`;
}

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SHARED = resolve(ROOT, '../shared/eval');
const { values: opts } = parseArgs({
  options: {
    out: { type: 'string', default: join(ROOT, 'docs/benchmarks.md') },
    'no-speed': { type: 'boolean', default: false },
    'no-peers': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
  },
});
const started = performance.now();
const log = (s) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${s}\n`);

const bench = await importDist('bench/index.js');
if (bench === null) {
  process.stderr.write(`bench: ${relative(ROOT, DIST) || DIST}/bench/index.js not found; run \`npm run build\` first (npm run bench does).\n`);
  process.exit(2);
}
const { evaluate, parseCorpus, scoreTable, scoreWorkbook, formatEvaluation, renderRows, fmt } = bench;
const md = (head, rows) => renderRows(head, rows, 'markdown');
const pct = (x) => (x === null || x === undefined ? '–' : `${(x * 100).toFixed(1)}%`);
const doc = [];
const notes = [];

// ---------------------------------------------------------------- tools
const ours = await ourPipelines();
const ourTools = Object.entries(ours).map(([name, p]) => ({ name: `police-pii ${name}`, ours: true, key: name, scan: (t, o) => p.scan(t, o), pipeline: p }));
const peers = [];
if (!opts['no-peers']) {
  for (const p of PEERS) {
    const peer = await loadPeer(p.id);
    if (peer.missing !== undefined) notes.push(`Peer ${p.package} could not be loaded (${peer.missing}); it is left out.`);
    else peers.push(peer);
  }
}
const peerTools = () => peers.map((p) => ({ name: `${p.label} ${p.version}`, peer: p, scanner: p.create() }));
if (ours.default === undefined) {
  process.stderr.write('bench: the built library has no defaultPipeline\n');
  process.exit(2);
}
if (ours['name detector'] === undefined) notes.push('The name detector alone is not measured: the root entry exports no `personName` detector in this build.');

// ---------------------------------------------------------------- accuracy: labelled corpora
function loadJsonl(path) {
  return parseCorpus(readFileSync(path, 'utf8'));
}
function findJsonl(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...findJsonl(p));
    else if (e.name.endsWith('.jsonl')) out.push(p);
  }
  return out.sort();
}

const corpora = [];
const devPath = join(SHARED, 'dev.jsonl');
if (existsSync(devPath)) corpora.push({ name: 'Public dev set', source: '../shared/eval/dev.jsonl', items: loadJsonl(devPath), dev: true });
else notes.push('The public dev set (../shared/eval/dev.jsonl) is absent: its section is skipped.');
const notCorpora = [];
for (const path of [...findJsonl(join(ROOT, 'test/corpora')), ...findJsonl(join(ROOT, 'bench/corpora'))]) {
  const first = readFileSync(path, 'utf8').split('\n', 1)[0];
  if (!/"spans"\s*:/u.test(first) || !/"text"\s*:/u.test(first)) {
    notCorpora.push(relative(ROOT, path));
    continue;
  }
  try {
    corpora.push({ name: relative(ROOT, path), source: relative(ROOT, path), items: loadJsonl(path) });
  } catch (e) {
    notes.push(`Corpus ${relative(ROOT, path)} is not valid (${e.message}); skipped.`);
  }
}
if (notCorpora.length > 0) notes.push(`Not labelled corpora (no \`text\`/\`spans\`), left out: ${notCorpora.map((p) => `\`${p}\``).join(', ')}.`);
if (!corpora.some((c) => c.source === 'bench/corpora/synthetic.jsonl')) corpora.push({ name: 'synthetic (generated in memory)', source: 'bench/corpora/generate.mjs', items: generateCorpus() });
// Unusual names: the dev set and the held-out corpus again, every PERSON span's words replaced by invented ones
// (scripts/eval/invented-names.mjs). No name lexicon knows them: only context can find them.
for (const base of ['Public dev set', 'bench/corpora/heldout.jsonl']) {
  const c = corpora.find((x) => x.name === base);
  if (c !== undefined) corpora.push({ name: `${base}, names invented`, source: `invented:${c.source}`, items: inventNames(c.items) });
}

/** What the report says of where a corpus comes from. */
function corpusNote(source) {
  if (source.startsWith('invented:')) {
    return ` \`${source.slice('invented:'.length)}\` with every word of every PERSON span replaced by an invented one (\`scripts/eval/invented-names.mjs\`, seed 11; initials, particles, capitals and hyphens kept, the same word always replaced alike). No lexicon knows these names, as with many officers' real names: what finds them is context (ranks, titles, columns, greetings, sign-offs, roles, sentence shape). Compare its PERSON recall with the original's.`;
  }
  if (source === 'bench/corpora/heldout.jsonl') {
    return ' Written by hand (`bench/corpora/heldout.build.mjs`, conventions in `bench/corpora/heldout.md`) by a session that did not read the detectors, in wording unlike the dev set. The code of the start of 2026-11-28 scored micro F2 0.862 on it (LOCATION recall 0.435); the location, department, rank, vetting, name and table rules were then improved on general grounds while reading its misses, so it is no longer unseen: read it as a second development set.';
  }
  if (source === 'bench/corpora/unseen.jsonl') {
    return ' Written by hand (`bench/corpora/unseen.build.mjs`, conventions in `bench/corpora/unseen.md`) by another session that read neither the detectors nor the other corpora, after most changes of 2026-11-28. Only its totals have been read, never its misses: it has not been used to tune anything, so it is the fairest estimate here of accuracy on new documents. The code of the start of that day scored micro F2 0.867 on it (recall 0.850, LOCATION recall 0.441); when it was first scored (commit `f4d20bf`), 0.921 (recall 0.914, LOCATION 0.648); later rules, from the held-out corpus and hand-made sentences, give the figures below.';
  }
  if (source.startsWith('bench/corpora')) return ' Generated by `bench/corpora/generate.mjs` (seeded; names drawn from our own per-origin lists, not from the dev set).';
  return '';
}

const results = new Map(); // corpus name -> [{tool, ev, failed}]
for (const corpus of corpora) {
  const rows = [];
  for (const tool of [...ourTools, ...peerTools()]) {
    log(`accuracy: ${tool.name} on ${corpus.name}`);
    const scanner = tool.ours ? { scan: tool.scan } : tool.scanner;
    const ev = evaluate(scanner, corpus.items, { errors: 0 });
    rows.push({ tool, ev, failed: tool.scanner?.stats?.failed ?? 0 });
  }
  results.set(corpus.name, rows);
}

const typesOf = (corpus) => [...new Set(corpus.items.flatMap((i) => i.spans.map((s) => s.type)))];

function comparisonTable(rows) {
  return md(
    ['tool', 'precision', 'recall', 'F1', 'F2', 'exact recall', 'any-type recall', 'negative items with a FP', 'worst origin (gap to best)', 'scan s'],
    rows.map(({ tool, ev, failed }) => [
      tool.name + (failed > 0 ? ` (${failed} items not aligned)` : ''),
      fmt(ev.micro.precision),
      fmt(ev.micro.recall),
      fmt(ev.micro.f1),
      fmt(ev.micro.f2),
      fmt(ev.micro.exactRecall),
      fmt(ev.micro.anyRecall),
      ev.negatives.items > 0 ? `${ev.negatives.itemsWithFalsePositive}/${ev.negatives.items}` : '–',
      ev.origins.worst === null ? '–' : `${ev.origins.worst.origin} ${fmt(ev.origins.worst.recall)} (${fmt(ev.origins.gapToBest)})`,
      (ev.elapsedMs / 1000).toFixed(2),
    ]),
  );
}
function recallMatrix(rows, types) {
  return md(
    ['type', 'gold', ...rows.map((r) => r.tool.name)],
    types.map((t) => [t, String(rows[0].ev.perType[t]?.gold ?? 0), ...rows.map((r) => fmt(r.ev.perType[t]?.recall ?? (rows[0].ev.perType[t]?.gold ? 0 : null)))]),
  );
}

// ---------------------------------------------------------------- accuracy: staff list and workbooks
let staff = null;
const staffCsv = join(SHARED, 'staff-list.csv');
const staffLabels = join(SHARED, 'staff-list.labels.jsonl');
if (existsSync(staffCsv) && existsSync(staffLabels)) {
  const csv = readFileSync(staffCsv, 'utf8');
  const labels = readFileSync(staffLabels, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  staff = [];
  for (const tool of ourTools) {
    log(`accuracy: staff list, ${tool.name}`);
    staff.push({ name: `${tool.name} (whole CSV as text)`, ev: scoreTable({ scan: tool.scan }, csv, labels, { mode: 'text' }) });
    staff.push({ name: `${tool.name} (cell by cell, with header)`, ev: scoreTable({ scan: tool.scan }, csv, labels, { mode: 'cells' }) });
  }
  for (const t of peerTools()) staff.push({ name: `${t.name} (whole CSV as text)`, ev: scoreTable(t.scanner, csv, labels, { mode: 'text' }) });
} else notes.push('The staff list (../shared/eval/staff-list.csv) is absent: its section is skipped.');

let workbooks = null;
const manifestPath = join(SHARED, 'xlsx/manifest.json');
const xlsx = await importDist('xlsx/index.js');
if (!existsSync(manifestPath)) notes.push('The workbook manifest (../shared/eval/xlsx/manifest.json) is absent: its section is skipped.');
else if (xlsx?.scanWorkbook === undefined) notes.push('The workbook section is skipped: this build has no `police-pii/xlsx` `scanWorkbook`.');
else {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  workbooks = [];
  for (const tool of ourTools) {
    log(`accuracy: workbooks, ${tool.name}`);
    const res = manifest.map((m) => {
      const bytes = new Uint8Array(readFileSync(join(SHARED, 'xlsx', m.file)));
      const t0 = performance.now();
      let findings = [];
      let error;
      try {
        findings = xlsx.scanWorkbook(bytes, { pipeline: tool.pipeline }).findings;
      } catch (e) {
        error = e.message;
      }
      return { file: m.file, findings, elapsedMs: performance.now() - t0, bytes: bytes.length, error };
    });
    for (const r of res) if (r.error !== undefined) notes.push(`scanWorkbook failed on ${r.file} with ${tool.name}: ${r.error}`);
    workbooks.push({ name: tool.name, ev: scoreWorkbook(manifest, res) });
  }
}

// ---------------------------------------------------------------- speed
const speed = { done: false };
if (!opts['no-speed']) {
  const size = opts.quick ? 1_000_000 : 10_000_000;
  log(`speed: generating ${size / 1e6} MB corpora`);
  const texts = { mixed: generateText({ chars: size, seed: 7, mix: 'mixed' }), prose: generateText({ chars: size, seed: 8, mix: 'prose' }), table: generateText({ chars: size, seed: 9, mix: 'table' }) };
  speed.sizes = Object.fromEntries(Object.entries(texts).map(([k, t]) => [k, mb(t)]));
  speed.throughput = [];
  for (const [name, p] of Object.entries(ours)) {
    const row = { name };
    for (const [kind, text] of Object.entries(texts)) {
      log(`speed: ${name} on ${kind}`);
      row[kind] = throughput((t) => p.scan(t), text, { runs: 5, budgetMs: opts.quick ? 2000 : 20_000 });
    }
    speed.throughput.push(row);
  }
  log('speed: 1 KB documents');
  const docs = documents(texts.mixed, 1024, 2000);
  speed.perDoc = Object.entries(ours).map(([name, p]) => ({ name, ...perDocument((t) => p.scan(t), docs) }));
  delete texts.prose;
  delete texts.table;

  log('speed: memory (child processes)');
  speed.memory = [];
  for (const name of Object.keys(ours)) speed.memory.push({ name, ...(await child(['memory', name, String(size)], 180_000)) });

  const growthSizes = opts.quick ? [1, 2, 5] : [1, 10, 100];
  speed.growth = [];
  const patternName = ours['pattern-only'] !== undefined ? 'pattern-only' : 'default';
  log(`speed: growth check, ${patternName}`);
  speed.growth.push({ name: patternName, rows: growth((t) => ours[patternName].scan(t), growthSizes) });
  if (patternName !== 'default') {
    const tenMB = speed.throughput.find((r) => r.name === 'default')?.mixed;
    const est100 = tenMB === undefined ? Infinity : (100 / tenMB.mbps) * 1.1;
    const sizes = est100 < 45 || opts.quick ? growthSizes : growthSizes.filter((s) => s <= 10);
    log(`speed: growth check, default (${sizes.join(', ')} MB)`);
    speed.growth.push({ name: 'default', rows: growth((t) => ours.default.scan(t), sizes), skipped100: sizes.length < growthSizes.length ? est100 : undefined });
  }
  clearGrowthCache();

  // Peers: each size in a child process with a time budget; the text is the same prefix of the mixed corpus.
  const peerSizes = opts.quick ? [16_384, 65_536] : [65_536, 262_144, 1_048_576, 5_242_880];
  const budgetMs = opts.quick ? 5000 : 20_000;
  speed.peerSizes = peerSizes;
  speed.budgetMs = budgetMs;
  speed.peers = [];
  for (const p of peers) {
    const variant = p.id === 'compromise' ? 'people' : '';
    const row = { name: p.id === 'compromise' ? `${p.label} ${p.version} (people() only)` : `${p.label} ${p.version}`, id: p.id, cells: [] };
    for (const chars of peerSizes) {
      log(`speed: peer ${p.id} on ${chars / 1024} KB`);
      const r = await child(['peer', p.id, String(chars), variant], budgetMs);
      row.cells.push({ chars, ...r });
      if (r.timedOut || r.error) break;
    }
    speed.peers.push(row);
  }
  speed.oursAtPeerSizes = [];
  for (const name of ['default', 'pattern-only']) {
    if (ours[name] === undefined) continue;
    speed.oursAtPeerSizes.push({
      name: `police-pii ${name}`,
      cells: peerSizes.map((chars) => ({ chars, ...throughput((t) => ours[name].scan(t), generateText({ chars, seed: 7, mix: 'mixed' }), { runs: 9, budgetMs: 6000 }) })),
    });
  }
  speed.done = true;
}

// ---------------------------------------------------------------- report
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
} catch {
  /* not a git checkout */
}
const m = machine();
const totalS = () => (performance.now() - started) / 1000;

const dev = corpora.find((c) => c.dev);
const devRows = dev === undefined ? null : results.get(dev.name);
const devDefault = devRows?.find((r) => r.tool.key === 'default')?.ev;
const tp = (name, kind) => speed.throughput?.find((r) => r.name === name)?.[kind]?.mbps;
const targets = [];
const check = (target, measured, ok) => targets.push([target, measured, ok === null ? 'not measured' : ok ? 'met' : '**not met**']); // a target whose figures are all zero is not met
if (speed.done) {
  check('default pipeline ≥ 30 MB/s on the mixed corpus', `${tp('default', 'mixed')?.toFixed(1)} MB/s`, tp('default', 'mixed') >= 30);
  if (tp('pattern-only', 'mixed') !== undefined) check('pattern-only ≥ 60 MB/s on the mixed corpus', `${tp('pattern-only', 'mixed').toFixed(1)} MB/s`, tp('pattern-only', 'mixed') >= 60);
  const comp = speed.peers.find((p) => p.id === 'compromise');
  const compDone = comp?.cells.filter((c) => c.mbps !== undefined) ?? [];
  if (compDone.length > 0) {
    const last = compDone.at(-1);
    const ourCell = speed.oursAtPeerSizes.find((o) => o.name === 'police-pii default')?.cells.find((c) => c.chars === last.chars);
    const ratio = ourCell.mbps / last.mbps;
    check('default ≥ 100× compromise people() on the same text', `${ratio.toFixed(0)}× (${ourCell.mbps.toFixed(1)} vs ${last.mbps.toFixed(3)} MB/s on ${(last.chars / 1024).toFixed(0)} KB)`, ratio >= 100);
  } else check('default ≥ 100× compromise people() on the same text', 'compromise not measured', null);
  const best = speed.peers
    .map((p) => ({ name: p.name, mbps: Math.max(...p.cells.filter((c) => c.mbps !== undefined).map((c) => c.mbps), 0) }))
    .sort((a, b) => b.mbps - a.mbps)[0];
  if (best !== undefined) check('default faster than every peer (mixed text)', `${tp('default', 'mixed').toFixed(1)} MB/s vs best peer ${best.name} ${best.mbps.toFixed(1)} MB/s`, tp('default', 'mixed') > best.mbps);
}
if (devDefault !== undefined) {
  check('dev set micro F2 ≥ 0.95 (default)', fmt(devDefault.micro.f2), devDefault.micro.f2 >= 0.95);
  const types = typesOf(dev);
  const low = types.filter((t) => (devDefault.perType[t]?.recall ?? 0) < 0.95);
  check('every type’s recall ≥ 0.95 on the dev set', low.length === 0 ? 'all types' : `below: ${low.map((t) => `${t} ${fmt(devDefault.perType[t]?.recall ?? 0)}`).join(', ')}`, low.length === 0);
  const g = devDefault.origins;
  check('worst name origin within 3 points of the best', g.worst === null ? '–' : `${g.worst.origin} ${fmt(g.worst.recall)}, best ${g.best.origin} ${fmt(g.best.recall)}, gap ${(g.gapToBest * 100).toFixed(1)} pts (to anglo ${(g.gapToAnglo * 100).toFixed(1)})`, g.gapToBest !== null && g.gapToBest <= 0.03 && (g.best?.recall ?? 0) > 0);
  for (const t of ['EMAIL', 'PHONE']) {
    const peerRows = devRows.filter((r) => !r.tool.ours);
    const bestPeer = peerRows.map((r) => ({ name: r.tool.name, recall: r.ev.perType[t]?.recall ?? 0 })).sort((a, b) => b.recall - a.recall)[0];
    const our = devDefault.perType[t]?.recall ?? 0;
    if (bestPeer !== undefined) check(`${t} recall ≥ the best peer (dev set)`, `${fmt(our)} vs ${bestPeer.name} ${fmt(bestPeer.recall)}`, our >= bestPeer.recall);
  }
}

targets.push(['`node bench/run.mjs` under 10 minutes (the build step comes on top)', '{{RUNTIME_MIN}}', '{{RUNTIME_OK}}']);

doc.push(`# Benchmarks

Generated by \`npm run bench\` (\`npm run build && node bench/run.mjs\`) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Do not edit by hand: the file is rewritten from scratch on each run.

| | |
|---|---|
| machine | ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB memory, ${m.platform} |
| Node.js | ${m.node} |
| police-pii | ${pkg.version} (commit ${commit})${process.env.BENCH_DIST !== undefined ? `, library loaded from \`${process.env.BENCH_DIST}\` (an esbuild bundle of the sources), not \`dist/\`` : ', from `dist/`'} |
| peers | ${peers.map((p) => `${p.package} ${p.version}`).join(', ') || 'none'} |
| command | \`npm run bench\`${opts.quick ? ' (quick mode: small sizes)' : ''} |
| run time | ${'{{RUNTIME}}'} |

{{LOAD}} Every tool ran on the same data in the same run, so the ratios hold even when other jobs share the machine.`);

doc.push(`## Targets\n\n${md(['target', 'measured', 'status'], targets)}`);

if (notes.length > 0) doc.push(`## Notes on this run\n\n${notes.map((n) => `- ${n}`).join('\n')}`);

doc.push(`## Accuracy

Scoring follows \`../shared/eval/README.md\` ("How to score"), through \`evaluate()\` of \`police-pii/bench\`: entities, not tokens. A gold span is **found** when a prediction of the same type overlaps it; a prediction is **correct** when it overlaps a gold span of its type; **exact** recall needs identical bounds (the gap to overlap recall shows boundary errors). **F2** weighs recall four times as much as precision (a missed name costs more than an over-redaction). **Any-type recall** counts a gold span as found when any prediction of any label overlaps it: what a redactor would hide, and the fair figure for peers whose labels have no equivalent type. Figures are micro-averaged over every type; the per-type tables follow. Negative items are the dev set's hard negatives (a prediction there is a false positive unless it matches a labelled FORCE).`);

for (const corpus of corpora) {
  const rows = results.get(corpus.name);
  const types = typesOf(corpus);
  const def = rows.find((r) => r.tool.key === 'default');
  doc.push(`### ${corpus.name}\n\n\`${corpus.source}\`: ${corpus.items.length} items, ${corpus.items.reduce((a, i) => a + i.spans.length, 0)} labelled spans, ${(corpus.items.reduce((a, i) => a + i.text.length, 0) / 1024).toFixed(0)} K characters.${corpusNote(corpus.source)}\n\n${comparisonTable(rows)}\n\n**Recall per type (overlap)**\n\n${recallMatrix(rows, types)}`);
  if (def !== undefined) doc.push(formatEvaluation(def.ev, 'markdown', { title: `${corpus.name}: police-pii default in detail`, headingLevel: 4 }));
  const peerOther = rows.filter((r) => !r.tool.ours && Object.keys(r.ev.otherLabels).length > 0);
  if (peerOther.length > 0) {
    doc.push(`**Peers' own labels on this corpus** (no equivalent type; predicted / overlapping a gold span)\n\n${md(['tool', 'labels'], peerOther.map((r) => [r.tool.name, Object.entries(r.ev.otherLabels).map(([l, s]) => `${l} ${s.predicted}/${s.overlapAny}`).join(', ')]))}`);
  }
}

if (staff !== null) {
  doc.push(`### Staff list (PSNI-shaped CSV)\n\n\`../shared/eval/staff-list.csv\` with \`staff-list.labels.jsonl\`, scored per cell by \`scoreTable()\`: a labelled cell is found when a finding of its type covers the value; a finding in an unlabelled cell (the header row) is a false positive. Two ways to scan: the whole CSV as one text (the table finder gives detectors the headers), or cell by cell with the column header as context (what \`police-pii/xlsx\` does).\n\n${md(
    ['tool', 'precision', 'recall', 'F2', 'exact recall', 'any-type recall', 'header cells with a FP'],
    staff.map((s) => [s.name, fmt(s.ev.micro.precision), fmt(s.ev.micro.recall), fmt(s.ev.micro.f2), fmt(s.ev.micro.exactRecall), fmt(s.ev.micro.anyRecall), `${s.ev.negatives.itemsWithFalsePositive}/${s.ev.negatives.items}`]),
  )}\n\n**Recall per column**\n\n${md(['tool', ...Object.keys(staff[0].ev.perKind)], staff.map((s) => [s.name, ...Object.keys(staff[0].ev.perKind).map((k) => fmt(s.ev.perKind[k]?.recall))]))}`);
  const best = staff.find((s) => s.name.startsWith('police-pii default (cell'));
  if (best !== undefined) doc.push(formatEvaluation(best.ev, 'markdown', { title: 'Staff list: police-pii default, cell by cell, in detail', headingLevel: 4 }));
}
if (workbooks !== null) {
  doc.push(`### Workbooks (xlsx leak vectors)\n\n\`../shared/eval/xlsx/*.xlsx\` scanned with \`scanWorkbook()\` of \`police-pii/xlsx\` and scored by \`scoreWorkbook()\` against \`manifest.json\`: a manifest string is found when a finding of the same type has exactly that text; any finding in the clean control file is a false positive. The peers cannot read workbooks and are not scored here.\n\n${md(
    ['pipeline', 'precision', 'recall', 'F2', 'any-type recall', 'clean control file has a FP', ...Object.keys(workbooks[0].ev.perKind).map((k) => `recall: ${k}`)],
    workbooks.map((w) => [w.name, fmt(w.ev.micro.precision), fmt(w.ev.micro.recall), fmt(w.ev.micro.f2), fmt(w.ev.micro.anyRecall), w.ev.negatives.itemsWithFalsePositive > 0 ? 'yes' : 'no', ...Object.keys(workbooks[0].ev.perKind).map((k) => fmt(w.ev.perKind[k]?.recall))]),
  )}`);
}

if (speed.done) {
  const s = speed;
  doc.push(`## Speed

Throughput of \`scan\` in MB/s of UTF-8 input (10^6 bytes), median of up to 5 runs after one warm-up run (fewer runs when one run is slow). The texts are generated by \`bench/corpora/generate.mjs\` with fixed seeds: **mixed** (FOI letters, misconduct notices, news, e-mails, custody records, CSV rosters, tab-separated HR exports, hard negatives), **prose** (letters, notices, news, e-mails) and **table** (one CSV staff list of 9 columns). Sizes: ${Object.entries(s.sizes).map(([k, v]) => `${k} ${v.toFixed(1)} MB`).join(', ')}.

${md(['pipeline', 'mixed MB/s', 'prose MB/s', 'table MB/s', 'runs'], s.throughput.map((r) => [r.name, r.mixed.mbps.toFixed(1), r.prose.mbps.toFixed(1), r.table.mbps.toFixed(1), `${r.mixed.runs}/${r.prose.runs}/${r.table.runs}`]))}

**Time per 1 KB document** (the serverless case: ${s.perDoc[0]?.docs} documents of about ${s.perDoc[0]?.avgChars} characters cut from the mixed text, each scanned alone after two warm-up passes; pipeline built once):

${md(['pipeline', 'median µs', 'p99 µs', 'mean µs'], s.perDoc.map((r) => [r.name, r.medianUs.toFixed(0), r.p99Us.toFixed(0), r.meanUs.toFixed(0)]))}

**Memory** (a fresh process generates the mixed text, then scans it twice; peak RSS of the process, heap in use right after the scans):

${md(['pipeline', 'text MB', 'findings', 'peak RSS MB', 'RSS before scanning MB', 'heap after scan MB'], s.memory.map((r) => (r.error !== undefined || r.timedOut ? [r.name, '–', '–', r.error ?? 'timed out', '–', '–'] : [r.name, r.mb.toFixed(1), String(r.findings), r.maxRssMB.toFixed(0), r.rssBeforeScanMB.toFixed(0), r.heapAfterScanMB.toFixed(0)])))}

**Growth check** (mixed text in chunks of at most 10 MB, distinct seeds, each chunk timed alone; time should grow linearly, so ms per MB should stay flat; ms per MB is the median over runs, or over the 10 chunks at 100 MB, and "linear" allows 1.5× for the noise of a shared machine):

${md(
    ['pipeline', 'size MB', 'chunks', 'runs', 'total ms (median)', 'ms per MB (median)', 'vs 1 MB'],
    s.growth.flatMap((g) => g.rows.map((r) => [g.name, String(r.sizeMB), String(r.chunks), String(r.runs), r.ms.toFixed(0), r.msPerMB.toFixed(1), `${(r.msPerMB / g.rows[0].msPerMB).toFixed(2)}×`])),
  )}
${s.growth.map((g) => `\n- ${g.name}: ${g.rows.at(-1).msPerMB / g.rows[0].msPerMB <= 1.5 ? 'linear' : '**not linear**'} (ms per MB at ${g.rows.at(-1).sizeMB} MB is ${(g.rows.at(-1).msPerMB / g.rows[0].msPerMB).toFixed(2)}× that at ${g.rows[0].sizeMB} MB)${g.skipped100 !== undefined ? `; 100 MB skipped for the default pipeline to keep the run under 10 minutes (estimated ${g.skipped100.toFixed(0)} s); the 100 MB check uses the pattern-only pipeline` : ''}.`).join('')}

### Peers

Each peer scans prefixes of the same mixed text (the first ${s.peerSizes.map((c) => `${c / 1024} KB`).join(', ')}) in a fresh process, one warm-up on 4 KB then one timed scan, with a budget of ${s.budgetMs / 1000} s per size; the series stops at the first size over budget, reported as "timed out". compromise is timed on \`people()\` alone, the comparison the targets name. Our pipelines are timed in-process on the same prefixes, after one warm-up scan of the same prefix (median of up to 9 runs within 6 s: a single run of a small prefix swings by 2× with garbage collection and re-optimisation).

${md(
    ['tool', ...s.peerSizes.map((c) => `${c / 1024} KB MB/s`)],
    [
      ...s.oursAtPeerSizes.map((o) => [o.name, ...o.cells.map((c) => c.mbps.toFixed(2))]),
      ...s.peers.map((p) => [p.name, ...s.peerSizes.map((chars, i) => {
        const c = p.cells[i];
        if (c === undefined) return '–';
        if (c.timedOut) return `timed out at ${chars / 1024} KB (> ${s.budgetMs / 1000} s)`;
        if (c.error !== undefined) return `error: ${c.error}`;
        return c.mbps.toFixed(c.mbps < 1 ? 3 : 2);
      })]),
    ],
  )}`);
}

doc.push(`## Peers: what they are and how they are mapped

Every peer runs with its defaults. Where a library returns spans, we use them; where it only returns redacted text, spans are derived by **aligning** the redacted output with the input: the output is split on the library's placeholder tokens, the literal pieces between tokens are found in the input in order (first occurrence after the previous span; the last piece must be a suffix), and the input between two pieces is the redacted span. Items that cannot be aligned yield no spans and are counted in the tables. Labels with an equivalent are mapped to our types; the others are kept as they are, scored only in any-type recall, and listed.

${md(['peer', 'version', 'spans', 'mapping'], peers.map((p) => [p.package, p.version, p.method, p.mapping]))}

None of the peers knows police ranks, collar or pay numbers, vetting levels, forces, departments or UK postings: on those types only any-type recall can credit them (for example redact-pii's \`DIGITS\` covers many collar and pay numbers).

### Presidio (on paper only)

Microsoft Presidio is Python and its registry is not reachable from this machine, so it is **not measured here**. From its documentation ([supported entities](https://github.com/microsoft/presidio/blob/main/docs/supported_entities.md)): global recognisers for PERSON, LOCATION and NRP (spaCy NER), PHONE_NUMBER, EMAIL_ADDRESS, DATE_TIME, IP_ADDRESS, CREDIT_CARD, IBAN_CODE, URL and others, and two UK recognisers, UK_NHS (pattern, context and checksum) and UK_NINO (pattern and context). It has no recogniser for police ranks, collar/warrant or pay numbers, vetting levels, forces, departments, UK postcodes or UK vehicle registrations; those would need custom recognisers. Its evaluation guide also recommends F2 for PII detection, as we use here ([Presidio: evaluation](https://microsoft.github.io/presidio/evaluation)). We found no published Presidio figures on UK police data to quote, so no accuracy or speed figure is given for it.

## Reproduce

\`\`\`sh
npm run bench                      # build, then the full suite; rewrites docs/benchmarks.md
node bench/run.mjs --quick         # small sizes, for a smoke test (after npm run build)
npx police-pii bench my-corpus.jsonl --format markdown   # score the default pipeline on your own labelled data
\`\`\`

The labelled format is JSONL, one \`{id, text, spans: [{start, end, type, origin?}], kind?}\` per line (UTF-16 offsets, end exclusive). In code: \`evaluate(pipeline, corpus)\` from \`police-pii/bench\` takes any object with a \`scan(text)\` method, so another tool can be scored through a small adapter, as \`bench/peers/\` does.`);

// Serverless budgets (bundle size, cold start, streaming memory, worker pool) are measured by their own scripts
// (bench/size.mjs, bench/coldstart.mjs, bench/stream.mjs, bench/pool.mjs: see that section for the commands);
// their latest recorded run lives in docs/benchmarks-serverless.md and is carried into this file.
const serverless = join(ROOT, 'docs/benchmarks-serverless.md');
if (existsSync(serverless)) doc.push(readFileSync(serverless, 'utf8').trim());

const runtime = totalS();
const text = `${doc.join('\n\n').replace('{{RUNTIME}}', `${(runtime / 60).toFixed(1)} min for \`node bench/run.mjs\` (the build step comes on top)`).replace('{{RUNTIME_MIN}}', `${(runtime / 60).toFixed(1)} min`).replace('{{RUNTIME_OK}}', runtime < 600 ? 'met' : '**not met**').replace('{{LOAD}}', loadNote(loadAtStart, loadavg()[0]))}\n`;
writeFileSync(opts.out, text);
log(`wrote ${relative(ROOT, opts.out)} in ${runtime.toFixed(0)} s`);
