/**
 * The default detector list of the root entry: the pattern detectors plus those with lexicons.
 *
 * @module
 */
import { patternDetectors } from './core/presets.js';
import type { Detector } from './core/types.js';

/**
 * Every text detector the package has, freshly built.
 *
 * @example
 * ```ts
 * createPipeline({ detectors: defaultDetectors(), minScore: 0.6 });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function defaultDetectors(): Detector[] {
  return [...patternDetectors()];
}
