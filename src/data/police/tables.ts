/**
 * Compiled police lexicons shared by several detectors (the location and department detectors both need the
 * gazetteer, the force names and the unit lexicon): each is built once, on first use, and shared read-only.
 *
 * @module
 */
import { lazy } from '../../core/lazy.js';
import { AMBIGUOUS_DEPARTMENT_ACRONYMS, DEPARTMENT_ACRONYMS, DEPARTMENT_HEADS, DEPARTMENTS } from './departments.js';
import { FORCES } from './forces.js';
import { PLACES, STATION_NAMES } from './places.js';
import { buildTrie, firstWordFilter, type TokenTrie } from './phrases.js';

/** What a gazetteer entry is: a place (town, district) or a well-known police station's name. */
export type PlaceKind = 'place' | 'station';

/** How a unit-lexicon entry counts: a curated multi-word name, a single word, a distinctive or an ambiguous acronym. */
export type UnitKind = 'name' | 'single' | 'acronym' | 'ambiguous';

/** The gazetteer of places and station names, with its first-word filter. */
export interface Gazetteer {
  readonly trie: TokenTrie<PlaceKind>;
  readonly first: Uint32Array;
}

/**
 * The gazetteer (`src/data/police/places.ts`) as a token trie.
 *
 * @example
 * ```ts
 * gazetteer().trie.next.size > 0; // true
 * ```
 */
export const gazetteer = /* @__PURE__ */ lazy((): Gazetteer => gazetteerWith([]));

/**
 * The gazetteer with more places (a force's own station list, or the GeoNames towns the root entry adds), built
 * anew on each call: callers keep the result.
 *
 * @example
 * ```ts
 * gazetteerWith(['Wivenhoe']).trie.next.size > gazetteer().trie.next.size; // true
 * ```
 */
export function gazetteerWith(places: readonly string[]): Gazetteer {
  const trie = buildTrie<PlaceKind>([
    ...STATION_NAMES.map((p) => [p, 'station'] as const),
    ...PLACES.map((p) => [p, 'place'] as const),
    ...places.map((p) => [p, 'place'] as const),
  ]);
  return { trie, first: firstWordFilter(trie) };
}

/**
 * Every force name and short form (`Kent Police`, `Met`, `PSNI`) as a token trie.
 *
 * @example
 * ```ts
 * forceNames().next.size > 0; // true
 * ```
 */
export const forceNames = /* @__PURE__ */ lazy((): TokenTrie<true> => buildTrie(FORCES.flat().map((f) => [f, true] as const)));

/** The unit lexicon: curated names and acronyms with their kinds, and the head words of unit names with their scores. */
export interface UnitLexicon {
  readonly ambiguous: ReadonlySet<string>;
  readonly trie: TokenTrie<UnitKind>;
  readonly heads: TokenTrie<number>;
  readonly trieFirst: Uint32Array;
  readonly headFirst: Uint32Array;
}

/**
 * The curated departments and acronyms (`src/data/police/departments.ts`) and the unit head words as token tries.
 *
 * @example
 * ```ts
 * unitLexicon().heads.next.size > 0; // true
 * ```
 */
export const unitLexicon = /* @__PURE__ */ lazy((): UnitLexicon => {
  const ambiguous = new Set(AMBIGUOUS_DEPARTMENT_ACRONYMS);
  const entries: (readonly [string, UnitKind])[] = [
    ...DEPARTMENTS.map((d) => [d, d.includes(' ') || d.includes('-') ? 'name' : 'single'] as const),
    ...DEPARTMENT_ACRONYMS.map((a) => [a, ambiguous.has(a) ? 'ambiguous' : 'acronym'] as const),
  ];
  const trie = buildTrie(entries);
  const heads = buildTrie(Object.entries(DEPARTMENT_HEADS));
  return { ambiguous, trie, heads, trieFirst: firstWordFilter(trie), headFirst: firstWordFilter(heads) };
});
