/**
 * Redaction: a separate step after scanning. Operators are functions keyed by entity type, plus `DEFAULT`.
 *
 * @module
 */
import { assertOption, PiiError } from './errors.js';
import { hmacSha256, toHex, utf8 } from './sha256.js';
import type { EntityType, Finding } from './types.js';

/**
 * Turns one finding into its replacement text.
 *
 * @example
 * ```ts
 * const op: Operator = (f) => `<${f.type}>`;
 * ```
 */
export type Operator = (finding: Finding) => string;

/**
 * Operators per entity type; `DEFAULT` serves every type without its own. Without any, each finding becomes its label.
 *
 * @example
 * ```ts
 * const ops: Operators = { PERSON: pseudonym({ key: 'secret' }), DEFAULT: mask() };
 * ```
 */
export type Operators = Readonly<Partial<Record<EntityType | 'DEFAULT', Operator>>>;

/**
 * One replacement made by {@link redact}: where the text was, where its replacement is, and what it became.
 *
 * @example
 * ```ts
 * const r: Replacement = { type: 'EMAIL', start: 5, end: 10, newStart: 5, newEnd: 12, original: 'a@b.c', replacement: '[EMAIL]' };
 * ```
 */
export interface Replacement {
  readonly type: EntityType;
  /** Offsets in the input text. */
  readonly start: number;
  readonly end: number;
  /** Offsets in the redacted text. */
  readonly newStart: number;
  readonly newEnd: number;
  readonly original: string;
  readonly replacement: string;
}

/**
 * The output of {@link redact}.
 *
 * @example
 * ```ts
 * const r: RedactResult = redact('x', []);
 * ```
 */
export interface RedactResult {
  readonly text: string;
  readonly replacements: readonly Replacement[];
}

/**
 * Replaces a finding with its type in brackets (`[PERSON]`), or with a fixed text.
 *
 * @example
 * ```ts
 * label()({ type: 'PERSON', start: 0, end: 3, text: 'Ann', score: 1, detector: 'x' }); // '[PERSON]'
 * label('[REDACTED]')(finding); // '[REDACTED]'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function label(fixed?: string): Operator {
  if (fixed !== undefined) assertOption(typeof fixed === 'string', 'label text must be a string');
  return (f) => fixed ?? `[${f.type}]`;
}

/**
 * Options of {@link mask}.
 *
 * @example
 * ```ts
 * const o: MaskOptions = { char: '#', keepLast: 2 };
 * ```
 */
export interface MaskOptions {
  /** The masking character (default `*`). */
  readonly char?: string;
  /** Leave this many trailing characters in clear (default 0). */
  readonly keepLast?: number;
  /** Keep spaces and punctuation so the shape stays readable (default true). */
  readonly keepSeparators?: boolean;
}

/**
 * Masks every letter and digit, keeping the length (and by default spaces and punctuation).
 *
 * @example
 * ```ts
 * mask()({ type: 'PHONE', start: 0, end: 12, text: '07700 900123', score: 1, detector: 'x' }); // '***** ******'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function mask(options: MaskOptions = {}): Operator {
  const ch = options.char ?? '*';
  const keepLast = options.keepLast ?? 0;
  const keepSeparators = options.keepSeparators !== false;
  assertOption(typeof ch === 'string' && [...ch].length === 1, 'mask char must be one character');
  assertOption(Number.isInteger(keepLast) && keepLast >= 0, 'keepLast must be a non-negative integer');
  return (f) => {
    const chars = [...f.text];
    const cut = Math.max(0, chars.length - keepLast);
    let out = '';
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i] as string;
      if (i >= cut) out += c;
      else if (keepSeparators && /[\s\p{P}]/u.test(c)) out += c;
      else out += ch;
    }
    return out;
  };
}

/**
 * Removes the finding entirely.
 *
 * @example
 * ```ts
 * remove()(finding); // ''
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function remove(): Operator {
  return () => '';
}

/**
 * Options of {@link pseudonym}.
 *
 * @example
 * ```ts
 * const o: PseudonymOptions = { key: 'a long secret from your vault', length: 10 };
 * ```
 */
export interface PseudonymOptions {
  /** The secret key (string or bytes). Keep it secret: anyone with it can test guesses. */
  readonly key: string | Uint8Array;
  /** Hex characters of the digest to keep (8 to 64, default 12). */
  readonly length?: number;
  /** Fold case and spaces before hashing so `SMITH  John` and `Smith John` share a pseudonym (default true). */
  readonly fold?: boolean;
}

/**
 * Keyed-hash pseudonym: HMAC-SHA-256 of the type and value under the caller's key. The same value gets
 * the same pseudonym within and across calls with the same key; without the key it cannot be reversed
 * or recomputed.
 *
 * @example
 * ```ts
 * const op = pseudonym({ key: 'secret' });
 * op(finding); // 'PERSON_3b1f0c9a52de'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function pseudonym(options: PseudonymOptions): Operator {
  assertOption(options !== null && typeof options === 'object', 'pseudonym needs options with a key');
  const key = typeof options.key === 'string' ? utf8(options.key) : options.key;
  assertOption(key instanceof Uint8Array && key.length >= 8, 'pseudonym key must be at least 8 bytes');
  const length = options.length ?? 12;
  assertOption(Number.isInteger(length) && length >= 8 && length <= 64, 'pseudonym length must be an integer from 8 to 64');
  const fold = options.fold !== false;
  const keyCopy = key.slice();
  return (f) => {
    const value = fold ? f.text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim() : f.text;
    const digest = toHex(hmacSha256(keyCopy, utf8(`${f.type}\u0000${value}`)));
    return `${f.type}_${digest.slice(0, length)}`;
  };
}

function isFinding(f: unknown, length: number): f is Finding {
  if (f === null || typeof f !== 'object') return false;
  const x = f as Finding;
  return typeof x.type === 'string' && Number.isInteger(x.start) && Number.isInteger(x.end) && x.start >= 0 && x.end <= length && x.start < x.end;
}

/**
 * Replaces findings in a text. Overlapping findings are merged into one replacement (the higher-scoring
 * finding's type names it), so no part of any finding survives.
 *
 * @example
 * ```ts
 * const text = 'Email j.smith@met.police.uk';
 * redact(text, scan(text)).text; // 'Email [EMAIL]'
 * redact(text, scan(text), { DEFAULT: mask() }).text; // 'Email *.*****@***.******.**'
 * ```
 */
export function redact(text: string, findings: readonly Finding[], operators: Operators = {}): RedactResult {
  if (typeof text !== 'string') throw new PiiError('INVALID_INPUT', 'redact expects a string');
  if (!Array.isArray(findings)) throw new PiiError('INVALID_INPUT', 'redact expects an array of findings');
  for (const f of findings) {
    if (!isFinding(f, text.length)) throw new PiiError('INVALID_INPUT', 'a finding has offsets outside the text');
  }
  const sorted = findings.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  // Merge overlaps.
  const merged: Finding[] = [];
  for (const f of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && f.start < last.end) {
      const end = Math.max(last.end, f.end);
      const lead = f.score > last.score ? f : last;
      merged[merged.length - 1] = { ...lead, start: last.start, end, text: text.slice(last.start, end) };
    } else {
      merged.push({ ...f, text: text.slice(f.start, f.end) });
    }
  }
  const parts: string[] = [];
  const replacements: Replacement[] = [];
  let cursor = 0;
  let outLength = 0;
  for (const f of merged) {
    const op = operators[f.type] ?? operators.DEFAULT ?? defaultLabel;
    const replacement = op(f);
    if (typeof replacement !== 'string') throw new PiiError('INVALID_OPTION', `the operator for ${f.type} did not return a string`);
    const keep = text.slice(cursor, f.start);
    parts.push(keep, replacement);
    outLength += keep.length;
    replacements.push({ type: f.type, start: f.start, end: f.end, newStart: outLength, newEnd: outLength + replacement.length, original: f.text, replacement });
    outLength += replacement.length;
    cursor = f.end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), replacements };
}

const defaultLabel: Operator = (f) => `[${f.type}]`;
