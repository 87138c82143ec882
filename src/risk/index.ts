/**
 * `police-pii/risk`: re-identification risk. How many people share a disclosed name (and rank, station...), how
 * likely a record points to exactly one person, and how exposed a whole table is (k-anonymity, uniqueness,
 * l-diversity). The entry bundles the name-frequency tables so that `nameRisk` is synchronous; the root and
 * core entries never import them. See docs/risk.md.
 *
 * @example
 * ```ts
 * import { nameRisk, datasetRisk } from 'police-pii/risk';
 * nameRisk('John Smith', { population: 47_000, quasiIdentifiers: { rank: 0.002, station: 0.01 } }).band; // 'very-high'
 * ```
 *
 * @module
 */
export {
  nameRisk,
  parseName,
  riskBand,
  resolveName,
  estimateUniqueness,
  quasiIdentifierProduct,
  UK_POPULATION,
  UNSEEN_GIVEN_PRIOR,
  UNSEEN_SURNAME_PRIOR,
  RISK_BAND_CUTOFFS,
  type NameParts,
  type NameRiskOptions,
  type NameRiskResult,
  type NameCoverage,
  type RiskBand,
  type RiskCoverage,
  type ResolvedName,
  type ShareEstimate,
} from './nameRisk.js';
export {
  datasetRisk,
  findNameColumns,
  type DatasetRiskOptions,
  type DatasetRiskResult,
  type NameColumns,
  type RecordRisk,
} from './datasetRisk.js';
export { simulateUniqueness, type SimulationOptions, type SimulationResult, type SimulationDecile } from './simulate.js';
export { loadNameFrequencies, defaultNameFrequencies, nameKey, shareOf, forEachName, type NameFrequencies } from './tables.js';
export { ORIGIN_SHARE, nameOrigins, sameOriginFactor, type Origin } from './origin.js';
export { attachNameRisk, type FindingWithRisk } from './attach.js';
