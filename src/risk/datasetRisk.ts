/**
 * `datasetRisk`: k-anonymity, uniqueness and l-diversity of a table of records, with a per-record estimate of
 * uniqueness in the wider population from name frequencies.
 *
 * @module
 */
import { PiiError } from '../core/errors.js';
import { RISK_FULLNAME_HEADER, RISK_GIVEN_HEADER, RISK_INITIALS_HEADER, RISK_SURNAME_HEADER } from '../core/regex/risk.js';
import { UK_POPULATION, estimateUniqueness, parseName, resolveName, riskBand, type NameParts, type RiskBand, type ResolvedName } from './nameRisk.js';
import { defaultNameFrequencies, type NameFrequencies } from './tables.js';

/**
 * Which quasi-identifier columns hold name parts. Found from the headers when not given
 * (`Surname`, `Forename`, `Initials`, `Name`).
 *
 * @example
 * ```ts
 * const c: NameColumns = { surname: 'Surname', initials: 'Initials' };
 * ```
 */
export interface NameColumns {
  readonly surname?: string;
  readonly given?: string;
  readonly initials?: string;
  /** A column holding whole names (`John Smith`, `SMITH J`). */
  readonly name?: string;
}

/**
 * Options of {@link datasetRisk}.
 *
 * @example
 * ```ts
 * const o: DatasetRiskOptions = { quasiIdentifiers: ['Surname', 'Initials', 'Rank'], population: 9483, sensitive: 'Department' };
 * ```
 */
export interface DatasetRiskOptions {
  /** Columns an outsider could know or link (names, rank, station...). */
  readonly quasiIdentifiers: readonly string[];
  /** Headcount the records are drawn from (default: the number of rows, i.e. the file is the whole population). */
  readonly population?: number;
  /** A sensitive column for l-diversity. */
  readonly sensitive?: string;
  /** Name columns among the quasi-identifiers (default: found from the headers). */
  readonly nameColumns?: NameColumns;
  /** How many of the most exposed records to return (default 10). */
  readonly top?: number;
  /** Frequency tables (default: the bundled tables). */
  readonly frequencies?: NameFrequencies;
}

/**
 * One record's exposure.
 *
 * @example
 * ```ts
 * const r: RecordRisk = datasetRisk(rows, { quasiIdentifiers: ['Surname'] }).records[0];
 * ```
 */
export interface RecordRisk {
  /** Row index in the input (0-based). */
  readonly index: number;
  /** Records in the file with the same quasi-identifier values (itself included). */
  readonly classSize: number;
  /** Probability that the record is the only person in the population with these values. */
  readonly uniquenessProbability: number;
  readonly band: RiskBand;
  /** Why, in words (no values). */
  readonly reasons: readonly string[];
  /** The quasi-identifier values of the record (personal data: mask before showing). */
  readonly values: Readonly<Record<string, string>>;
}

/**
 * Result of {@link datasetRisk}.
 *
 * @example
 * ```ts
 * const { k, uniqueShare } = datasetRisk(rows, { quasiIdentifiers: ['Surname', 'Initials'] });
 * ```
 */
export interface DatasetRiskResult {
  /** Number of records. */
  readonly rows: number;
  /** k-anonymity: the size of the smallest group of records with identical quasi-identifier values (0 when empty). */
  readonly k: number;
  /** Number of such groups (equivalence classes). */
  readonly classes: number;
  /** Share of records alone in their group (0–1). */
  readonly uniqueShare: number;
  /** Expected share of records unique in the population, from name frequencies and the column shares. */
  readonly expectedPopulationUniqueShare: number;
  /** Records per risk band. */
  readonly bands: Readonly<Record<RiskBand, number>>;
  /** The most exposed records, most exposed first. */
  readonly records: readonly RecordRisk[];
  /** l-diversity: the fewest distinct sensitive values in any group (only with `sensitive`). */
  readonly l?: number;
  /** Groups with a single sensitive value (only with `sensitive`): the sensitive value is disclosed for them. */
  readonly classesWithOneSensitiveValue?: number;
  readonly population: number;
  readonly nameColumns: NameColumns;
}

const norm = (v: unknown): string => {
  if (v === undefined || v === null) return '';
  const s = String(v).trim().toLowerCase();
  return s.includes('  ') || s.includes('\t') || s.includes('\n') ? s.replace(/\s+/gu, ' ') : s;
};

/**
 * Finds the name columns among some headers.
 *
 * @example
 * ```ts
 * findNameColumns(['Surname', 'Initials', 'Rank']); // { surname: 'Surname', initials: 'Initials' }
 * ```
 */
export function findNameColumns(headers: readonly string[]): NameColumns {
  const pick = (re: RegExp): string | undefined => headers.find((h) => re.test(h.trim()));
  const out: { surname?: string; given?: string; initials?: string; name?: string } = {};
  const s = pick(RISK_SURNAME_HEADER);
  const g = pick(RISK_GIVEN_HEADER);
  const i = pick(RISK_INITIALS_HEADER);
  const n = pick(RISK_FULLNAME_HEADER);
  if (s !== undefined) out.surname = s;
  if (g !== undefined) out.given = g;
  if (i !== undefined) out.initials = i;
  if (n !== undefined && s === undefined) out.name = n;
  return out;
}

function nameOf(row: Readonly<Record<string, unknown>>, cols: NameColumns): NameParts | undefined {
  const cell = (c: string | undefined): string => (c === undefined ? '' : String(row[c] ?? '').trim());
  if (cols.surname !== undefined) {
    const surname = cell(cols.surname);
    if (!/\p{L}/u.test(surname)) return undefined;
    const given = cell(cols.given);
    const initials = cell(cols.initials);
    return { surname, ...(given.length > 0 ? { given } : {}), ...(initials.length > 0 ? { initials } : {}) };
  }
  if (cols.name !== undefined) {
    const text = cell(cols.name);
    if (!/\p{L}/u.test(text)) return undefined;
    try {
      return parseName(text);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Measures how exposed the people in a table are: k-anonymity and the share of records alone in their group
 * over the quasi-identifier columns, l-diversity of a sensitive column, and for each record the probability it is
 * unique in the population (name frequencies × the share of each other column's value, Poisson). A record
 * sharing its values with others in the file is never unique.
 *
 * @example
 * ```ts
 * const r = datasetRisk(
 *   [{ Surname: 'Smith', Initials: 'J', Rank: 'PC' }, { Surname: 'Adeyemi', Initials: 'O', Rank: 'PC' }],
 *   { quasiIdentifiers: ['Surname', 'Initials', 'Rank'], population: 47_000 },
 * );
 * r.k; // 1
 * r.uniqueShare; // 1
 * ```
 */
export function datasetRisk(rows: readonly Readonly<Record<string, unknown>>[], options: DatasetRiskOptions): DatasetRiskResult {
  if (!Array.isArray(rows)) throw new PiiError('INVALID_INPUT', 'rows must be an array of objects');
  const qis = options?.quasiIdentifiers;
  if (!Array.isArray(qis) || qis.length === 0 || !qis.every((q) => typeof q === 'string')) throw new PiiError('INVALID_OPTION', 'quasiIdentifiers must name at least one column');
  const n = rows.length;
  const population = options.population ?? n;
  if (typeof population !== 'number' || !Number.isFinite(population) || population < n) {
    throw new PiiError('INVALID_OPTION', 'population must be a headcount at least as large as the number of rows');
  }
  const top = options.top ?? 10;
  if (!Number.isInteger(top) || top < 0) throw new PiiError('INVALID_OPTION', 'top must be a whole number');
  const frequencies = options.frequencies ?? defaultNameFrequencies();
  const nameColumns = options.nameColumns ?? findNameColumns(qis);
  // Name frequencies need a surname (or whole-name) column; without one, name parts count like any other column.
  const usesNames = nameColumns.surname !== undefined || nameColumns.name !== undefined;
  const nameCols = new Set(usesNames ? [nameColumns.surname, nameColumns.given, nameColumns.initials, nameColumns.name].filter((c): c is string => c !== undefined) : []);
  const otherCols = qis.filter((c) => !nameCols.has(c));

  // Equivalence classes and per-column value counts.
  const keys: string[] = new Array<string>(n);
  const classSize = new Map<string, number>();
  const valueCounts = otherCols.map(() => new Map<string, number>());
  const otherValues = otherCols.map(() => new Array<string>(n));
  const otherAt = otherCols.map((c) => qis.indexOf(c));
  const vals: string[] = new Array<string>(qis.length);
  for (let i = 0; i < n; i++) {
    const row = rows[i] as Readonly<Record<string, unknown>>;
    for (let c = 0; c < qis.length; c++) vals[c] = norm(row[qis[c] as string]);
    const key = vals.join('\u0001');
    keys[i] = key;
    classSize.set(key, (classSize.get(key) ?? 0) + 1);
    for (let c = 0; c < otherAt.length; c++) {
      const v = vals[otherAt[c] as number] as string;
      (otherValues[c] as string[])[i] = v;
      const m = valueCounts[c] as Map<string, number>;
      m.set(v, (m.get(v) ?? 0) + 1);
    }
  }
  let k = n === 0 ? 0 : Infinity;
  let singles = 0;
  for (const size of classSize.values()) {
    if (size < k) k = size;
    if (size === 1) singles++;
  }

  // l-diversity.
  let l: number | undefined;
  let oneSensitive: number | undefined;
  if (options.sensitive !== undefined) {
    const seen = new Map<string, Set<string>>();
    for (let i = 0; i < n; i++) {
      const key = keys[i] as string;
      let set = seen.get(key);
      if (set === undefined) seen.set(key, (set = new Set()));
      set.add(norm((rows[i] as Readonly<Record<string, unknown>>)[options.sensitive]));
    }
    l = n === 0 ? 0 : Infinity;
    oneSensitive = 0;
    for (const set of seen.values()) {
      if (set.size < l) l = set.size;
      if (set.size === 1) oneSensitive++;
    }
  }

  // Per-record uniqueness in the population. A record sharing its values with others in the file is not unique;
  // a lone record is unique unless someone outside the file shares its values (name frequencies × column shares).
  const nameCache = new Map<string, ResolvedName | null>();
  const resolveRow = (row: Readonly<Record<string, unknown>>): ResolvedName | null | undefined => {
    const parts = nameOf(row, nameColumns);
    if (parts === undefined) return undefined;
    const nk = `${parts.given ?? ''}\u0001${parts.surname}\u0001${parts.initials ?? ''}`;
    let resolved = nameCache.get(nk);
    if (resolved === undefined) {
      try {
        resolved = resolveName(parts, frequencies);
      } catch {
        resolved = null;
      }
      nameCache.set(nk, resolved);
    }
    return resolved;
  };
  const assess = (i: number, explain: boolean): { u: number; reasons: string[] } => {
    const row = rows[i] as Readonly<Record<string, unknown>>;
    const size = classSize.get(keys[i] as string) as number;
    const reasons: string[] = [];
    if (size > 1) {
      if (explain) reasons.push(`shares its values with ${size - 1} other record${size === 2 ? '' : 's'} in the file`);
      return { u: 0, reasons };
    }
    if (explain) reasons.push(`alone in the file on ${qis.join(', ')}`);
    let q = 1;
    for (let c = 0; c < otherCols.length; c++) {
      const count = (valueCounts[c] as Map<string, number>).get((otherValues[c] as string[])[i] as string) as number;
      q *= count / n;
      if (explain && count / n <= 0.01) reasons.push(`${otherCols[c]} value held by ${count === 1 ? 'no other record' : `${count} of ${n} records`}`);
    }
    const resolved = resolveRow(row);
    if (resolved === undefined || resolved === null) return { u: Math.exp(-(population - 1) * q), reasons };
    const est = estimateUniqueness(resolved, population, q);
    if (explain) {
      if (resolved.coverage.surname === 'unseen') reasons.push('surname in no frequency table (treated as rare)');
      else {
        const uk = 1 + (UK_POPULATION - 1) * est.share;
        reasons.push(uk < 1.5 ? 'probably no one else in the UK has the name as written' : `about ${roundCount(uk)} people in the UK have the name as written`);
      }
    }
    return { u: est.uniqueness, reasons };
  };
  const bands: Record<RiskBand, number> = { low: 0, medium: 0, high: 0, 'very-high': 0 };
  const risks = new Float64Array(n);
  let uniqueSum = 0;
  for (let i = 0; i < n; i++) {
    const u = assess(i, false).u;
    risks[i] = u;
    uniqueSum += u;
    bands[riskBand(u)]++;
  }

  // The most exposed records: highest uniqueness, then smallest class, then input order.
  const size = (i: number): number => classSize.get(keys[i] as string) as number;
  const before = (a: number, b: number): boolean => (risks[a] as number) > (risks[b] as number) || ((risks[a] as number) === (risks[b] as number) && (size(a) < size(b) || (size(a) === size(b) && a < b)));
  // Keep the `top` most exposed in a small sorted list (one pass, no full sort).
  const chosen: number[] = [];
  for (let i = 0; i < n && top > 0; i++) {
    if (chosen.length === top && !before(i, chosen[top - 1] as number)) continue;
    let at = chosen.length;
    while (at > 0 && before(i, chosen[at - 1] as number)) at--;
    chosen.splice(at, 0, i);
    if (chosen.length > top) chosen.pop();
  }
  const records: RecordRisk[] = chosen.map((i) => {
    const row = rows[i] as Readonly<Record<string, unknown>>;
    const entry = assess(i, true);
    return {
      index: i,
      classSize: size(i),
      uniquenessProbability: entry.u,
      band: riskBand(entry.u),
      reasons: entry.reasons,
      values: Object.fromEntries(qis.map((c) => [c, row[c] === undefined || row[c] === null ? '' : String(row[c])])),
    };
  });
  return {
    rows: n,
    k: Number.isFinite(k) ? k : 0,
    classes: classSize.size,
    uniqueShare: n === 0 ? 0 : singles / n,
    expectedPopulationUniqueShare: n === 0 ? 0 : uniqueSum / n,
    bands,
    records,
    ...(l !== undefined ? { l: Number.isFinite(l) ? l : 0, classesWithOneSensitiveValue: oneSensitive as number } : {}),
    population,
    nameColumns,
  };
}

function roundCount(x: number): string {
  if (x < 10) return x.toFixed(0);
  const p = 10 ** Math.floor(Math.log10(x) - 1);
  return (Math.round(x / p) * p).toLocaleString('en-GB');
}
