/**
 * Validation by simulation: draws a synthetic population from the frequency tables (names in no table come from
 * a synthetic tail that follows the bounded priors), counts real collisions, and compares the model's predicted
 * uniqueness with the observed share of unique people, per decile of predicted risk.
 *
 * @module
 */
import { PiiError } from '../core/errors.js';
import { UNSEEN_GIVEN_PRIOR, UNSEEN_SURNAME_PRIOR, estimateUniqueness, type ResolvedName, type ShareEstimate } from './nameRisk.js';
import { defaultNameFrequencies, forEachName, type NameFrequencies } from './tables.js';

/**
 * Options of {@link simulateUniqueness}.
 *
 * @example
 * ```ts
 * const o: SimulationOptions = { population: 100_000, seed: 7, disclosure: 'initial' };
 * ```
 */
export interface SimulationOptions {
  /** Number of synthetic people. */
  readonly population: number;
  /** Seed of the pseudo-random generator (default 1). */
  readonly seed?: number;
  /** What is disclosed about each person: surname only, first initial and surname, or given name and surname (default). */
  readonly disclosure?: 'surname' | 'initial' | 'full';
  /** Number of groups (default 10). */
  readonly deciles?: number;
  readonly frequencies?: NameFrequencies;
}

/**
 * One group of people, ordered by predicted uniqueness.
 *
 * @example
 * ```ts
 * const d: SimulationDecile = { people: 1000, predicted: 0.42, observed: 0.41, meanShare: 1e-6 };
 * ```
 */
export interface SimulationDecile {
  readonly people: number;
  /** Mean predicted probability of being unique. */
  readonly predicted: number;
  /** Observed share of people with no one else sharing the disclosed name. */
  readonly observed: number;
  /** Mean estimated name share in the group. */
  readonly meanShare: number;
}

/**
 * Result of {@link simulateUniqueness}.
 *
 * @example
 * ```ts
 * simulateUniqueness({ population: 50_000 }).maxGap < 0.05; // true
 * ```
 */
export interface SimulationResult {
  readonly population: number;
  readonly disclosure: 'surname' | 'initial' | 'full';
  readonly deciles: readonly SimulationDecile[];
  /** Largest absolute gap between predicted and observed uniqueness over the groups (0–1). */
  readonly maxGap: number;
  /** Overall predicted and observed unique shares. */
  readonly predicted: number;
  readonly observed: number;
}

const BINS = 24;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A categorical distribution over tabled names plus a synthetic tail following a log-uniform prior. */
function distribution(tables: readonly string[], unseenMass: number, prior: { lo: number; hi: number }): {
  cum: Float64Array;
  shares: Float64Array;
  keys: string[];
  tail: { mass: number; counts: number[]; shares: number[] };
  total: number;
} {
  const keys: string[] = [];
  const sh: number[] = [];
  for (const t of tables) forEachName(t, (k, s) => {
    keys.push(k);
    sh.push(s);
  });
  const shares = Float64Array.from(sh);
  const cum = new Float64Array(shares.length);
  let acc = 0;
  for (let i = 0; i < shares.length; i++) cum[i] = acc += shares[i] as number;
  // Tail: equal person mass per log bin, so a person's share in the tail is log-uniform on [lo, hi].
  const counts: number[] = [];
  const tailShares: number[] = [];
  const r = Math.log(prior.hi / prior.lo);
  for (let j = 0; j < BINS; j++) {
    const s = prior.lo * Math.exp((r * (j + 0.5)) / BINS);
    const c = Math.max(1, Math.round(unseenMass / BINS / s));
    counts.push(c);
    tailShares.push(unseenMass / BINS / c);
  }
  return { cum, shares, keys, tail: { mass: unseenMass, counts, shares: tailShares }, total: acc + unseenMass };
}

function drawFrom(d: ReturnType<typeof distribution>, rand: () => number): { id: string; est: ShareEstimate; letter: number } {
  const x = rand() * d.total;
  const tabled = d.cum[d.cum.length - 1] ?? 0;
  if (x < tabled) {
    let lo = 0;
    let hi = d.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((d.cum[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    const key = d.keys[lo] as string;
    return { id: key, est: { share: d.shares[lo] as number }, letter: key.charCodeAt(0) - 97 };
  }
  const bin = Math.min(BINS - 1, Math.floor(rand() * BINS));
  const id = Math.floor(rand() * (d.tail.counts[bin] as number));
  return { id: `#${bin}:${id}`, est: { share: NaN }, letter: -1 };
}

/**
 * Simulates a population drawn from the frequency tables and compares predicted with observed uniqueness.
 *
 * @example
 * ```ts
 * const r = simulateUniqueness({ population: 50_000, seed: 42, disclosure: 'initial' });
 * r.deciles.map((d) => d.predicted - d.observed); // all within ±0.05
 * ```
 */
export function simulateUniqueness(options: SimulationOptions): SimulationResult {
  const population = options.population;
  if (!Number.isInteger(population) || population < 10) throw new PiiError('INVALID_OPTION', 'population must be a whole number of at least 10');
  const groups = options.deciles ?? 10;
  if (!Number.isInteger(groups) || groups < 1 || groups > population) throw new PiiError('INVALID_OPTION', 'deciles must be a whole number from 1 to the population');
  const disclosure = options.disclosure ?? 'full';
  const f = options.frequencies ?? defaultNameFrequencies();
  const rand = mulberry32(options.seed ?? 1);
  const sur = distribution([f.gbSurnames, f.usSurnames], f.unseenSurnameMass, UNSEEN_SURNAME_PRIOR);
  const giv = distribution([f.ukGiven], f.unseenGivenMass, UNSEEN_GIVEN_PRIOR);
  const initialTotal = f.initialShares.reduce((a, b) => a + b, 0);
  const ids: string[] = new Array<string>(population);
  const predicted = new Float64Array(population);
  const meanShare = new Float64Array(population);
  const cache = new Map<string, { u: number; s: number }>();
  for (let p = 0; p < population; p++) {
    const s = drawFrom(sur, rand);
    let id = s.id;
    const surnameEst: ShareEstimate = Number.isNaN((s.est as { share: number }).share) ? UNSEEN_SURNAME_PRIOR : s.est;
    let resolved: ResolvedName = { surname: surnameEst, others: [], originFactor: 1, coverage: { surname: 'uk-table' }, notes: [] };
    if (disclosure !== 'surname') {
      const g = drawFrom(giv, rand);
      if (disclosure === 'full') {
        id = `${g.id}|${id}`;
        const givenEst: ShareEstimate = Number.isNaN((g.est as { share: number }).share) ? UNSEEN_GIVEN_PRIOR : g.est;
        resolved = { ...resolved, given: givenEst };
      } else {
        // Unseen given names take an initial in proportion to the tabled initials.
        let letter = g.letter;
        if (letter < 0) {
          let x = rand() * initialTotal;
          letter = 0;
          while (letter < 25 && x >= (f.initialShares[letter] as number)) x -= f.initialShares[letter++] as number;
        }
        id = `${String.fromCharCode(97 + letter)}|${id}`;
        resolved = { ...resolved, others: [{ share: f.initialShares[letter] as number }] };
      }
    }
    ids[p] = id;
    let hit = cache.get(id);
    if (hit === undefined) {
      const e = estimateUniqueness(resolved, population, 1);
      hit = { u: e.uniqueness, s: e.share };
      cache.set(id, hit);
    }
    predicted[p] = hit.u;
    meanShare[p] = hit.s;
  }
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  const order = Array.from({ length: population }, (_, i) => i).sort((a, b) => (predicted[a] as number) - (predicted[b] as number) || a - b);
  const deciles: SimulationDecile[] = [];
  let maxGap = 0;
  let totalPred = 0;
  let totalObs = 0;
  for (let g = 0; g < groups; g++) {
    const from = Math.floor((g * population) / groups);
    const to = Math.floor(((g + 1) * population) / groups);
    let pred = 0;
    let obs = 0;
    let share = 0;
    for (let i = from; i < to; i++) {
      const p = order[i] as number;
      pred += predicted[p] as number;
      share += meanShare[p] as number;
      if (counts.get(ids[p] as string) === 1) obs++;
    }
    const people = to - from;
    totalPred += pred;
    totalObs += obs;
    const d = { people, predicted: pred / people, observed: obs / people, meanShare: share / people };
    maxGap = Math.max(maxGap, Math.abs(d.predicted - d.observed));
    deciles.push(d);
  }
  return { population, disclosure, deciles, maxGap, predicted: totalPred / population, observed: totalObs / population };
}
