/**
 * `police-pii bench <corpus.jsonl>`: scores a pipeline on a labelled corpus (the JSONL format of `police-pii/bench`).
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { defaultPipeline } from '../../index.js';
import { createPipeline } from '../../core/pipeline.js';
import { patternDetectors } from '../../core/presets.js';
import { PiiError } from '../../core/errors.js';
import { evaluate } from '../../bench/evaluate.js';
import { parseCorpus } from '../../bench/corpus.js';
import { formatEvaluation } from '../../bench/report.js';
import { parseChoice, parseScore, parseTypes } from '../args.js';
import { decodeText, readInput } from '../io.js';

/**
 * Help text of the bench command.
 *
 * @example
 * ```ts
 * console.log(BENCH_HELP);
 * ```
 */
export const BENCH_HELP = `Usage: police-pii bench <corpus.jsonl> [options]

Scores a pipeline on labelled data: one JSON object per line,
{"id": "...", "text": "...", "spans": [{"start": 0, "end": 5, "type": "PERSON", "origin": "anglo"}], "kind": "..."}
(offsets in UTF-16 code units, end exclusive; kind "negative" marks texts with no personal data).

Options:
  --pipeline default|core     default: every detector; core: pattern detectors only (default: default)
  --format table|json|markdown  output format (default table)
  --types A,B                 score only these entity types
  --min-score N               drop findings scoring below N (0-1, default 0.5)
  --errors N                  list up to N misses and false positives (prints corpus text)
  --fail-under F              exit 1 when the micro F2 is below F (0-1)

Exit status: 0 scored (and F2 not under --fail-under), 1 under --fail-under, 2 error.`;

/**
 * Runs the bench command; returns the exit code (0 scored, 1 under `--fail-under`, 2 error via thrown `PiiError`).
 *
 * @example
 * ```ts
 * const code = runBench(['corpus.jsonl', '--format', 'markdown'], console.log);
 * ```
 */
export function runBench(argv: readonly string[], out: (s: string) => void): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      pipeline: { type: 'string' },
      format: { type: 'string' },
      types: { type: 'string' },
      'min-score': { type: 'string' },
      errors: { type: 'string' },
      'fail-under': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help === true) {
    out(BENCH_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new PiiError('INVALID_OPTION', 'bench needs exactly one corpus file (JSONL)');
  const which = parseChoice(values.pipeline, ['default', 'core'] as const, 'default', '--pipeline');
  const format = parseChoice(values.format, ['table', 'json', 'markdown'] as const, 'table', '--format');
  const types = parseTypes(values.types);
  const minScore = parseScore(values['min-score']);
  const failUnder = parseScore(values['fail-under']);
  const errors = values.errors === undefined ? 0 : Number(values.errors);
  if (!Number.isInteger(errors) || errors < 0) throw new PiiError('INVALID_OPTION', '--errors must be a whole number');
  const options = { ...(minScore === undefined ? {} : { minScore }) };
  const pipeline = which === 'core' ? createPipeline({ ...options, detectors: patternDetectors() }) : defaultPipeline(options);
  const file = positionals[0] as string;
  const corpus = parseCorpus(decodeText(readInput(file)));
  const ev = evaluate(pipeline, corpus, { ...(types === undefined ? {} : { types }), errors });
  out(formatEvaluation(ev, format, format === 'json' ? {} : { title: `${which} pipeline on ${file}` }));
  return failUnder !== undefined && (ev.micro.f2 ?? 0) < failUnder ? 1 : 0;
}
