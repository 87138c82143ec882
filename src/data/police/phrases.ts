/**
 * Word tokens and a token trie for matching the police lexicons in linear time: the text is cut once into
 * runs of letters and digits, and each lexicon phrase is looked up token by token in hash maps, so the cost
 * does not grow with the size of the lexicon.
 *
 * @module
 */
import { headerClass, memoize } from '../../core/detector.js';
import { lazy } from '../../core/lazy.js';
import { isWordChar } from '../../core/text.js';
import type { DetectContext, EntityType, TextCell } from '../../core/types.js';

/**
 * Word tokens of a text: maximal runs of letters/digits (and `&` on its own), as parallel offset arrays.
 *
 * @example
 * ```ts
 * const t = tokenize('DS Amara');
 * [t.count, t.starts[1], t.ends[1]]; // [2, 3, 8]
 * ```
 */
export interface Tokens {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** {@link hashLower} of each token opening with a capital, digit or `&`, computed while cutting; 0 for the others (hashed on demand). */
  readonly hashes: Int32Array;
}

function isWordSlow(c: number): boolean {
  // Latin-1 and Latin Extended letters (not × and ÷), the commonest non-ASCII letters in names.
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return isWordChar(c);
}

/**
 * Cuts a text into word tokens. Linear; no per-token string allocation.
 *
 * @example
 * ```ts
 * tokenize("King's Lynn").count; // 3
 * ```
 */
export function tokenize(text: string): Tokens {
  const n = text.length;
  let cap = (n >> 2) + 16;
  let starts: Int32Array = new Int32Array(cap);
  let ends: Int32Array = new Int32Array(cap);
  let hashes: Int32Array = new Int32Array(cap);
  let count = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    const ascii = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (!ascii && c !== 38 && (c < 0x80 || !isWordSlow(c))) {
      i++;
      continue;
    }
    const start = i;
    // Hash now only tokens that open with a capital, a digit or `&` (the lexicons' first words); lower-case
    // words, most of any text, are hashed on demand by `tokenChild`.
    let h = 0;
    if (c >= 97 && c <= 122) {
      for (;;) {
        i++;
        if (i >= n) break;
        c = text.charCodeAt(i);
        if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0x80 && isWordSlow(c)))) break;
      }
    } else {
      h = 0x811c9dc5;
      for (;;) {
        h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c < 0xc0 ? c : lowerCode(c)), 16777619);
        i++;
        if (c === 38 || i >= n) break;
        c = text.charCodeAt(i);
        if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0x80 && isWordSlow(c)))) break;
      }
      h &= HASH_MASK;
    }
    const end = i;
    if (count === cap) {
      cap *= 2;
      starts = grow(starts, cap);
      ends = grow(ends, cap);
      hashes = grow(hashes, cap);
    }
    starts[count] = start;
    ends[count] = end;
    hashes[count] = h;
    count++;
  }
  return { count, starts, ends, hashes };
}

function grow(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

/** Hashes are kept to 30 bits so that they stay small integers in the engine's maps. */
const HASH_MASK = 0x3fffffff;



/**
 * A node of a token trie: children keyed by the hash of a lower-cased token, the token itself to confirm a
 * hash hit, and the value of a phrase ending here.
 *
 * @example
 * ```ts
 * buildTrie([['Special Branch', 1]]).next.size; // 1
 * ```
 */
export interface TokenTrie<T> {
  /** Children (a leaf's map is shared and empty: read it, never write it). */
  next: Map<number, TokenTrie<T>>;
  /** The lower-cased token leading to this node ('' at the root). */
  readonly word: string;
  /** Another child whose token has the same hash. */
  alt?: TokenTrie<T>;
  value?: T;
}

function lowerCode(c: number): number {
  if (c < 0xc0) return c >= 65 && c <= 90 ? c + 32 : c;
  // Latin-1 and Latin Extended-A without allocating; other scripts through toLowerCase.
  if (c <= 0xde) return c === 0xd7 ? c : c + 32;
  if (c < 0x100) return c;
  if (c < 0x180) {
    if ((c <= 0x137 || (c >= 0x14a && c <= 0x177)) && c !== 0x130) return c | 1;
    if (((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e)) && (c & 1) === 1) return c + 1;
    if (c !== 0x130 && c !== 0x178) return c;
  }
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/**
 * FNV-1a hash of `text[s, e)` lower-cased, without building a string.
 *
 * @example
 * ```ts
 * hashLower('PC', 0, 2) === hashLower('pc', 0, 2); // true
 * ```
 */
export function hashLower(text: string, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) h = Math.imul(h ^ lowerCode(text.charCodeAt(i)), 16777619);
  return h & HASH_MASK;
}

/**
 * Does `text[s, e)` equal the lower-case `word`, ignoring case?
 *
 * @example
 * ```ts
 * sameLower('Sgt', 0, 3, 'sgt'); // true
 * ```
 */
export function sameLower(text: string, s: number, e: number, word: string): boolean {
  if (e - s !== word.length) return false;
  for (let i = s; i < e; i++) if (lowerCode(text.charCodeAt(i)) !== word.charCodeAt(i - s)) return false;
  return true;
}

const ASCII_ONLY = /^[\0-\x7f]*$/u;
const ASCII_TOKEN = /[a-z0-9]+|&/gu;

/**
 * Splits a phrase into lower-cased tokens the way {@link tokenize} cuts text.
 *
 * @example
 * ```ts
 * phraseTokens('D/Sgt'); // ['d', 'sgt']
 * ```
 */
export function phraseTokens(phrase: string): string[] {
  // Lexicon phrases are nearly all ASCII: there, the regular expression cuts exactly as tokenize does (runs of
  // ASCII letters and digits, `&` alone) at a fraction of tokenize's first-call cost, which counts at cold start.
  if (ASCII_ONLY.test(phrase)) return phrase.toLowerCase().match(ASCII_TOKEN) ?? [];
  const t = tokenize(phrase);
  const out: string[] = [];
  for (let k = 0; k < t.count; k++) {
    let w = '';
    for (let i = t.starts[k] as number; i < (t.ends[k] as number); i++) w += String.fromCharCode(lowerCode(phrase.charCodeAt(i)));
    out.push(w);
  }
  return out;
}

/**
 * The child of `node` for token `text[s, e)`, if any.
 *
 * @example
 * ```ts
 * const trie = buildTrie([['CID', 1]]);
 * childFor(trie, 'the CID', 4, 7)?.value; // 1
 * ```
 */
export function childFor<T>(node: TokenTrie<T>, text: string, s: number, e: number): TokenTrie<T> | undefined {
  let child = node.next.get(hashLower(text, s, e));
  while (child !== undefined && !sameLower(text, s, e, child.word)) child = child.alt;
  return child;
}

/**
 * The child of `node` for token `k` of `tokens`, using the token's precomputed hash.
 *
 * @example
 * ```ts
 * const t = 'the CID';
 * tokenChild(buildTrie([['CID', 1]]), t, tokenize(t), 1)?.value; // 1
 * ```
 */
export function tokenChild<T>(node: TokenTrie<T>, text: string, tokens: Tokens, k: number): TokenTrie<T> | undefined {
  const s = tokens.starts[k] as number;
  const e = tokens.ends[k] as number;
  let h = tokens.hashes[k] as number;
  if (h === 0) h = hashLower(text, s, e);
  let child = node.next.get(h);
  if (child === undefined) return undefined;
  while (child !== undefined && !sameLower(text, s, e, child.word)) child = child.alt;
  return child;
}

/**
 * Builds a token trie from `[phrase, value]` pairs; an earlier value for the same phrase is kept.
 *
 * @example
 * ```ts
 * const trie = buildTrie([['Special Branch', 1]]);
 * childFor(trie, 'special', 0, 7) !== undefined; // true
 * ```
 */
export function buildTrie<T>(entries: Iterable<readonly [string, T]>): TokenTrie<T> {
  // Most nodes are leaves: they share one empty map (never written) until a child is added (cheaper at cold start).
  const none: Map<number, TokenTrie<T>> = new Map();
  const root: TokenTrie<T> = { next: new Map(), word: '' };
  for (const [phrase, value] of entries) {
    let node = root;
    for (const tok of phraseTokens(phrase)) {
      const h = hashLower(tok, 0, tok.length);
      let child = node.next.get(h);
      while (child !== undefined && child.word !== tok) child = child.alt;
      if (child === undefined) {
        child = { next: none, word: tok };
        if (node.next === none) node.next = new Map();
        const first = node.next.get(h);
        if (first === undefined) node.next.set(h, child);
        else {
          let last = first;
          while (last.alt !== undefined) last = last.alt;
          last.alt = child;
        }
      }
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }
  return root;
}

/** Is the gap between two tokens of one phrase short and made only of spaces, dots, hyphens, slashes or apostrophes? */
function joinable(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 46 && c !== 45 && c !== 47 && c !== 39 && c !== 0x2019 && c !== 0xa0) return false;
  }
  return true;
}

/** A phrase found at a token: the token range `[first, last]` and its value. */
export interface TrieMatch<T> {
  readonly first: number;
  readonly last: number;
  readonly value: T;
}

/**
 * The longest phrase of the trie starting at token `i`, if any.
 *
 * @example
 * ```ts
 * const text = 'the Special Branch office';
 * matchAt(text, tokenize(text), 1, buildTrie([['Special Branch', 1]]))?.last; // 2
 * ```
 */
export function matchAt<T>(text: string, tokens: Tokens, i: number, trie: TokenTrie<T>, maxTokens = 8): TrieMatch<T> | undefined {
  let node: TokenTrie<T> | undefined = trie;
  let best: TrieMatch<T> | undefined;
  for (let k = i; k < tokens.count && k - i < maxTokens; k++) {
    if (k > i && !joinable(text, tokens.ends[k - 1] as number, tokens.starts[k] as number)) break;
    node = tokenChild(node, text, tokens, k);
    if (node === undefined) break;
    if (node.value !== undefined) best = { first: i, last: k, value: node.value };
  }
  return best;
}


/**
 * Does a phrase of `trie` end exactly at token `j`, starting at most `back - 1` tokens before it? With `first`
 * (a {@link firstWordFilter}), start tokens it rules out are not tried.
 *
 * @example
 * ```ts
 * const text = 'Devon and Cornwall Police, Torquay';
 * phraseEndingAt(text, tokenize(text), 3, buildTrie([['Devon and Cornwall Police', 1]]), 6); // true
 * ```
 */
export function phraseEndingAt<T>(text: string, tokens: Tokens, j: number, trie: TokenTrie<T>, back: number, first?: Uint32Array): boolean {
  for (let f = j; f >= 0 && j - f < back; f--) {
    if (first !== undefined && !mayStart(first, text, tokens, f)) continue;
    if (matchAt(text, tokens, f, trie, back)?.last === j) return true;
  }
  return false;
}

/**
 * The tokens of `text`, computed once per scan context and shared by the police detectors.
 *
 * @example
 * ```ts
 * const ctx = detectContext('PC 4521');
 * sharedTokens('PC 4521', ctx) === sharedTokens('PC 4521', ctx); // true
 * ```
 */
export function sharedTokens(text: string, ctx: DetectContext): Tokens {
  // Detectors of one scan share one tokenisation through the scan's memo.
  return memoize(ctx, 'police:tokens', () => tokenize(text));
}

/**
 * True when the code unit at `pos` is an upper-case letter (any script).
 *
 * @example
 * ```ts
 * isUpperAt('Leith', 0); // true
 * ```
 */
export function isUpperAt(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  if (c < 0xc0) return c >= 65 && c <= 90;
  if (c < 0x180) return lowerCode(c) !== c;
  const ch = text.charAt(pos);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * True when the code unit at `pos` is an ASCII digit.
 *
 * @example
 * ```ts
 * isDigitAt('a1', 1); // true
 * ```
 */
export function isDigitAt(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  return c >= 48 && c <= 57;
}

/**
 * Finds the table cell (from `ctx.tableCells()`) that exactly covers `[start, end)`, if any; cells are sorted.
 *
 * @example
 * ```ts
 * cellCovering([{ start: 0, end: 2, header: 'Rank', row: 1, col: 0 }], 0, 2)?.header; // 'Rank'
 * ```
 */
export function cellCovering<C extends { start: number; end: number }>(cells: readonly C[], start: number, end: number): C | undefined {
  let lo = 0;
  let hi = cells.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cells[mid] as C).start <= start) lo = mid + 1;
    else hi = mid;
  }
  const c = cells[lo - 1];
  return c !== undefined && c.start === start && c.end === end ? c : undefined;
}

/**
 * Is `[start, end)` a whole segment of a delimited line: bounded on both sides by a line edge, a tab, a pipe or a
 * spaced dash, with at least one such delimiter (roster headings `Early turn – Perry Barr – 08/03`, signatures `DS 1 | MIT | Lewisham`)?
 *
 * @example
 * ```ts
 * isDelimitedSegment('a | MIT | b', 4, 7); // true
 * ```
 */
export function isDelimitedSegment(text: string, start: number, end: number): boolean {
  let a = start - 1;
  while (a >= 0 && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 0xa0)) a--;
  let b = end;
  while (b < text.length && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 0xa0)) b++;
  const left = a < 0 ? 10 : text.charCodeAt(a);
  const right = b >= text.length ? 10 : text.charCodeAt(b);
  const leftDelim = isDelim(left) && (left !== 0x2013 && left !== 0x2014 && left !== 45 ? true : a < start - 1);
  const rightDelim = isDelim(right) && (right !== 0x2013 && right !== 0x2014 && right !== 45 ? true : b > end);
  const leftEdge = left === 10 || left === 13;
  const rightEdge = right === 10 || right === 13;
  return (leftDelim || leftEdge) && (rightDelim || rightEdge) && (leftDelim || rightDelim);
}

function isDelim(c: number): boolean {
  return c === 124 || c === 9 || c === 0x2013 || c === 0x2014 || c === 45;
}

/** What a context phrase before a number announces. */
export type NumberCue = 'pay' | 'officer';

/** Roles of the words in a number cue: `n` number word, `p` pay word, `o` officer word, `P`/`O` direct pay/officer cue, `c` `card`, `j` `is`/`of`. */
type CueRole = 'n' | 'p' | 'o' | 'P' | 'O' | 'c' | 'j';
const CUE_WORDS: readonly (readonly [string, CueRole])[] = [
  ['number', 'n'], ['numbers', 'n'], ['no', 'n'], ['nos', 'n'], ['num', 'n'], ['id', 'n'], ['ref', 'n'], ['reference', 'n'], ['nr', 'n'],
  ['pay', 'p'], ['staff', 'p'], ['employee', 'p'], ['employees', 'p'], ['emp', 'p'], ['personnel', 'p'], ['hr', 'p'], ['person', 'p'],
  ['warrant', 'O'], ['force', 'o'], ['service', 'o'], ['badge', 'o'], ['officer', 'o'], ['officers', 'o'],
  ['collar', 'O'], ['shoulder', 'O'], ['epaulette', 'O'], ['fin', 'O'], ['payroll', 'P'], ['card', 'c'], ['is', 'j'], ['of', 'j'],
];
// `payroll number`, `collar number`, `shoulder no`: direct cues also take a number word after them.
const ALSO_BEFORE_NUMBER: Readonly<Record<string, CueRole>> = { P: 'p', O: 'o' };

/**
 * The cue-word trie used by {@link numberCueBefore}; build once per detector.
 *
 * @example
 * ```ts
 * cueTrie().next.size > 0; // true
 * ```
 */
export function cueTrie(): TokenTrie<CueRole> {
  return sharedCueTrie();
}

// Built on first use and shared, read-only, by the officer-number and pay-number detectors.
const sharedCueTrie = /* @__PURE__ */ lazy(() => buildTrie(CUE_WORDS));

/**
 * The context phrase that ends just before token `j`, if any: `Pay No:`, `staff number`, `Collar`,
 * `warrant no.`, `service number is`. `gapOk` checks the text between the phrase and the value.
 *
 * @example
 * ```ts
 * const t = 'Pay No: 2112742';
 * numberCueBefore(t, tokenize(t), 2, (g) => /^[.: ]*$/u.test(g), cueTrie()); // 'pay'
 * ```
 */
export function numberCueBefore(text: string, tokens: Tokens, j: number, gapOk: (gap: string) => boolean, cues: TokenTrie<CueRole>): NumberCue | undefined {
  let k = j - 1;
  if (k < 0) return undefined;
  let role = tokenChild(cues, text, tokens, k)?.value;
  if (role === undefined) return undefined;
  let gapEnd = tokens.starts[j] as number;
  if (role === 'j') {
    if (k === 0 || (tokens.starts[j] as number) - (tokens.ends[k] as number) !== 1) return undefined;
    gapEnd = tokens.starts[k] as number;
    k--;
    role = tokenChild(cues, text, tokens, k)?.value;
    if (role === undefined) return undefined;
    gapEnd--;
  }
  const gapStart = tokens.ends[k] as number;
  if (gapEnd - gapStart > 6 || !gapOk(text.slice(gapStart, gapEnd))) return undefined;
  if (role === 'P') return 'pay';
  if (role === 'O') return k > 0 && sameLower(text, tokens.starts[k] as number, tokens.ends[k] as number, 'warrant') && isCourtWarrant(text, tokens, k - 1) ? undefined : 'officer';
  if (role !== 'n' || k === 0) return undefined;
  const g2 = text.slice(tokens.ends[k - 1], tokens.starts[k]);
  if (g2 !== ' ' && g2 !== '_' && g2 !== '-' && g2 !== '\t') return undefined;
  let cue = tokenChild(cues, text, tokens, k - 1)?.value;
  if (cue !== undefined && ALSO_BEFORE_NUMBER[cue] !== undefined) cue = ALSO_BEFORE_NUMBER[cue];
  if (cue === 'p') return 'pay';
  if (cue === 'o') return 'officer';
  // `warrant card number`.
  if (cue === 'c' && k > 1 && tokenChild(cues, text, tokens, k - 2) !== undefined && sameLower(text, tokens.starts[k - 2] as number, tokens.ends[k - 2] as number, 'warrant')) return 'officer';
  return undefined;
}

/** `search warrant 4521`, `arrest warrant`: token `k` makes the warrant after it a court's, not an officer's. */
function isCourtWarrant(text: string, tokens: Tokens, k: number): boolean {
  const s = tokens.starts[k] as number;
  const e = tokens.ends[k] as number;
  return sameLower(text, s, e, 'search') || sameLower(text, s, e, 'arrest') || sameLower(text, s, e, 'court') || sameLower(text, s, e, 'bench') || sameLower(text, s, e, 'european');
}

/**
 * A value after a cue that opened a parenthesis or ended in a comma must close it: `(00481762)`, `, M207115,`.
 * True when the value `text[s, e)` is not opened that way, or is closed as it should be.
 *
 * @example
 * ```ts
 * closesBracketedValue('payroll number (00481762)', 16, 24); // true
 * closesBracketedValue('staff ID, M207115 and', 10, 17); // false
 * ```
 */
export function closesBracketedValue(text: string, s: number, e: number): boolean {
  let p = s - 1;
  while (p >= 0 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p--;
  const open = p >= 0 ? text.charCodeAt(p) : -1;
  const a = e < text.length ? text.charCodeAt(e) : -1;
  if (open === 40) return a === 41;
  if (open === 44) return a === -1 || a === 44 || a === 46 || a === 59 || a === 41 || a === 10 || a === 13;
  return true;
}

/**
 * True when token `j` may be an identifier value: it starts with a digit, or with a capital and ends with a digit.
 *
 * @example
 * ```ts
 * const t = 'E104877';
 * maybeIdToken(t, tokenize(t), 0); // true
 * ```
 */
export function maybeIdToken(text: string, tokens: Tokens, j: number): boolean {
  const s = tokens.starts[j] as number;
  const e = tokens.ends[j] as number;
  const c = text.charCodeAt(s);
  if (c >= 48 && c <= 57) return true;
  const l = text.charCodeAt(e - 1);
  return c >= 65 && c <= 90 && l >= 48 && l <= 57;
}

/**
 * The tokens from the second on that may be identifier values ({@link maybeIdToken}), as token indices: computed
 * once per scan context and shared by the officer-number and pay-number detectors, which both look for a cue
 * before each.
 *
 * @example
 * ```ts
 * const t = 'Collar 4521';
 * const ctx = detectContext(t);
 * sharedIdTokens(t, ctx, sharedTokens(t, ctx)); // Int32Array [1]
 * ```
 */
export function sharedIdTokens(text: string, ctx: DetectContext, tokens: Tokens): Int32Array {
  return memoize(ctx, 'police:id-tokens', () => {
    const ids: number[] = [];
    for (let j = 1; j < tokens.count; j++) if (maybeIdToken(text, tokens, j)) ids.push(j);
    return Int32Array.from(ids);
  });
}

/** Table cells of a scan with the entity type their header was classified as (`undefined` when none). */
export interface TypedCells {
  readonly cells: readonly TextCell[];
  readonly types: readonly (EntityType | undefined)[];
}


/**
 * `ctx.tableCells()` with each cell's header classified, computed once per scan context and shared by the police
 * detectors (each distinct header string is classified once).
 *
 * @example
 * ```ts
 * const ctx = detectContext('Name,Rank\nJo,PC\n');
 * sharedCellTypes(ctx).types; // ['PERSON', 'POLICE_RANK']
 * ```
 */
export function sharedCellTypes(ctx: DetectContext): TypedCells {
  return memoize(ctx, 'police:cellTypes', () => classifyCells(ctx));
}

function classifyCells(ctx: DetectContext): TypedCells {
  const cells = ctx.tableCells();
  const types: (EntityType | undefined)[] = new Array<EntityType | undefined>(cells.length);
  for (let i = 0; i < cells.length; i++) types[i] = headerClass(ctx, (cells[i] as TextCell).header)?.type;
  return { cells, types };
}

/**
 * A cheap pre-test for a trie's first words: for each first letter (a–z, and one slot for anything else), a bit
 * mask of the word lengths (1–31) that occur. Testing a token costs one array read, before any hashing.
 *
 * @example
 * ```ts
 * const f = firstWordFilter(buildTrie([['Leith', 1]]));
 * const t = tokenize('Leith Perth');
 * [mayStart(f, 'Leith Perth', t, 0), mayStart(f, 'Leith Perth', t, 1)]; // [true, false]
 * ```
 */
export function firstWordFilter(trie: TokenTrie<unknown>): Uint32Array {
  const f = new Uint32Array(27);
  for (const first of trie.next.values()) {
    for (let n: TokenTrie<unknown> | undefined = first; n !== undefined; n = n.alt) {
      const c: number = n.word.charCodeAt(0) - 97;
      const slot = c >= 0 && c < 26 ? c : 26;
      f[slot] = (f[slot] as number) | (1 << Math.min(n.word.length, 31));
    }
  }
  return f;
}

/**
 * May token `k` be the first word of a phrase of the trie behind `filter`?
 *
 * @example
 * ```ts
 * const f = firstWordFilter(buildTrie([['CID', 1]]));
 * mayStart(f, 'CID', tokenize('CID'), 0); // true
 * ```
 */
export function mayStart(filter: Uint32Array, text: string, tokens: Tokens, k: number): boolean {
  const s = tokens.starts[k] as number;
  const len = (tokens.ends[k] as number) - s;
  const c = (text.charCodeAt(s) | 0x20) - 97;
  const slot = c >= 0 && c < 26 ? c : 26;
  return (((filter[slot] as number) >>> Math.min(len, 31)) & 1) === 1;
}

/** The slot of a code unit in a word filter: its lower-cased ASCII letter (0–25), else 26. */
function letterSlot(c: number): number {
  const l = (c | 0x20) - 97;
  return l >= 0 && l < 26 ? l : 26;
}

/**
 * A stricter pre-test than {@link firstWordFilter} for a trie's first words: a bit mask of word lengths for each pair
 * of first and last letter (`Police` shares first letter and length with `posted`, not its last letter).
 *
 * @example
 * ```ts
 * const f = wordShapeFilter(buildTrie([['posted', 1]]));
 * const t = tokenize('Police posted');
 * [mayBeWord(f, 'Police posted', t, 0), mayBeWord(f, 'Police posted', t, 1)]; // [false, true]
 * ```
 */
export function wordShapeFilter(trie: TokenTrie<unknown>): Uint32Array {
  const f = new Uint32Array(27 * 27);
  for (const first of trie.next.values()) {
    for (let n: TokenTrie<unknown> | undefined = first; n !== undefined; n = n.alt) {
      const slot = letterSlot(n.word.charCodeAt(0)) * 27 + letterSlot(n.word.charCodeAt(n.word.length - 1));
      f[slot] = (f[slot] as number) | (1 << Math.min(n.word.length, 31));
    }
  }
  return f;
}

/**
 * May token `k` be a first word of the trie behind a {@link wordShapeFilter}? A token opening or ending with a
 * non-ASCII code unit is never ruled out (`İ` and the Kelvin sign lower-case to ASCII letters), so a lookup behind
 * this test finds exactly what the lookup alone would.
 *
 * @example
 * ```ts
 * const t = tokenize('CID');
 * mayBeWord(wordShapeFilter(buildTrie([['CID', 1]])), 'CID', t, 0); // true
 * ```
 */
export function mayBeWord(filter: Uint32Array, text: string, tokens: Tokens, k: number): boolean {
  const s = tokens.starts[k] as number;
  const e = tokens.ends[k] as number;
  const a = text.charCodeAt(s);
  const z = text.charCodeAt(e - 1);
  if (a >= 0x80 || z >= 0x80) return true;
  return (((filter[letterSlot(a) * 27 + letterSlot(z)] as number) >>> Math.min(e - s, 31)) & 1) === 1;
}
