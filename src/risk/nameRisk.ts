/**
 * `nameRisk`: how many people share a disclosed name (and other disclosed attributes), and how likely a record
 * with them points to exactly one person. See docs/risk.md for the model in words.
 *
 * @module
 */
import { PiiError } from '../core/errors.js';
import {
  RISK_INITIALS_TOKEN,
  RISK_NAME_SPLIT,
  RISK_PARTICLE,
  RISK_TITLE,
  RISK_UPPER_WORD,
} from '../core/regex/risk.js';
import { nameOrigins, sameOriginFactor, surnameFirstEastAsian } from './origin.js';
import { defaultNameFrequencies, nameKey, shareOf, type NameFrequencies } from './tables.js';

/**
 * UK population used for `population: 'uk'` and `expectedMatchesUK` (ONS mid-2022 estimate, rounded).
 *
 * @example
 * ```ts
 * nameRisk('Smith').expectedMatchesUK / UK_POPULATION; // about 0.0115
 * ```
 */
export const UK_POPULATION = 67_600_000;

/**
 * Bounded prior for a surname found in no table: its share is taken as log-uniform between one person in the UK
 * and 1 in 100,000 (about 680 people).
 *
 * @example
 * ```ts
 * UNSEEN_SURNAME_PRIOR.hi * UK_POPULATION; // 676
 * ```
 */
export const UNSEEN_SURNAME_PRIOR = { lo: 1 / UK_POPULATION, hi: 1e-5 } as const;
/**
 * Bounded prior for a given name found in no table: log-uniform between one person and 2 in a million (about 135 people).
 *
 * @example
 * ```ts
 * UNSEEN_GIVEN_PRIOR.hi * UK_POPULATION; // 135.2
 * ```
 */
export const UNSEEN_GIVEN_PRIOR = { lo: 1 / UK_POPULATION, hi: 2e-6 } as const;

/**
 * Cut-offs on `uniquenessProbability` between the bands.
 *
 * @example
 * ```ts
 * riskBand(RISK_BAND_CUTOFFS.high); // 'high'
 * ```
 */
export const RISK_BAND_CUTOFFS = { medium: 0.1, high: 0.5, veryHigh: 0.9 } as const;

/**
 * Risk band: `low` (under 10% chance the record is unique), `medium` (10–50%), `high` (50–90%), `very-high` (90% or more).
 *
 * @example
 * ```ts
 * const b: RiskBand = 'very-high';
 * ```
 */
export type RiskBand = 'low' | 'medium' | 'high' | 'very-high';

/**
 * Which table a name part's frequency came from.
 *
 * @example
 * ```ts
 * const c: NameCoverage = 'us-table';
 * ```
 */
export type NameCoverage = 'uk-table' | 'us-table' | 'unseen';

/**
 * A name given as parts. `given` may hold several given names; `initials` are the initials of the given names
 * (`'JW'`), used for the parts that `given` does not spell out.
 *
 * @example
 * ```ts
 * const n: NameParts = { surname: 'Smith', initials: 'J' };
 * ```
 */
export interface NameParts {
  readonly given?: string;
  readonly surname: string;
  readonly initials?: string;
}

/**
 * Options of {@link nameRisk}.
 *
 * @example
 * ```ts
 * const o: NameRiskOptions = { population: 47_000, quasiIdentifiers: { rank: 0.002, station: 0.01 } };
 * ```
 */
export interface NameRiskOptions {
  /** `'uk'` (default, 67.6 million) or a headcount, for example a force's 47,000. */
  readonly population?: 'uk' | number;
  /** Other disclosed attributes, each with the share (0–1] of the population that has the value. */
  readonly quasiIdentifiers?: Readonly<Record<string, number>>;
  /** Frequency tables (default: the bundled tables; see {@link loadNameFrequencies}). */
  readonly frequencies?: NameFrequencies;
  /** Apply the same-origin correction (default true). */
  readonly sameOriginCorrection?: boolean;
}

/**
 * Coverage of each name part that was disclosed.
 *
 * @example
 * ```ts
 * const c: RiskCoverage = { given: 'uk-table', surname: 'unseen' };
 * ```
 */
export interface RiskCoverage {
  readonly given?: NameCoverage;
  readonly initials?: NameCoverage;
  readonly surname: NameCoverage;
}

/**
 * Result of {@link nameRisk}. Counts include the person themselves, so they are at least 1.
 *
 * @example
 * ```ts
 * const r: NameRiskResult = nameRisk('Dal Babu');
 * r.band; // 'very-high'
 * ```
 */
export interface NameRiskResult {
  /** Expected number of people in the UK with this name (the name alone; at least 1). */
  readonly expectedMatchesUK: number;
  /** Expected number of people in the chosen population with this name and every quasi-identifier (at least 1). */
  readonly expectedMatchesInPopulation: number;
  /** Probability that no one else in the population shares what was disclosed (Poisson). */
  readonly uniquenessProbability: number;
  readonly band: RiskBand;
  readonly coverage: RiskCoverage;
  /** The assumptions behind the numbers, in words. */
  readonly assumptions: readonly string[];
  /** Estimated share of the population with this name (mean over the prior for unseen parts). */
  readonly nameShare: number;
  /** The population size used. */
  readonly population: number;
}

/**
 * A share estimate: a point value, or a log-uniform prior between `lo` and `hi`.
 *
 * @example
 * ```ts
 * const e: ShareEstimate = { lo: 1e-8, hi: 1e-5 };
 * ```
 */
export type ShareEstimate = { readonly share: number } | { readonly lo: number; readonly hi: number };

/**
 * A name after lookup: the share estimates of its parts and what the assumptions should say.
 *
 * @example
 * ```ts
 * const r: ResolvedName = resolveName({ surname: 'Smith', initials: 'J' });
 * ```
 */
export interface ResolvedName {
  readonly surname: ShareEstimate;
  /** The first given name spelled out (subject to the same-origin correction). */
  readonly given?: ShareEstimate;
  /** Further factors: middle names, initials. */
  readonly others: readonly ShareEstimate[];
  readonly originFactor: number;
  readonly coverage: RiskCoverage;
  readonly notes: readonly string[];
}

const GRID = 12;

/**
 * Maps a uniqueness probability to its band.
 *
 * @example
 * ```ts
 * riskBand(0.95); // 'very-high'
 * ```
 */
export function riskBand(uniqueness: number): RiskBand {
  if (uniqueness >= RISK_BAND_CUTOFFS.veryHigh) return 'very-high';
  if (uniqueness >= RISK_BAND_CUTOFFS.high) return 'high';
  if (uniqueness >= RISK_BAND_CUTOFFS.medium) return 'medium';
  return 'low';
}

const gridOf = (e: ShareEstimate): number[] => {
  if ('share' in e) return [e.share];
  const out: number[] = [];
  const r = Math.log(e.hi / e.lo);
  for (let i = 0; i < GRID; i++) out.push(e.lo * Math.exp((r * (i + 0.5)) / GRID));
  return out;
};

/**
 * The model's core: mean name share and uniqueness probability for a resolved name, a population size and a
 * product of quasi-identifier shares. Unseen parts are averaged over their log-uniform prior.
 *
 * @example
 * ```ts
 * estimateUniqueness(resolveName({ surname: 'Smith' }), 47_000, 1).uniqueness; // close to 0
 * ```
 */
export function estimateUniqueness(name: ResolvedName, population: number, qiProduct: number): { share: number; uniqueness: number } {
  const sGrid = gridOf(name.surname);
  const gGrid = name.given === undefined ? [1] : gridOf(name.given);
  let rest = 1;
  const restGrids: number[][] = [];
  for (const o of name.others) {
    if ('share' in o) rest *= o.share;
    else restGrids.push(gridOf(o));
  }
  let shareSum = 0;
  let uniqSum = 0;
  let n = 0;
  const others = population - 1;
  const visit = (base: number): void => {
    for (const s of sGrid) {
      for (const g of gGrid) {
        const joint = name.given === undefined ? s : Math.min(s * g * name.originFactor, s, g);
        const share = joint * base;
        shareSum += share;
        uniqSum += Math.exp(-others * share * qiProduct);
        n++;
      }
    }
  };
  if (restGrids.length === 0) visit(rest);
  else {
    const rec = (i: number, acc: number): void => {
      if (i === restGrids.length) return visit(acc);
      for (const v of restGrids[i] as number[]) rec(i + 1, acc * v);
    };
    rec(0, rest);
  }
  return { share: shareSum / n, uniqueness: uniqSum / n };
}

/**
 * Splits a written name into parts: `"Oluwaseun Adeyemi"`, `"SMITH John"`, `"Smith J"`, `"J.W. Smith"`,
 * `"Smith, John"`, `"Dr Amara de la Cruz"`.
 *
 * @example
 * ```ts
 * parseName('SMITH John'); // { given: 'John', surname: 'SMITH' }
 * ```
 */
export function parseName(text: string): NameParts {
  const comma = text.indexOf(',');
  if (comma >= 0) {
    const surname = text.slice(0, comma).trim();
    const rest = text.slice(comma + 1).split(RISK_NAME_SPLIT).filter((t) => t.length > 0);
    if (surname.length > 0) return splitGiven(rest, surname);
  }
  const tokens = text.split(RISK_NAME_SPLIT).filter((t) => t.length > 0);
  while (tokens.length > 1 && RISK_TITLE.test(tokens[0] as string)) tokens.shift();
  if (tokens.length === 0) throw new PiiError('INVALID_INPUT', 'the name is empty');
  if (tokens.length === 1) return { surname: tokens[0] as string };
  const isInitials = (t: string): boolean => RISK_INITIALS_TOKEN.test(t) && (t.includes('.') || letters(t) <= 2 || !/[AEIOUY]/u.test(t));
  // "Smith J", "Smith JW", "de la Cruz A.B."
  let end = tokens.length;
  while (end > 1 && isInitials(tokens[end - 1] as string)) end--;
  if (end < tokens.length && !isInitials(tokens[0] as string)) return splitGiven(tokens.slice(end), tokens.slice(0, end).join(' '));
  // "SMITH John": an upper-case first word followed by words that are not all upper case.
  const upperFirst = RISK_UPPER_WORD.test(tokens[0] as string) && !tokens.slice(1).every((t) => RISK_UPPER_WORD.test(t) || isInitials(t));
  if (upperFirst) {
    let s = 1;
    while (s < tokens.length && RISK_UPPER_WORD.test(tokens[s] as string)) s++;
    return splitGiven(tokens.slice(s), tokens.slice(0, s).join(' '));
  }
  if (tokens.length === 2 && surnameFirstEastAsian(tokens[0] as string, tokens[1] as string)) return { given: tokens[1] as string, surname: tokens[0] as string };
  // Given names first; the surname is the last word with any particles before it.
  let start = tokens.length - 1;
  while (start > 1 && RISK_PARTICLE.test(tokens[start - 1] as string)) start--;
  return splitGiven(tokens.slice(0, start), tokens.slice(start).join(' '));
}

function letters(t: string): number {
  let n = 0;
  for (const ch of t) if (ch !== '.') n++;
  return n;
}

function splitGiven(tokens: readonly string[], surname: string): NameParts {
  const given: string[] = [];
  let initials = '';
  for (const t of tokens) {
    if (RISK_INITIALS_TOKEN.test(t) && (t.includes('.') || letters(t) <= 2 || !/[AEIOUY]/u.test(t))) initials += t.replace(/\./gu, '');
    else if (initials.length === 0) given.push(t);
    else initials += t.charAt(0).toUpperCase();
  }
  const parts: { given?: string; surname: string; initials?: string } = { surname };
  if (given.length > 0) parts.given = given.join(' ');
  if (initials.length > 0) parts.initials = initials;
  return parts;
}

function lookupGiven(f: NameFrequencies, key: string): { est: ShareEstimate; coverage: NameCoverage } {
  const uk = shareOf(f.ukGiven, key);
  if (uk !== undefined) return { est: { share: uk }, coverage: 'uk-table' };
  const us = shareOf(f.usGiven, key);
  if (us !== undefined) return { est: { share: us }, coverage: 'us-table' };
  return { est: UNSEEN_GIVEN_PRIOR, coverage: 'unseen' };
}

function lookupSurname(f: NameFrequencies, key: string): { est: ShareEstimate; coverage: NameCoverage } {
  const gb = shareOf(f.gbSurnames, key);
  if (gb !== undefined) return { est: { share: gb }, coverage: 'uk-table' };
  const us = shareOf(f.usSurnames, key);
  if (us !== undefined) return { est: { share: us }, coverage: 'us-table' };
  return { est: UNSEEN_SURNAME_PRIOR, coverage: 'unseen' };
}

const worst = (a: NameCoverage | undefined, b: NameCoverage): NameCoverage => {
  const order: NameCoverage[] = ['uk-table', 'us-table', 'unseen'];
  return a === undefined ? b : order[Math.max(order.indexOf(a), order.indexOf(b))] as NameCoverage;
};

/**
 * Looks up every part of a name in the tables.
 *
 * @example
 * ```ts
 * resolveName({ surname: 'Smith', initials: 'J' }).coverage; // { initials: 'uk-table', surname: 'uk-table' }
 * ```
 */
export function resolveName(name: NameParts, frequencies: NameFrequencies = defaultNameFrequencies(), sameOrigin = true): ResolvedName {
  const surnameKey = nameKey(name.surname);
  if (surnameKey.length === 0) throw new PiiError('INVALID_INPUT', 'the surname has no letters');
  const s = lookupSurname(frequencies, surnameKey);
  const notes: string[] = [];
  const others: ShareEstimate[] = [];
  let coverage: { given?: NameCoverage; initials?: NameCoverage; surname: NameCoverage } = { surname: s.coverage };
  let given: ShareEstimate | undefined;
  let originFactor = 1;
  const givenWords = (name.given ?? '').split(RISK_NAME_SPLIT).map((w) => ({ raw: w, key: nameKey(w) })).filter((w) => w.key.length > 0);
  givenWords.forEach((w, i) => {
    const g = lookupGiven(frequencies, w.key);
    coverage = { ...coverage, given: worst(coverage.given, g.coverage) };
    if (i === 0) {
      given = g.est;
      if (sameOrigin) {
        const o = sameOriginFactor(nameOrigins(w.raw, 'given', w.key), nameOrigins(name.surname, 'surname', surnameKey));
        if (o.origin !== undefined) {
          originFactor = o.factor;
          notes.push(`The given name and surname look ${o.origin.join('/').replace(/_/gu, ' ')}; people of that origin make up about ${(100 / o.factor).toFixed(1)}% of the UK, so the pair is taken as ${o.factor.toFixed(0)} times commoner than independent choice would make it.`);
        }
      }
    } else others.push(g.est);
  });
  const initials = nameKey(name.initials ?? '');
  // Initials beyond the given names spelled out stand for further given names.
  const extra = initials.slice(Math.min(givenWords.length, initials.length));
  for (const ch of extra) {
    const share = frequencies.initialShares[ch.charCodeAt(0) - 97];
    others.push({ share: share !== undefined && share > 0 ? share : 1 / 26 });
  }
  if (extra.length > 0) coverage = { ...coverage, initials: 'uk-table' };
  return { surname: s.est, ...(given !== undefined ? { given } : {}), others, originFactor, coverage, notes };
}

function populationSize(p: 'uk' | number | undefined): number {
  if (p === undefined || p === 'uk') return UK_POPULATION;
  if (typeof p !== 'number' || !Number.isFinite(p) || p < 1) throw new PiiError('INVALID_OPTION', "population must be 'uk' or a headcount of at least 1");
  return Math.floor(p);
}

/**
 * Multiplies quasi-identifier shares, checking each is in (0, 1].
 *
 * @example
 * ```ts
 * quasiIdentifierProduct({ rank: 0.002, station: 0.01 }); // 0.00002
 * ```
 */
export function quasiIdentifierProduct(qi: Readonly<Record<string, number>> | undefined): number {
  let q = 1;
  for (const [k, v] of Object.entries(qi ?? {})) {
    if (typeof v !== 'number' || !(v > 0) || v > 1) throw new PiiError('INVALID_OPTION', `quasi-identifier shares must be in (0, 1]`, k);
    q *= v;
  }
  return q;
}

/**
 * Estimates how many people share a disclosed name (and quasi-identifiers) and how likely the record points to
 * exactly one person. Synchronous, on the bundled tables unless `frequencies` is given.
 *
 * @example
 * ```ts
 * nameRisk('John Smith').band; // 'low'
 * nameRisk('John Smith', { population: 47_000, quasiIdentifiers: { rank: 0.002, station: 0.01 } }).band; // 'very-high'
 * nameRisk({ surname: 'Adeyemi', initials: 'O' }).coverage; // { surname: 'unseen', initials: 'uk-table' }
 * ```
 */
export function nameRisk(name: string | NameParts, options: NameRiskOptions = {}): NameRiskResult {
  if (typeof name !== 'string' && (typeof name !== 'object' || name === null || typeof name.surname !== 'string')) {
    throw new PiiError('INVALID_INPUT', 'name must be a string or { given?, surname, initials? }');
  }
  const parts = typeof name === 'string' ? parseName(name) : name;
  const population = populationSize(options.population);
  const qi = quasiIdentifierProduct(options.quasiIdentifiers);
  const f = options.frequencies;
  if (f !== undefined && (typeof f !== 'object' || f === null || typeof f.ukGiven !== 'string' || typeof f.gbSurnames !== 'string' || typeof f.usSurnames !== 'string' || typeof f.usGiven !== 'string' || !Array.isArray(f.initialShares))) {
    throw new PiiError('INVALID_OPTION', 'frequencies must be a NameFrequencies object (see loadNameFrequencies)');
  }
  const resolved = resolveName(parts, f ?? defaultNameFrequencies(), options.sameOriginCorrection !== false);
  const uk = estimateUniqueness(resolved, UK_POPULATION, 1);
  const pop = estimateUniqueness(resolved, population, qi);
  const qiNames = Object.keys(options.quasiIdentifiers ?? {});
  const assumptions = [
    'Name frequencies are estimates from birth registrations (given names) and published surname shares, not a register of people; they are accurate to a factor, not to the person.',
    'Given names and surnames are treated as independent, apart from the same-origin correction.',
    ...resolved.notes,
    ...(resolved.coverage.surname === 'us-table' ? ['The surname is not among the commonest British surnames; its share comes from the 1990 US census, rescaled and capped, which can misjudge names common in the UK but not in the US.'] : []),
    ...(resolved.coverage.surname === 'unseen' ? ['The surname is in no table: it is taken as rare, somewhere between one person and about 680 people in the UK (averaged over that range), never as safe.'] : []),
    ...(resolved.coverage.given === 'us-table' ? ['A given name is missing from the UK birth tables; its share comes from the 1990 US census, capped at 1 in 100,000.'] : []),
    ...(resolved.coverage.given === 'unseen' ? ['A given name is in no table: it is taken as rare, between one person and about 135 people in the UK.'] : []),
    ...(resolved.coverage.initials !== undefined ? ['An initial matches everyone whose given name starts with that letter; further initials are treated as independent middle names.'] : []),
    ...(population !== UK_POPULATION ? [`The population of ${population} people is assumed to have the same name mix as the UK as a whole.`] : []),
    ...(qiNames.length > 0 ? [`The quasi-identifiers (${qiNames.join(', ')}) are assumed independent of the name and of each other, so their shares multiply.`] : []),
    'Uniqueness is the Poisson chance that no one else in the population shares what was disclosed.',
  ];
  return {
    expectedMatchesUK: 1 + (UK_POPULATION - 1) * uk.share,
    expectedMatchesInPopulation: 1 + (population - 1) * pop.share * qi,
    uniquenessProbability: pop.uniqueness,
    band: riskBand(pop.uniqueness),
    coverage: resolved.coverage,
    assumptions,
    nameShare: pop.share,
    population,
  };
}
