/**
 * Attaches a re-identification estimate to PERSON findings, on request.
 *
 * @module
 */
import type { Finding } from '../core/types.js';
import { nameRisk, type NameRiskOptions, type RiskBand } from './nameRisk.js';

/**
 * A PERSON finding with its name's re-identification estimate.
 *
 * @example
 * ```ts
 * const f: FindingWithRisk = { ...finding, risk: { band: 'high', expectedMatchesUK: 3.2, uniquenessProbability: 0.7 } };
 * ```
 */
export interface FindingWithRisk extends Finding {
  readonly risk?: {
    readonly band: RiskBand;
    readonly expectedMatchesUK: number;
    readonly expectedMatchesInPopulation: number;
    readonly uniquenessProbability: number;
  };
}

/**
 * Returns the findings with a `risk` estimate on every PERSON finding of two or more letters (other findings
 * unchanged). Names are scored one finding at a time; see `nameRisk` for the model and its assumptions.
 *
 * @example
 * ```ts
 * import { scan } from 'police-pii';
 * import { attachNameRisk } from 'police-pii/risk';
 * const text = 'DS Oluwaseun Adeyemi and PC John Smith';
 * attachNameRisk(scan(text), { population: 47_000 }).filter((f) => f.risk).map((f) => f.risk!.band);
 * // ['very-high', 'low']
 * ```
 */
export function attachNameRisk(findings: readonly Finding[], options: NameRiskOptions = {}): FindingWithRisk[] {
  return findings.map((f) => {
    if (f.type !== 'PERSON' || f.text.replace(/\P{L}/gu, '').length < 2) return f;
    const r = nameRisk(f.text, options);
    return {
      ...f,
      risk: {
        band: r.band,
        expectedMatchesUK: r.expectedMatchesUK,
        expectedMatchesInPopulation: r.expectedMatchesInPopulation,
        uniquenessProbability: r.uniquenessProbability,
      },
    };
  });
}
