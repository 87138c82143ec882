/**
 * PERSON driver: dev-set scores of personName (with policeRank and email claiming their spans), per origin,
 * compromise's people() as a baseline, throughput, and the generated names corpus.
 *   npx esbuild scripts/eval/names.ts --bundle --platform=node --format=esm --outfile=/tmp/names-eval.mjs --log-level=warning && node /tmp/names-eval.mjs [dev|baseline|corpus|speed|misses]
 */
import { readFileSync, existsSync } from 'node:fs';
import nlp from 'compromise';
import { createPipeline } from '../../src/core/pipeline.js';
import { email } from '../../src/detectors/email.js';
import { policeRank } from '../../src/detectors/policeRank.js';
import { personName } from '../../src/detectors/personName.js';
import { phone } from '../../src/detectors/phone.js';
import { ukPostcode } from '../../src/detectors/ukPostcode.js';
import { niNumber } from '../../src/detectors/niNumber.js';
import { nhsNumber } from '../../src/detectors/nhsNumber.js';
import { vehicleReg } from '../../src/detectors/vehicleReg.js';
import { dateOfBirth } from '../../src/detectors/dateOfBirth.js';
import { officerId } from '../../src/detectors/officerId.js';
import { payNumber } from '../../src/detectors/payNumber.js';
import { vettingLevel } from '../../src/detectors/vettingLevel.js';
import { force } from '../../src/detectors/force.js';
import { location } from '../../src/detectors/location.js';
import { department } from '../../src/detectors/department.js';
import type { Detector } from '../../src/core/types.js';
import { evalDev, loadDev, type DevItem } from './devEval.js';

const mode = process.argv[2] ?? 'dev';
const detectors = [policeRank(), personName(), email()];

function printPerson(r: ReturnType<typeof evalDev>, lines: number): void {
  const s = r.table['PERSON'];
  if (s === undefined) return;
  console.log(`PERSON gold ${s.gold} pred ${s.pred} recall ${s.recall.toFixed(3)} exact ${s.exactRecall.toFixed(3)} precision ${s.precision.toFixed(3)}`);
  const o = Object.entries(r.origins).sort((a, b) => b[1] - a[1]);
  console.log('by origin:', o.map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', '));
  console.log('negative items with a PERSON false positive:', r.negativeItemsWithFp);
  if (lines > 0) {
    console.log(`--- misses (${r.misses.length})`);
    for (const m of r.misses.slice(0, lines)) console.log(m);
    console.log(`--- false positives (${r.fps.length})`);
    for (const m of r.fps.slice(0, lines)) console.log(m);
  }
}

function baseline(items: DevItem[]): void {
  let gold = 0;
  let found = 0;
  let pred = 0;
  let correct = 0;
  const t0 = performance.now();
  let bytes = 0;
  const origin = new Map<string, [number, number]>();
  for (const it of items) {
    bytes += it.text.length;
    const people = nlp(it.text).people().json({ offset: true }) as Array<{ offset: { start: number; length: number } }>;
    const preds = people.map((p) => ({ start: p.offset.start, end: p.offset.start + p.offset.length }));
    const g = it.spans.filter((s) => s.type === 'PERSON');
    const ov = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
    for (const s of g) {
      gold++;
      const hit = preds.some((p) => ov(p, s));
      if (hit) found++;
      const o = origin.get(s.origin ?? 'other') ?? [0, 0];
      o[0]++;
      if (hit) o[1]++;
      origin.set(s.origin ?? 'other', o);
    }
    for (const p of preds) {
      pred++;
      if (g.some((s) => ov(p, s))) correct++;
    }
  }
  const secs = (performance.now() - t0) / 1000;
  console.log(`compromise people(): recall ${(found / gold).toFixed(3)} precision ${(correct / pred).toFixed(3)} (${pred} predictions), ${(bytes / 1e6 / secs).toFixed(2)} MB/s`);
  console.log('by origin:', [...origin].map(([k, [a, b]]) => `${k} ${(b / a).toFixed(3)}`).join(', '));
}

/** Every text detector in the tree except personName, as the root entry's default pipeline will have them. */
function others(): Detector[] {
  return [email(), policeRank(), phone(), ukPostcode(), niNumber(), nhsNumber(), vehicleReg(), dateOfBirth(), officerId(), payNumber(), vettingLevel(), force(), location(), department()];
}

function speed(): void {
  const items = loadDev();
  const sample = items.map((i) => i.text).join('\n\n');
  let big = '';
  while (big.length < 10_000_000) big += sample + '\n\n';
  const without = createPipeline({ detectors: others() });
  const withNames = createPipeline({ detectors: [...others(), personName()] });
  const alone = createPipeline({ detectors: [personName()] });
  const direct = personName();
  const noCells = { explain: false, tableCells: () => [] };
  direct.detect(sample, noCells);
  // CPU time (user + system) rather than wall time: the machine may be shared.
  const rate = (f: () => unknown): number => {
    const c0 = process.cpuUsage();
    f();
    const c = process.cpuUsage(c0);
    return big.length / 1e6 / ((c.user + c.system) / 1e6);
  };
  const prose = 'The officer said that the meeting would take place on Tuesday at the station, and that everyone should attend with their notes. Mr Smith agreed. ';
  let plain = '';
  while (plain.length < 10_000_000) plain += prose;
  const p0 = rate(() => without.scan(plain));
  const p1 = rate(() => withNames.scan(plain));
  console.log(`prose: all detectors without personName ${p0.toFixed(2)} MB/s; with ${p1.toFixed(2)} MB/s (ratio ${(p0 / p1).toFixed(2)}x); personName.detect alone ${rate(() => direct.detect(plain, noCells)).toFixed(2)} MB/s`);
  for (let round = 0; round < 2; round++) {
    without.scan(sample);
    withNames.scan(sample);
    alone.scan(sample);
    const a = rate(() => without.scan(big));
    const b = rate(() => withNames.scan(big));
    const c = rate(() => alone.scan(big));
    const d = rate(() => direct.detect(big, noCells));
    console.log(`dev text round ${round + 1}: all detectors without personName ${a.toFixed(2)} MB/s; with personName ${b.toFixed(2)} MB/s (ratio ${(a / b).toFixed(2)}x); pipeline of personName alone ${c.toFixed(2)} MB/s; personName.detect alone (no table finder) ${d.toFixed(2)} MB/s`);
  }
}

function corpus(): void {
  const path = 'test/corpora/names/text.jsonl';
  if (!existsSync(path)) {
    console.log(`${path} not found`);
    return;
  }
  const r = evalDev(detectors, { types: ['PERSON'], path });
  printPerson(r, Number(process.argv[3] ?? 0));
}

/**
 * Names the lexicon does not hold: US 1990 surnames ranked 30,000–60,000 and UK given names with 10–19 births (both
 * pruned from the tables), in sentences with and without strong context. Measures how much recall rests on the lexicon.
 */
function unseen(): void {
  const dir = '../shared/data/names';
  if (!existsSync(dir)) return;
  const surnames = readFileSync(`${dir}/us-census-1990-dist.all.last.txt`, 'utf8').trim().split('\n').slice(30000, 60000).map((l) => l.trim().split(/\s+/u)[0] as string).map((n) => n.charAt(0) + n.slice(1).toLowerCase());
  const given = readFileSync(`${dir}/uk-given-names.csv`, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')).filter((r) => {
    const t = (Number(r[2]) || 0) + (Number(r[3]) || 0) + (Number(r[4]) || 0);
    return t >= 10 && t < 20 && /^\p{Lu}\p{Ll}+$/u.test(r[0] as string);
  }).map((r) => r[0] as string);
  const p = createPipeline({ detectors });
  const templates: Array<[string, string]> = [
    ['PC ', ' attended the scene.'], ['Detective Sergeant ', ' said the case was closed.'], ['Name: ', '\nRank: Constable'],
    ['The hearing was chaired by ', ', who found it proven.'], ['', ' said the decision was reviewed.'], ['Yesterday ', ' went home early.'],
  ];
  let k = 0;
  for (const [pre, post] of templates) {
    let hit = 0;
    const n = 500;
    for (let i = 0; i < n; i++) {
      const name = `${given[(k * 7919) % given.length] as string} ${surnames[(k * 104729) % surnames.length] as string}`;
      k++;
      const text = pre + name + post;
      if (p.scan(text).some((f) => f.type === 'PERSON' && f.start < pre.length + name.length && pre.length < f.end)) hit++;
    }
    console.log(`unseen names in ${JSON.stringify(pre + '…' + post)}: recall ${(hit / n).toFixed(3)}`);
  }
}

if (mode === 'unseen') unseen();
if (mode === 'dev' || mode === 'misses') printPerson(evalDev(detectors, { types: ['PERSON'] }), mode === 'misses' ? Number(process.argv[3] ?? 80) : 0);
if (mode === 'baseline') baseline(loadDev());
if (mode === 'speed') speed();
if (mode === 'corpus') corpus();
void readFileSync;
