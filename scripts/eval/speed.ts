/**
 * Developer speed check: throughput of the default and pattern pipelines and of each detector alone, on the
 * benchmark's seeded mixed/prose/table text (bench/corpora/generate.mjs). Per-detector figures include the
 * shared per-scan work (table finding, tokenisation) that a pipeline pays once.
 *
 * With `marginal` instead of `detectors`, each detector is timed in one shared, already-warm context instead: its
 * own cost in a pipeline, after the shared work (table cells, tokens, rank scan) reported on its own lines.
 *
 *   npx esbuild scripts/eval/speed.ts --bundle --platform=node --format=esm --outfile=/tmp/speed.mjs --log-level=warning && node /tmp/speed.mjs [MB] [mix] [detectors|marginal]
 */
import { createPipeline } from '../../src/core/pipeline.js';
import { detectContext } from '../../src/core/detector.js';
import { patternDetectors } from '../../src/core/presets.js';
import { defaultDetectors } from '../../src/presets.js';
import { sharedTokens, tokenize } from '../../src/data/police/phrases.js';
import { rankLexicon, scanRanks } from '../../src/detectors/policeRank.js';

const mbWanted = Number(process.argv[2] ?? 2);
const mixes = (process.argv[3] ?? 'mixed,prose,table').split(',');
const perDetector = process.argv[4] === 'detectors';
const marginal = process.argv[4] === 'marginal';
process.argv[1] = 'speed';
const { generateText } = (await import('../../bench/corpora/generate.mjs')) as { generateText: (o: { chars: number; seed: number; mix: string }) => string };

function time(fn: () => unknown): number {
  fn();
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  return runs.sort((a, b) => a - b)[1] as number;
}

for (const mix of mixes) {
  const text = generateText({ chars: mbWanted * 1_000_000, seed: 7, mix });
  const mb = text.length / 1e6;
  const report = (name: string, ms: number) => console.log(`${mix.padEnd(6)} ${name.padEnd(16)} ${(mb / (ms / 1000)).toFixed(1).padStart(7)} MB/s`);
  report('default', time(() => createPipeline({ detectors: defaultDetectors() }).scan(text)));
  report('pattern', time(() => createPipeline({ detectors: patternDetectors() }).scan(text)));
  report('empty pipeline', time(() => createPipeline({ detectors: [] }).scan(text)));
  if (perDetector) for (const d of defaultDetectors()) report(d.id, time(() => d.detect(text, detectContext(text))));
  if (marginal) {
    report('shared: cells', time(() => detectContext(text).tableCells()));
    report('shared: tokens', time(() => sharedTokens(text, detectContext(text))));
    const lexicon = rankLexicon();
    const tokens = tokenize(text);
    report('shared: ranks', time(() => scanRanks(text, tokens, lexicon)));
    const ctx = detectContext(text);
    const detectors = defaultDetectors();
    for (const d of detectors) d.detect(text, ctx);
    for (const d of detectors) report(d.id, time(() => d.detect(text, ctx)));
  }
}
