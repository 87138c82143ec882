/**
 * `police-pii redact <file> -o <out> [--operator label|mask|remove|pseudonym]`.
 *
 * @module
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultPipeline, label, mask, pseudonym, redact, remove } from '../../index.js';
import type { Operator } from '../../core/redact.js';
import { PiiError } from '../../core/errors.js';
import { parseChoice, parseScore, parseTypes } from '../args.js';
import { decodeText, readInput } from '../io.js';

export const REDACT_HELP = `Usage: police-pii redact <file|-> -o <out|-> [options]

Options:
  -o, --output FILE                         where to write the redacted text (- for stdout)
  --operator label|mask|remove|pseudonym    how to replace findings (default label: [PERSON])
  --key-env NAME                            environment variable holding the pseudonym key (default POLICE_PII_KEY)
  --min-score N, --types A,B                as for scan
  --report FILE                             write the list of replacements as JSON (values masked)

Exit status: 0 nothing to redact, 1 findings redacted, 2 error.`;

/** Runs the redact command; returns the exit code. */
export function runRedact(argv: readonly string[], out: (s: string) => void, env: Readonly<Record<string, string | undefined>>): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      operator: { type: 'string' },
      'key-env': { type: 'string' },
      'min-score': { type: 'string' },
      types: { type: 'string' },
      report: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help === true) {
    out(REDACT_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new PiiError('INVALID_OPTION', 'redact takes exactly one input file (or -)');
  if (values.output === undefined) throw new PiiError('INVALID_OPTION', 'redact needs -o <out> (use -o - for standard output)');
  const kind = parseChoice(values.operator, ['label', 'mask', 'remove', 'pseudonym'] as const, 'label', '--operator');
  let op: Operator;
  if (kind === 'pseudonym') {
    const name = values['key-env'] ?? 'POLICE_PII_KEY';
    const key = env[name];
    if (key === undefined || key.length < 8) throw new PiiError('INVALID_OPTION', `pseudonym needs a key of at least 8 characters in the environment variable ${name}`);
    op = pseudonym({ key });
  } else op = kind === 'mask' ? mask() : kind === 'remove' ? remove() : label();
  const input = positionals[0] as string;
  const text = decodeText(readInput(input));
  const pipeline = defaultPipeline({ minScore: parseScore(values['min-score']), types: parseTypes(values.types) });
  const findings = pipeline.scan(text);
  const result = redact(text, findings, { DEFAULT: op });
  if (values.output === '-') out(result.text);
  else writeFileSync(values.output, result.text);
  if (values.report !== undefined) {
    const masked = result.replacements.map((r) => ({ type: r.type, start: r.start, end: r.end, newStart: r.newStart, newEnd: r.newEnd, replacement: kind === 'pseudonym' || kind === 'label' ? r.replacement : '' }));
    writeFileSync(values.report, JSON.stringify(masked, null, 2));
  }
  if (values.output !== '-') out(`redacted ${result.replacements.length} finding${result.replacements.length === 1 ? '' : 's'} -> ${values.output}`);
  return result.replacements.length > 0 ? 1 : 0;
}
