/**
 * Development-time scorer for ../shared/eval/dev.jsonl (overlap and exact match, per type, per origin,
 * false positives on negative items), following ../shared/eval/README.md. Used by per-detector drivers:
 *
 *   npx esbuild scripts/eval/run.ts --bundle --platform=node --format=esm --outfile=/tmp/dev-eval.mjs && node /tmp/dev-eval.mjs
 *
 * The published benchmark uses `police-pii/bench`'s `evaluate`; this is a quick loop for developers.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createPipeline } from '../../src/core/pipeline.js';
import type { Detector, EntityType, Finding } from '../../src/core/types.js';

export interface GoldSpan { start: number; end: number; type: EntityType; text: string; origin?: string }
export interface DevItem { id: string; kind: string; text: string; spans: GoldSpan[] }

export function loadDev(path = '../shared/eval/dev.jsonl'): DevItem[] {
  if (!existsSync(path)) throw new Error(`dev set not found at ${path}`);
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as DevItem);
}

export interface TypeScore { gold: number; found: number; exact: number; pred: number; correct: number; recall: number; exactRecall: number; precision: number }

export function evalDev(detectors: Detector[], opts: { types?: EntityType[]; minScore?: number; verbose?: boolean; path?: string } = {}) {
  const items = loadDev(opts.path);
  const p = createPipeline({ detectors, minScore: opts.minScore ?? 0.5 });
  const per = new Map<string, { gold: number; found: number; exact: number; pred: number; correct: number }>();
  const origin = new Map<string, { gold: number; found: number }>();
  const misses: string[] = [];
  const fps: string[] = [];
  let negFp = 0;
  const want = (t: string) => opts.types === undefined || opts.types.includes(t as EntityType);
  for (const item of items) {
    const preds = p.scan(item.text).filter((f) => want(f.type));
    const gold = item.spans.filter((g) => want(g.type));
    const ov = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
    for (const g of gold) {
      const s = per.get(g.type) ?? { gold: 0, found: 0, exact: 0, pred: 0, correct: 0 };
      s.gold++;
      const hit = preds.some((f) => f.type === g.type && ov(f, g));
      if (hit) s.found++;
      else misses.push(`${item.id} ${g.type} ${JSON.stringify(g.text)} …${JSON.stringify(item.text.slice(Math.max(0, g.start - 30), g.end + 30))}`);
      if (preds.some((f) => f.type === g.type && f.start === g.start && f.end === g.end)) s.exact++;
      per.set(g.type, s);
      if (g.type === 'PERSON' && g.origin) {
        const o = origin.get(g.origin) ?? { gold: 0, found: 0 };
        o.gold++;
        if (hit) o.found++;
        origin.set(g.origin, o);
      }
    }
    let itemFp = false;
    for (const f of preds) {
      const s = per.get(f.type) ?? { gold: 0, found: 0, exact: 0, pred: 0, correct: 0 };
      s.pred++;
      if (gold.some((g) => g.type === f.type && ov(f, g))) s.correct++;
      else {
        fps.push(`${item.id} ${f.type} ${JSON.stringify(f.text)} (${f.score.toFixed(2)} ${f.detector}) …${JSON.stringify(item.text.slice(Math.max(0, f.start - 30), f.end + 30))}`);
        if (item.kind === 'negative' && f.type !== 'FORCE') itemFp = true;
      }
      per.set(f.type, s);
    }
    if (itemFp) negFp++;
  }
  const table: Record<string, TypeScore> = {};
  for (const [t, s] of per) table[t] = { ...s, recall: s.gold ? s.found / s.gold : 1, exactRecall: s.gold ? s.exact / s.gold : 1, precision: s.pred ? s.correct / s.pred : 1 };
  const origins: Record<string, number> = {};
  for (const [o, s] of origin) origins[o] = s.found / s.gold;
  return { table, origins, negativeItemsWithFp: negFp, misses, fps };
}

export function printEval(r: ReturnType<typeof evalDev>, maxLines = 60): void {
  console.table(Object.fromEntries(Object.entries(r.table).map(([t, s]) => [t, { gold: s.gold, pred: s.pred, recall: s.recall.toFixed(3), exactRecall: s.exactRecall.toFixed(3), precision: s.precision.toFixed(3) }])));
  console.log('PERSON recall by origin', Object.fromEntries(Object.entries(r.origins).map(([o, v]) => [o, v.toFixed(3)])));
  console.log('negative items with a false positive:', r.negativeItemsWithFp);
  console.log(`--- misses (${r.misses.length})`);
  for (const m of r.misses.slice(0, maxLines)) console.log(m);
  console.log(`--- false positives (${r.fps.length})`);
  for (const m of r.fps.slice(0, maxLines)) console.log(m);
}

export type { Finding };
