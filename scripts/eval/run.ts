/**
 * Scores the current default detectors on the dev set. Arguments: optional comma-separated types.
 *   npx esbuild scripts/eval/run.ts --bundle --platform=node --format=esm --outfile=/tmp/dev-eval.mjs && node /tmp/dev-eval.mjs [TYPES]
 */
import { defaultDetectors } from '../../src/presets.js';
import type { EntityType } from '../../src/core/types.js';
import { evalDev, printEval } from './devEval.js';

const types = process.argv[2] ? process.argv[2].split(',') as EntityType[] : undefined;
printEval(evalDev(defaultDetectors(), { types, path: process.env.DEV_SET ?? '../shared/eval/dev.jsonl' }), Number(process.argv[3] ?? 60));
