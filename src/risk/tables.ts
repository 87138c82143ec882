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
 * The name-frequency tables the model reads. Each table is a sorted, front-coded string of records `key` + two
 * base-36 digits `q`, the share of the UK population being `2^(-q/16)` (format: {@link shareOf}).
 *
 * @example
 * ```ts
 * const f: NameFrequencies = await loadNameFrequencies();
 * shareOf(f.ukGiven, 'john'); // about 0.006
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

/** Length of a block's first key: up to the first record or block separator, minus the two share digits. */
function firstKey(table: string, start: number, end: number): string {
  let stop = table.indexOf(' ', start);
  if (stop < 0 || stop > end) stop = end;
  return table.slice(start, stop - 2);
}

/** Calls `fn(key, q)` for each record of the block `[start, end)`; stops when `fn` returns true. */
function scanBlock(table: string, start: number, end: number, fn: (key: string, q: number) => boolean | void): boolean {
  let prev = '';
  let at = start;
  let first = true;
  while (at < end) {
    let stop = table.indexOf(' ', at);
    if (stop < 0 || stop > end) stop = end;
    const key = first ? table.slice(at, stop - 2) : prev.slice(0, table.charCodeAt(at) - 65) + table.slice(at + 1, stop - 2);
    if (fn(key, parseInt(table.slice(stop - 2, stop), 36)) === true) return true;
    prev = key;
    first = false;
    at = stop + 1;
  }
  return false;
}

/**
 * Looks a key up in a table and returns its share of the population, or `undefined` when absent. A table is a
 * sequence of blocks separated by `'\n'`; inside a block, records are separated by `' '`. A record is a key
 * followed by two base-36 digits `q` (share `2^(-q/16)`); every record but a block's first starts with a
 * capital letter giving how many leading characters its key shares with the previous key (`A` = 0). The search
 * finds the last block whose first key is not after `key`, then scans that block.
 *
 * @example
 * ```ts
 * shareOf('jack1a Bohn1b\nsmith0a', 'john'); // 2 ** (-47 / 16)
 * ```
 */
export function shareOf(table: string, key: string): number | undefined {
  if (key.length === 0) return undefined;
  let lo = 0;
  let hi = table.length;
  let block = -1;
  let blockEnd = -1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = table.lastIndexOf('\n', mid - 1) + 1;
    let end = table.indexOf('\n', start);
    if (end < 0) end = table.length;
    if (firstKey(table, start, end) <= key) {
      block = start;
      blockEnd = end;
      lo = end + 1;
    } else hi = start;
  }
  if (block < 0) return undefined;
  let found: number | undefined;
  scanBlock(table, block, blockEnd, (k, q) => {
    if (k === key) found = 2 ** (-q / 16);
    return k >= key;
  });
  return found;
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
    scanBlock(table, start, end, (k, q) => {
      fn(k, 2 ** (-q / 16));
    });
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
