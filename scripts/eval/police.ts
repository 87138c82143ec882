/**
 * Dev-set driver for the police workforce detectors (POLICE_RANK, OFFICER_ID, PAY_NUMBER, VETTING_LEVEL, FORCE,
 * LOCATION, DEPARTMENT), plus a throughput check on ~5 MB of repeated dev text:
 *
 *   npx esbuild scripts/eval/police.ts --bundle --platform=node --format=esm --outfile=/tmp/police-eval.mjs --log-level=warning && node /tmp/police-eval.mjs [maxLines] [--speed]
 */
import { evalDev, loadDev, printEval } from './devEval.js';
import { detectContext } from '../../src/core/detector.js';
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
  // Throughput of the seven detectors together, CPU time, best of 5, on ~5 MB of repeated dev text: all of it
  // (dense: rosters and HR extracts), and its prose items only (letters, e-mails, news, misconduct, negatives).
  const items = loadDev();
  const prose = new Set(['foi_letter', 'misconduct', 'email', 'news', 'negative', 'custody']);
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  for (const [label, list] of [['all dev text', items], ['prose items only', items.filter((i) => prose.has(i.kind))]] as const) {
    const one = list.map((i) => i.text).join('\n\n');
    const text = one.repeat(Math.ceil(5_000_000 / one.length)).split('').join('');
    let best = Infinity;
    let bestWithTables = Infinity;
    for (let r = 0; r < 5; r++) {
      const ctx = detectContext(text);
      const t0 = cpu();
      const cells = ctx.tableCells();
      const t1 = cpu();
      const shared = { explain: false, tableCells: () => cells };
      for (const d of detectors) d.detect(text, shared);
      const t2 = cpu();
      best = Math.min(best, t2 - t1);
      bestWithTables = Math.min(bestWithTables, t2 - t0);
    }
    const mb = text.length / 1e6;
    console.log(`${label}: ${mb.toFixed(1)} MB; 7 detectors ${(mb / (best / 1000)).toFixed(1)} MB/s (${best.toFixed(0)} ms CPU); with the table finder ${(mb / (bestWithTables / 1000)).toFixed(1)} MB/s`);
  }
}
