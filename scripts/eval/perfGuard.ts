/**
 * Developer guard for speed work: records every finding ([start, end, type, score, detector]) of the default
 * pipeline, the pattern pipeline, the default pipeline with `explain` (evidence included) and each default detector alone on the dev set, the synthetic corpus and 1 MB of
 * the benchmark's generated mixed text, then compares a later run against that record.
 *
 *   npx esbuild scripts/eval/perfGuard.ts --bundle --platform=node --format=esm --outfile=/tmp/perf-guard.mjs --log-level=warning && node /tmp/perf-guard.mjs record|check [file]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createPipeline } from '../../src/core/pipeline.js';
import { detectContext } from '../../src/core/detector.js';
import { patternDetectors } from '../../src/core/presets.js';
import { defaultDetectors } from '../../src/presets.js';
import type { Finding } from '../../src/core/types.js';

const mode = process.argv[2] ?? 'check';
const file = process.argv[3] ?? '/tmp/perf-baseline.json';
process.argv[1] = 'perfGuard';
const { generateText } = (await import('../../bench/corpora/generate.mjs')) as { generateText: (o: { chars: number; seed: number; mix: string }) => string };

const readJsonl = (path: string): string[] =>
  existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => (JSON.parse(l) as { text: string }).text)
    : [];
const texts: Record<string, string[]> = {
  dev: readJsonl('../shared/eval/dev.jsonl'),
  synthetic: readJsonl('bench/corpora/synthetic.jsonl'),
  mixed: [generateText({ chars: 1_000_000, seed: 7, mix: 'mixed' }), generateText({ chars: 300_000, seed: 3, mix: 'table' })],
};
const flat = (fs: readonly Finding[]): string => fs.map((f) => `${f.start},${f.end},${f.type},${f.score},${f.detector}`).join(';');

// With explain on, the evidence (reasons, context words) is compared too.
const flatExplained = (fs: readonly Finding[]): string => fs.map((f) => `${f.start},${f.end},${f.type},${f.score},${f.detector},${JSON.stringify(f.evidence ?? null)}`).join(';');

const runs: Record<string, (t: string) => string> = {
  default: (t) => flat(createPipeline({ detectors: defaultDetectors() }).scan(t)),
  pattern: (t) => flat(createPipeline({ detectors: patternDetectors() }).scan(t)),
  explain: (t) => flatExplained(createPipeline({ detectors: defaultDetectors(), explain: true }).scan(t)),
};
for (const d of defaultDetectors()) if (d.id !== 'personName' || mode === 'record') runs[`alone:${d.id}`] = (t) => flat(d.detect(t, detectContext(t)));

const out: Record<string, string[]> = {};
for (const [corpus, items] of Object.entries(texts)) for (const [run, fn] of Object.entries(runs)) out[`${corpus}/${run}`] = items.map(fn);

if (mode === 'record') {
  writeFileSync(file, JSON.stringify(out));
  console.log(`recorded ${Object.keys(out).length} runs to ${file}`);
} else {
  const base = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
  let bad = 0;
  for (const [key, items] of Object.entries(out)) {
    const was = base[key];
    if (was === undefined) continue;
    items.forEach((got, i) => {
      if (got === was[i]) return;
      bad++;
      const a = new Set((was[i] ?? '').split(';'));
      const b = new Set(got.split(';'));
      const lost = [...a].filter((x) => !b.has(x)).slice(0, 5);
      const added = [...b].filter((x) => !a.has(x)).slice(0, 5);
      console.log(`DIFF ${key}#${i} lost=${JSON.stringify(lost)} added=${JSON.stringify(added)}`);
    });
  }
  console.log(bad === 0 ? 'IDENTICAL' : `${bad} differing items`);
}
