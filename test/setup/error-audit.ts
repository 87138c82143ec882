/**
 * Error-text audit, run as a vitest setup file before every test file: it records the message of every
 * PiiError the library constructs (through the `name` assignment in PiiError's constructor), everything written
 * with console.warn/console.error, and any text a suite hands to `auditText()` (CLI stderr, say). After
 * each file it fails if any of it holds personal data the tests use (test/setup/canaries.ts).
 */
import { afterAll } from 'vitest';
import { PiiError } from '../../src/core/errors.js';
import { personalDataIn } from './canaries.js';

const KEY = Symbol.for('police-pii.error-audit');
type Audit = { texts: Array<{ source: string; text: string }>; installed: boolean };
const g = globalThis as unknown as Record<symbol, Audit | undefined>;
const audit: Audit = (g[KEY] ??= { texts: [], installed: false });

/**
 * Hands a text to the audit (for output the setup cannot see, such as a CLI run's stderr).
 *
 * @example
 * ```ts
 * auditText('cli stderr', err.join('\n'));
 * ```
 */
export function auditText(source: string, text: string): void {
  audit.texts.push({ source, text });
}

/** How many texts the audit holds (lets a suite check the audit is live). */
export function auditedCount(): number {
  return audit.texts.length;
}

/** True when the audit saw a PiiError with this exact message. */
export function auditSaw(message: string): boolean {
  return audit.texts.some((t) => t.text === message);
}

if (!audit.installed) {
  audit.installed = true;
  // PiiError's constructor assigns `this.name`; an accessor on the prototype sees each new error's message.
  const proto = PiiError.prototype as unknown as object;
  Object.defineProperty(proto, 'name', {
    configurable: true,
    get(): string {
      return 'PiiError';
    },
    set(this: Error, value: string) {
      audit.texts.push({ source: 'PiiError', text: this.message });
      Object.defineProperty(this, 'name', { value, writable: true, configurable: true, enumerable: false });
    },
  });
  // Warnings and errors only: console.log/info are the suites' own diagnostics, not the library's output.
  for (const method of ['warn', 'error'] as const) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => {
      audit.texts.push({ source: `console.${method}`, text: args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack ?? ''}` : typeof a === 'string' ? a : safeJson(a))).join(' ') });
      original(...args);
    };
  }
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

afterAll(() => {
  const leaks: string[] = [];
  for (const t of audit.texts) {
    const hit = personalDataIn(t.text);
    if (hit !== undefined) leaks.push(`${t.source} repeats personal data (${hit.slice(0, 3)}…): ${t.text.slice(0, 200)}`);
  }
  audit.texts.length = 0;
  if (leaks.length > 0) throw new Error(`error-text audit: ${leaks.length} message(s) hold input personal data:\n${leaks.join('\n')}`);
});
