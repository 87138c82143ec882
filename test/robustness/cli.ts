/**
 * Runs the CLI in-process for the robustness suites; stderr goes through the error-text audit.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { auditText } from '../setup/error-audit.js';

/** The result of one CLI run. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/**
 * Runs `police-pii <args>` in-process.
 *
 * @example
 * ```ts
 * const r = await runCli(['scan', 'x.txt']);
 * ```
 */
export async function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), env });
  const r = { code, out: out.join('\n'), err: err.join('\n') };
  auditText(`CLI stderr of ${args[0] ?? ''}`, r.err);
  return r;
}

/** A fresh temporary directory. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `police-pii-${prefix}-`));
}

/** Writes a file into a directory and returns its path. */
export function put(dir: string, name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}
