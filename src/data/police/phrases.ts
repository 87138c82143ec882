/**
 * Word tokens and a token trie for matching the police lexicons in linear time: the text is cut once into
 * runs of letters and digits, and each lexicon phrase is looked up token by token in hash maps, so the cost
 * does not grow with the size of the lexicon.
 *
 * @module
 */
import { isWordChar } from '../../core/text.js';

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
}

function isWord(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
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
  let cap = 64;
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let end = i + 1;
    if (isWord(c)) {
      while (end < n && isWord(text.charCodeAt(end))) end++;
    } else if (c !== 38) {
      i++;
      continue;
    }
    if (count === cap) {
      cap *= 2;
      const s2 = new Int32Array(cap);
      s2.set(starts);
      starts = s2;
      const e2 = new Int32Array(cap);
      e2.set(ends);
      ends = e2;
    }
    starts[count] = i;
    ends[count] = end;
    count++;
    i = end;
  }
  return { count, starts, ends };
}

/**
 * A node of a token trie: children by lower-cased token, and the value of a phrase ending here.
 *
 * @example
 * ```ts
 * const t: TokenTrie<number> = { next: new Map() };
 * ```
 */
export interface TokenTrie<T> {
  readonly next: Map<string, TokenTrie<T>>;
  value?: T;
}

/**
 * Splits a phrase into lower-cased tokens the way {@link tokenize} cuts text.
 *
 * @example
 * ```ts
 * phraseTokens('D/Sgt'); // ['d', 'sgt']
 * ```
 */
export function phraseTokens(phrase: string): string[] {
  const t = tokenize(phrase);
  const out: string[] = [];
  for (let k = 0; k < t.count; k++) out.push(phrase.slice(t.starts[k], t.ends[k]).toLowerCase());
  return out;
}

/**
 * Builds a token trie from `[phrase, value]` pairs; an earlier value for the same phrase is kept.
 *
 * @example
 * ```ts
 * const trie = buildTrie([['Special Branch', 1]]);
 * trie.next.get('special')?.next.get('branch')?.value; // 1
 * ```
 */
export function buildTrie<T>(entries: Iterable<readonly [string, T]>): TokenTrie<T> {
  const root: TokenTrie<T> = { next: new Map() };
  for (const [phrase, value] of entries) {
    let node = root;
    for (const tok of phraseTokens(phrase)) {
      let child = node.next.get(tok);
      if (child === undefined) {
        child = { next: new Map() };
        node.next.set(tok, child);
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
    node = node.next.get(text.slice(tokens.starts[k], tokens.ends[k]).toLowerCase());
    if (node === undefined) break;
    if (node.value !== undefined) best = { first: i, last: k, value: node.value };
  }
  return best;
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
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
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
