/**
 * Name-frequency tables for the re-identification model: lookup by binary search over the generated record
 * strings (no decoding at load), the default tables, and the lazy loader.
 *
 * @module
 */
import { GB_SURNAMES, GB_SURNAMES_META } from '../data/risk/gbSurnames.gen.js';
import { UK_GIVEN_NAMES, UK_GIVEN_NAMES_META } from '../data/risk/ukGivenNames.gen.js';
import { US_GIVEN_NAMES } from '../data/risk/usGivenNames.gen.js';
import { US_SURNAMES, US_SURNAMES_META } from '../data/risk/usSurnames.gen.js';

/**
 * The name-frequency tables the model reads. Each table is a sorted, `'\n'`-separated string of records
 * `key` + two base-36 digits `q`, the share of the UK population being `2^(-q/16)`.
 *
 * @example
 * ```ts
 * const f: NameFrequencies = await loadNameFrequencies();
 * shareOf(f.ukGiven, 'john'); // about 0.015
 * ```
 */
export interface NameFrequencies {
  /** UK given names (ONS, NRS, NISRA; OGL v3.0), both sexes, with a history floor for people born 1934–1964. */
  readonly ukGiven: string;
  /** Commonest Great Britain surnames with published percentage shares. */
  readonly gbSurnames: string;
  /** US 1990 census surnames absent from `gbSurnames`, rescaled and capped (fallback, `us-table`). */
  readonly usSurnames: string;
  /** US 1990 census given names absent from `ukGiven`, capped (fallback, `us-table`). */
  readonly usGiven: string;
  /** Share of all given names starting with each letter a–z (for initials). */
  readonly initialShares: readonly number[];
  /** Share of the population whose given name is in no table. */
  readonly unseenGivenMass: number;
  /** Share of the population whose surname is in no table. */
  readonly unseenSurnameMass: number;
}

/**
 * Folds a name part to its table key: NFKD, lower case, letters a–z only (`O'Neill` → `oneill`).
 *
 * @example
 * ```ts
 * nameKey('Zoë'); // 'zoe'
 * ```
 */
export function nameKey(name: string): string {
  let out = '';
  for (const ch of name.normalize('NFKD').toLowerCase()) if (ch >= 'a' && ch <= 'z') out += ch;
  return out;
}

/**
 * Looks a key up in a record string and returns its share of the population, or `undefined` when absent.
 *
 * @example
 * ```ts
 * shareOf('jack1a\njohn1b', 'john'); // 2 ** (-47 / 16)
 * ```
 */
export function shareOf(table: string, key: string): number | undefined {
  if (key.length === 0) return undefined;
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = table.lastIndexOf('\n', mid - 1) + 1;
    let end = table.indexOf('\n', start);
    if (end < 0) end = table.length;
    const name = table.slice(start, end - 2);
    if (name === key) return 2 ** (-parseInt(table.slice(end - 2, end), 36) / 16);
    if (key < name) hi = start;
    else lo = end + 1;
  }
  return undefined;
}

/**
 * Calls `fn(key, share)` for every record of a table, in key order.
 *
 * @example
 * ```ts
 * let n = 0; forEachName(defaultNameFrequencies().gbSurnames, () => n++); // 495
 * ```
 */
export function forEachName(table: string, fn: (key: string, share: number) => void): void {
  let start = 0;
  while (start < table.length) {
    let end = table.indexOf('\n', start);
    if (end < 0) end = table.length;
    fn(table.slice(start, end - 2), 2 ** (-parseInt(table.slice(end - 2, end), 36) / 16));
    start = end + 1;
  }
}

/**
 * The default tables, bundled with the `police-pii/risk` entry (a static import, so `nameRisk` is synchronous;
 * the root and core entries never import them).
 *
 * @example
 * ```ts
 * nameRisk('John Smith', { frequencies: defaultNameFrequencies() });
 * ```
 */
export function defaultNameFrequencies(): NameFrequencies {
  return {
    ukGiven: UK_GIVEN_NAMES,
    gbSurnames: GB_SURNAMES,
    usSurnames: US_SURNAMES,
    usGiven: US_GIVEN_NAMES,
    initialShares: UK_GIVEN_NAMES_META.initials,
    unseenGivenMass: UK_GIVEN_NAMES_META.unseenMass,
    unseenSurnameMass: Math.max(0, 1 - GB_SURNAMES_META.mass - US_SURNAMES_META.mass),
  };
}

/**
 * Loads the name-frequency tables with dynamic `import()` (a separate chunk for bundlers that split it out).
 *
 * @example
 * ```ts
 * const frequencies = await loadNameFrequencies();
 * nameRisk('Dal Babu', { frequencies });
 * ```
 */
export async function loadNameFrequencies(): Promise<NameFrequencies> {
  const [given, gb, usS, usG] = await Promise.all([
    import('../data/risk/ukGivenNames.gen.js'),
    import('../data/risk/gbSurnames.gen.js'),
    import('../data/risk/usSurnames.gen.js'),
    import('../data/risk/usGivenNames.gen.js'),
  ]);
  return {
    ukGiven: given.UK_GIVEN_NAMES,
    gbSurnames: gb.GB_SURNAMES,
    usSurnames: usS.US_SURNAMES,
    usGiven: usG.US_GIVEN_NAMES,
    initialShares: given.UK_GIVEN_NAMES_META.initials,
    unseenGivenMass: given.UK_GIVEN_NAMES_META.unseenMass,
    unseenSurnameMass: Math.max(0, 1 - gb.GB_SURNAMES_META.mass - usS.US_SURNAMES_META.mass),
  };
}
