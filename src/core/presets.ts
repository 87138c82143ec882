/**
 * Preset detector lists. Each call returns a fresh array: there is no global registry.
 *
 * @module
 */
import { email } from '../detectors/email.js';
import { policeRank } from '../detectors/policeRank.js';
import type { Detector } from './types.js';

/**
 * The pattern detectors: every detector that needs no name lexicon.
 *
 * @example
 * ```ts
 * createPipeline({ detectors: patternDetectors() }).scan('PC 4521, j.smith@met.police.uk');
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function patternDetectors(): Detector[] {
  return [email(), policeRank()];
}
