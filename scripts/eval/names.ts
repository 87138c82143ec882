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

function speed(): void {
  const items = loadDev();
  const sample = items.map((i) => i.text).join('\n\n');
  let big = '';
  while (big.length < 10_000_000) big += sample + '\n\n';
  const withNames = createPipeline({ detectors });
  const without = createPipeline({ detectors: [policeRank(), email()] });
  const alone = createPipeline({ detectors: [personName({ ranks: false })] });
  for (const [label, p] of [['pipeline without personName', without], ['pipeline with personName', withNames], ['personName alone (ranks off)', alone]] as const) {
    p.scan(sample);
    const t0 = performance.now();
    const n = p.scan(big).length;
    const secs = (performance.now() - t0) / 1000;
    console.log(`${label}: ${(big.length / 1e6 / secs).toFixed(1)} MB/s (${n} findings on ${(big.length / 1e6).toFixed(1)} MB)`);
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

if (mode === 'dev' || mode === 'misses') printPerson(evalDev(detectors, { types: ['PERSON'] }), mode === 'misses' ? Number(process.argv[3] ?? 80) : 0);
if (mode === 'baseline') baseline(loadDev());
if (mode === 'speed') speed();
if (mode === 'corpus') corpus();
void readFileSync;
