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
const REMOVED = /* @__PURE__ */ new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);

// Cyrillic, Greek and other Latin-script letters that look like ASCII ones.
const CONFUSABLES: Readonly<Record<number, string>> = {
  0x0410: 'A', 0x0412: 'B', 0x0415: 'E', 0x041a: 'K', 0x041c: 'M', 0x041d: 'H', 0x041e: 'O', 0x0420: 'P', 0x0421: 'C', 0x0422: 'T', 0x0425: 'X', 0x0406: 'I', 0x0408: 'J', 0x0405: 'S', 0x04ae: 'Y', 0x04c0: 'I',
  0x0430: 'a', 0x0435: 'e', 0x043e: 'o', 0x0440: 'p', 0x0441: 'c', 0x0443: 'y', 0x0445: 'x', 0x0456: 'i', 0x0458: 'j', 0x0455: 's', 0x04bb: 'h', 0x0501: 'd', 0x051b: 'q', 0x051d: 'w', 0x04cf: 'l',
  0x0391: 'A', 0x0392: 'B', 0x0395: 'E', 0x0396: 'Z', 0x0397: 'H', 0x0399: 'I', 0x039a: 'K', 0x039c: 'M', 0x039d: 'N', 0x039f: 'O', 0x03a1: 'P', 0x03a4: 'T', 0x03a5: 'Y', 0x03a7: 'X', 0x03bf: 'o', 0x03b9: 'i', 0x03ba: 'k', 0x03bd: 'v', 0x03c1: 'p', 0x03c5: 'u',
  0x0131: 'i', 0x0251: 'a', 0x0261: 'g',
};

// The zero of every block of decimal digits in the Basic Multilingual Plane other than ASCII and full-width
// (Arabic-Indic, Devanagari, Bengali, Thai, Myanmar, ...): each block holds the ten digits in order.
const DIGIT_ZEROS: readonly number[] = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0,
  0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0,
];

function foldDigit(code: number): string | null {
  if (code < 0x0660 || code > 0xabf9) return null;
  for (const zero of DIGIT_ZEROS) {
    if (code < zero) return null;
    if (code <= zero + 9) return String.fromCharCode(48 + code - zero);
  }
  return null;
}

function foldChar(code: number): string | null {
  // Full-width ASCII forms U+FF01..U+FF5E map to U+0021..U+007E.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  // Non-breaking, figure, thin, narrow and other spaces, ideographic space.
  if (code === 0x00a0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000) return ' ';
  // Dashes and minus signs to a hyphen-minus.
  if (code === 0x2010 || code === 0x2011 || code === 0x2012 || code === 0x2013 || code === 0x2212 || code === 0xfe63) return '-';
  // Typographic apostrophes to ASCII.
  if (code === 0x2019 || code === 0x2018 || code === 0x02bc || code === 0x2032) return "'";
  // Small and full-width commercial at, and the full stop look-alikes used to hide e-mail addresses.
  if (code === 0xfe6b) return '@';
  if (code === 0xfe52 || code === 0x2024) return '.';
  return CONFUSABLES[code] ?? foldDigit(code);
}

/** Maps offsets through a list of removal points (normalised offsets, increasing). */
function removalMap(removedAt: readonly number[]): (o: number) => number {
  return (o) => {
    // Count removals at normalised positions <= o (binary search for the upper bound).
    let lo = 0;
    let hi = removedAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((removedAt[mid] as number) <= o) lo = mid + 1;
      else hi = mid;
    }
    return o + lo;
  };
}

/** Fewest and most digits of a spaced-out UK telephone number (`0 7 7 0 0 9 0 0 1 2 3`). */
const SPACED_MIN_DIGITS = 10;
const SPACED_MAX_DIGITS = 11;
/** Digits of a spaced-out international UK number (`+ 4 4 7 7 0 0 9 0 0 1 2 3`). */
const SPACED_INTL_DIGITS = 12;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Finds runs of single digits separated by single spaces that have the shape of a UK telephone number
 * written out digit by digit, and returns the positions of the spaces to drop. Linear in the text length.
 */
function spacedDigitGaps(text: string): number[] {
  const gaps: number[] = [];
  const n = text.length;
  // A run D( D)* of single digits: found by the engine, so that digit-free stretches cost no loop here.
  const runs = /(?<!\d)\d(?: \d(?!\d))+/gu;
  for (let m = runs.exec(text); m !== null; m = runs.exec(text)) {
    const i = m.index;
    const j = i + m[0].length - 1;
    const digits = (m[0].length + 1) / 2;
    // It must not continue a spaced run (`1 2` before it) or go on into one after it.
    const after = j + 1 < n ? text.charCodeAt(j + 1) : 32;
    const spacedBefore = i >= 2 && text.charCodeAt(i - 1) === 32 && isDigit(text.charCodeAt(i - 2));
    const spacedAfter = after === 32 && j + 2 < n && isDigit(text.charCodeAt(j + 2));
    if (isDigit(after) || spacedBefore || spacedAfter) continue;
    const first = text.charCodeAt(i);
    const plus = (i >= 1 && text.charCodeAt(i - 1) === 43) || (i >= 2 && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i - 2) === 43);
    const national = first === 48 && digits >= SPACED_MIN_DIGITS && digits <= SPACED_MAX_DIGITS;
    const intl = plus && digits === SPACED_INTL_DIGITS && first === 52 && text.charCodeAt(i + 2) === 52;
    if (national || intl) {
      if (intl && text.charCodeAt(i - 1) === 32) gaps.push(i - 1);
      for (let k = i + 1; k < j; k += 2) gaps.push(k);
    }
  }
  return gaps;
}

/**
 * Folds look-alike characters (full-width forms, other scripts' digits, exotic spaces and dashes,
 * Cyrillic/Greek look-alikes), removes invisible ones, and closes up UK telephone numbers written digit by
 * digit (`0 7 7 0 0 9 0 0 1 2 3`), keeping a map to the original offsets. Lone surrogates are kept as they are.
 * Linear in the text length.
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
  // Only code units from U+00A0 can be folded or removed, and never a surrogate: the engine finds the candidates
  // (surrogates left out of the class, which also keeps the search fast under the `u` flag).
  const wide = /[\u00a0-\ud7ff\ue000-\uffff]/gu;
  while (wide.test(input)) {
    const i = wide.lastIndex - 1;
    const code = input.charCodeAt(i);
    const isRemoved = REMOVED.has(code);
    const folded = isRemoved ? null : foldChar(code);
    if (!isRemoved && folded === null) continue;
    if (out === null) out = [];
    out.push(input.slice(last, i));
    if (isRemoved) removedAt.push(i - removedAt.length);
    else out.push(folded as string);
    last = i + 1;
  }
  let text = input;
  if (out !== null) {
    out.push(input.slice(last));
    text = out.join('');
  }
  const first = removalMap(removedAt);
  const gaps = spacedDigitGaps(text);
  if (gaps.length > 0) {
    const parts: string[] = [];
    const removed2: number[] = [];
    let from = 0;
    for (const g of gaps) {
      parts.push(text.slice(from, g));
      removed2.push(g - removed2.length);
      from = g + 1;
    }
    parts.push(text.slice(from));
    const second = removalMap(removed2);
    return { text: parts.join(''), changed: true, toOriginal: (o) => first(second(o)) };
  }
  if (out === null) return { text: input, changed: false, toOriginal: (o) => o };
  if (removedAt.length === 0) return { text, changed: true, toOriginal: (o) => o };
  return { text, changed: true, toOriginal: first };
}

/**
 * Lower-cases a text without changing its length or offsets: characters whose lower case is longer
 * (such as `İ`) are kept as they are.
 *
 * @example
 * ```ts
 * lowerSameLength('İSTANBUL').length; // 8
 * ```
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}

/**
 * Start of the line holding `pos`, looking back at most `max` code units (so repeated calls stay linear
 * on text without line breaks).
 *
 * @example
 * ```ts
 * lineStartNear('ab\ncd', 4, 80); // 3
 * ```
 */
export function lineStartNear(text: string, pos: number, max: number): number {
  const floor = Math.max(0, pos - max);
  for (let i = pos - 1; i >= floor; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return floor;
}

/**
 * End of the line holding `pos` (the index of its line break or the text's end), looking ahead at most `max`.
 * Bounded, unlike `text.indexOf('\n', pos)`, which runs on to the next line break of the whole text: once per
 * candidate on one long line, that would be quadratic.
 *
 * @example
 * ```ts
 * lineEndNear('ab\ncd', 0, 80); // 2
 * ```
 */
export function lineEndNear(text: string, pos: number, max: number): number {
  const ceil = Math.min(text.length, pos + max);
  for (let i = pos; i < ceil; i++) if (text.charCodeAt(i) === 10) return i;
  return ceil;
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
