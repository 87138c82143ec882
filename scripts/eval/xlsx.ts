/**
 * Dev-set driver for the structured scanners: per-column recall/precision on ../shared/eval/staff-list.csv
 * (per-cell scoring of the eval README) and the manifest check on ../shared/eval/xlsx/.
 *
 * npx esbuild scripts/eval/xlsx.ts --bundle --platform=node --format=esm --outfile=/tmp/xlsx-eval.mjs --log-level=warning && node /tmp/xlsx-eval.mjs
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseCsv, scanCsv, scanWorkbook, formatSummary } from '../../src/xlsx/index.js';

const SHARED = `${process.cwd()}/../shared/eval/`; // run from the repo root
if (!existsSync(SHARED)) {
  console.warn('../shared/eval is absent: nothing to evaluate');
  process.exit(0);
}

interface Label { row: number; column: string; value: string; type: string }
const csv = readFileSync(`${SHARED}staff-list.csv`, 'utf8');
const labels = readFileSync(`${SHARED}staff-list.labels.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Label);
const rows = parseCsv(csv);
const header = rows[0] ?? [];
const t0 = performance.now();
const findings = scanCsv(csv);
const ms = performance.now() - t0;
const byCol = new Map<string, { gold: number; found: number; pred: number; correct: number }>();
const stat = (c: string) => {
  let s = byCol.get(c);
  if (s === undefined) byCol.set(c, (s = { gold: 0, found: 0, pred: 0, correct: 0 }));
  return s;
};
const goldAt = new Map(labels.map((l) => [`${l.row}\u0001${l.column}`, l]));
for (const l of labels) {
  const s = stat(l.column);
  s.gold++;
  const c = header.indexOf(l.column);
  if (findings.some((f) => f.row === l.row && f.column === c && f.type === l.type)) s.found++;
}
for (const f of findings) {
  const col = header[f.column] ?? `#${f.column}`;
  const s = stat(col);
  s.pred++;
  const g = goldAt.get(`${f.row}\u0001${col}`);
  if (g !== undefined && g.type === f.type) s.correct++;
}
console.log(`staff-list.csv: ${rows.length - 1} rows scanned in ${ms.toFixed(0)} ms`);
console.log('column            gold  recall  precision');
let tg = 0, tf = 0, tp = 0, tc = 0;
for (const [c, s] of byCol) {
  tg += s.gold; tf += s.found; tp += s.pred; tc += s.correct;
  console.log(`${c.padEnd(16)} ${String(s.gold).padStart(5)}  ${(s.found / Math.max(1, s.gold)).toFixed(3)}   ${(s.correct / Math.max(1, s.pred)).toFixed(3)} (${s.pred} predicted)`);
}
console.log(`${'ALL'.padEnd(16)} ${String(tg).padStart(5)}  ${(tf / tg).toFixed(3)}   ${(tc / Math.max(1, tp)).toFixed(3)}`);

interface Entry { file: string; vector: string; pii: { value: string; type: string; where: string }[] }
const manifest = JSON.parse(readFileSync(`${SHARED}xlsx/manifest.json`, 'utf8')) as Entry[];
for (const e of manifest) {
  const r = scanWorkbook(new Uint8Array(readFileSync(`${SHARED}xlsx/${e.file}`)));
  const found = e.pii.filter((p) => r.findings.some((f) => f.type === p.type && f.text === p.value)).length;
  console.log(`${e.file}: ${found}/${e.pii.length} manifest strings, ${r.findings.length} findings; ${r.summary.map(formatSummary).join('; ')}`);
}
