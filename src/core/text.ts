/**
 * Text helpers shared by detectors: normalisation with offset mapping, word boundaries and context windows.
 *
 * @module
 */

/** A text prepared for detection, with a map back to the original offsets. */
export interface NormalizedText {
  /** The text the detectors see. */
  readonly text: string;
  /** True when `text` differs from the original. */
  readonly changed: boolean;
  /** Maps an offset in `text` to the offset in the original. */
  toOriginal(offset: number): number;
}

// Characters removed before detection: zero-width space/joiners, word joiner, BOM, soft hyphen, LRM/RLM and bidi embeddings.
const REMOVED = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);

// Cyrillic and Greek letters that look like Latin ones.
const CONFUSABLES: Readonly<Record<number, string>> = {
  0x0410: 'A', 0x0412: 'B', 0x0415: 'E', 0x041a: 'K', 0x041c: 'M', 0x041d: 'H', 0x041e: 'O', 0x0420: 'P', 0x0421: 'C', 0x0422: 'T', 0x0425: 'X', 0x0406: 'I', 0x0408: 'J', 0x0405: 'S',
  0x0430: 'a', 0x0435: 'e', 0x043e: 'o', 0x0440: 'p', 0x0441: 'c', 0x0443: 'y', 0x0445: 'x', 0x0456: 'i', 0x0458: 'j', 0x0455: 's', 0x04bb: 'h',
  0x0391: 'A', 0x0392: 'B', 0x0395: 'E', 0x0396: 'Z', 0x0397: 'H', 0x0399: 'I', 0x039a: 'K', 0x039c: 'M', 0x039d: 'N', 0x039f: 'O', 0x03a1: 'P', 0x03a4: 'T', 0x03a5: 'Y', 0x03a7: 'X', 0x03bf: 'o',
};

function foldChar(code: number): string | null {
  // Full-width ASCII forms U+FF01..U+FF5E map to U+0021..U+007E.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  // Non-breaking, figure, thin, narrow and other spaces, ideographic space.
  if (code === 0x00a0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000) return ' ';
  // Dashes and minus signs to a hyphen-minus.
  if (code === 0x2010 || code === 0x2011 || code === 0x2012 || code === 0x2212 || code === 0xfe63) return '-';
  // Typographic apostrophes to ASCII.
  if (code === 0x2019 || code === 0x2018 || code === 0x02bc || code === 0x2032) return "'";
  return CONFUSABLES[code] ?? null;
}

/**
 * Folds look-alike characters (full-width forms, exotic spaces and dashes, Cyrillic/Greek look-alikes)
 * and removes invisible ones, keeping a map to the original offsets. The result has the same length
 * as the input unless invisible characters were removed. Lone surrogates are kept as they are.
 *
 * @example
 * ```ts
 * const n = normalizeForDetection('０７７００\u200b 900123');
 * n.text; // '07700 900123'
 * n.toOriginal(5); // 6
 * ```
 */
export function normalizeForDetection(input: string): NormalizedText {
  let out: string[] | null = null;
  // Normalised offsets at which a character was removed, in increasing order.
  const removedAt: number[] = [];
  let last = 0;
  const n = input.length;
  for (let i = 0; i < n; i++) {
    const code = input.charCodeAt(i);
    if (code < 0xa0) continue;
    const isRemoved = REMOVED.has(code);
    const folded = isRemoved ? null : foldChar(code);
    if (!isRemoved && folded === null) continue;
    if (out === null) out = [];
    out.push(input.slice(last, i));
    if (isRemoved) removedAt.push(i - removedAt.length);
    else out.push(folded as string);
    last = i + 1;
  }
  if (out === null) return { text: input, changed: false, toOriginal: (o) => o };
  out.push(input.slice(last));
  const text = out.join('');
  if (removedAt.length === 0) return { text, changed: true, toOriginal: (o) => o };
  return {
    text,
    changed: true,
    toOriginal: (o) => {
      // Count removals at normalised positions <= o (binary search for the upper bound).
      let lo = 0;
      let hi = removedAt.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((removedAt[mid] as number) <= o) lo = mid + 1;
        else hi = mid;
      }
      return o + lo;
    },
  };
}

/**
 * True when the UTF-16 code unit is a letter or digit of any script (used for word boundaries).
 *
 * @example
 * ```ts
 * isWordChar('é'.charCodeAt(0)); // true
 * ```
 */
export function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return WORD_RE.test(String.fromCharCode(code));
}
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;

/**
 * Returns the lower-cased window of text around a span, for context-word checks.
 *
 * @example
 * ```ts
 * contextWindow('collar number 4521', 14, 18, 20, 0); // 'collar number '
 * ```
 */
export function contextWindow(text: string, start: number, end: number, before: number, after: number): string {
  return text.slice(Math.max(0, start - before), start).toLowerCase() + ' \u0000 ' + text.slice(end, Math.min(text.length, end + after)).toLowerCase();
}

/**
 * Line number (1-based) and column (1-based, UTF-16) of an offset.
 *
 * @example
 * ```ts
 * lineColumn('a\nbc', 3); // { line: 2, column: 2 }
 * ```
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
