/**
 * The default detector list of the root entry: the pattern detectors plus those with lexicons.
 *
 * @module
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { patternDetectors } from './core/presets.js';
import type { Detector } from './core/types.js';
import { personName } from './detectors/personName.js';
import { libphonenumberCheck, phone } from './detectors/phone.js';

/**
 * Every text detector the package has, freshly built: the pattern detectors (with libphonenumber-js
 * validation for phones) and the person-name detector with its lexicons.
 *
 * @example
 * ```ts
 * createPipeline({ detectors: defaultDetectors(), minScore: 0.6 });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function defaultDetectors(): Detector[] {
  return [
    ...patternDetectors().map((d) => (d.id === 'phone' ? phone({ check: libphonenumberCheck(parsePhoneNumberFromString) }) : d)),
    personName(),
  ];
}
