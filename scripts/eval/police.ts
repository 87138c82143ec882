/**
 * Dev-set driver for the police workforce detectors (POLICE_RANK, OFFICER_ID, PAY_NUMBER, VETTING_LEVEL, FORCE,
 * LOCATION, DEPARTMENT), plus a throughput check on ~5 MB of repeated dev text:
 *
 *   npx esbuild scripts/eval/police.ts --bundle --platform=node --format=esm --outfile=/tmp/police-eval.mjs --log-level=warning && node /tmp/police-eval.mjs [maxLines] [--speed]
 */
import { evalDev, loadDev, printEval } from './devEval.js';
import { createPipeline } from '../../src/core/pipeline.js';
import type { Detector, EntityType } from '../../src/core/types.js';
import { policeRank } from '../../src/detectors/policeRank.js';
import { officerId } from '../../src/detectors/officerId.js';
import { payNumber } from '../../src/detectors/payNumber.js';
import { vettingLevel } from '../../src/detectors/vettingLevel.js';
import { force } from '../../src/detectors/force.js';
import { location } from '../../src/detectors/location.js';
import { department } from '../../src/detectors/department.js';

const TYPES: EntityType[] = ['POLICE_RANK', 'OFFICER_ID', 'PAY_NUMBER', 'VETTING_LEVEL', 'FORCE', 'LOCATION', 'DEPARTMENT'];
const detectors: Detector[] = [policeRank(), officerId(), payNumber(), vettingLevel(), force(), location(), department()];
const args = process.argv.slice(2);
const only = args.find((a) => /^[A-Z_]+$/u.test(a)) as EntityType | undefined;
const maxLines = Number(args.find((a) => /^\d+$/u.test(a)) ?? 60);

printEval(evalDev(detectors, { types: only !== undefined ? [only] : TYPES }), maxLines);

if (args.includes('--speed')) {
  const items = loadDev();
  const one = items.map((i) => i.text).join('\n\n');
  const text = one.repeat(Math.ceil(5_000_000 / one.length));
  const p = createPipeline({ detectors });
  p.scan(text.slice(0, 200_000));
  const t0 = performance.now();
  const raw = detectors.reduce((n, d) => n + d.detect(text, { explain: false, tableCells: () => [] }).length, 0);
  const t1 = performance.now();
  const found = p.scan(text).length;
  const t2 = performance.now();
  const mb = text.length / 1e6;
  console.log(`${mb.toFixed(1)} MB: detectors alone ${(mb / ((t1 - t0) / 1000)).toFixed(1)} MB/s (${raw} raw findings); full pipeline with table finder ${(mb / ((t2 - t1) / 1000)).toFixed(1)} MB/s (${found} findings)`);
}
