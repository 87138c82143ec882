/**
 * The CLI dispatcher, separated from the bin so tests can run it in-process.
 *
 * @module
 */
import { PiiError } from '../core/errors.js';
import { runBench, BENCH_HELP } from './commands/bench.js';
import { runRedact, REDACT_HELP } from './commands/redact.js';
import { runScan, SCAN_HELP } from './commands/scan.js';

export const HELP = `police-pii: find personal data about police officers and staff before it leaks.

Usage: police-pii <command> [options]

Commands:
  scan <file|dir|->...     report personal data (exit 1 when found)
  redact <file> -o <out>   write a redacted copy
  risk <file.csv|.xlsx> --columns A,B   re-identification risk of a table (k-anonymity, uniqueness)
  bench <corpus.jsonl>     score a pipeline on labelled data (precision, recall, F2)

Run police-pii <command> --help for a command's options.

${SCAN_HELP}

${REDACT_HELP}

${BENCH_HELP}`;

/** Environment for a CLI run. */
export interface CliIo {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Runs the CLI with arguments (without `node` and the script) and returns the exit code.
 * Errors print their code and message, never the input.
 *
 * @example
 * ```ts
 * const code = await main(['scan', 'examples/foi-reply.txt'], { out: console.log, err: console.error, env: process.env });
 * ```
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'scan':
        return await runScan(rest, io.out);
      case 'bench':
        return runBench(rest, io.out);
      case 'redact':
        return runRedact(rest, io.out, io.env);
      case 'risk': return (await import('./commands/risk.js')).runRisk(rest, io.out); // lazy: the name tables load only for `risk`
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(HELP);
        return command === undefined ? 2 : 0;
      default:
        io.err(`police-pii: unknown command ${JSON.stringify(command)}; try police-pii --help`);
        return 2;
    }
  } catch (e) {
    if (e instanceof PiiError) io.err(`police-pii: error ${e.code}: ${e.message}`);
    else if (e instanceof Error && 'code' in e && typeof (e as { code: unknown }).code === 'string' && (e as { code: string }).code.startsWith('ERR_PARSE_ARGS')) io.err(`police-pii: ${e.message}`);
    else io.err('police-pii: internal error (no input is shown); please report it');
    return 2;
  }
}
