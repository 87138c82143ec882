/**
 * The default detector list of the root entry: the pattern detectors plus those with lexicons.
 *
 * @module
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { patternDetectors } from './core/presets.js';
import { lazy } from './core/lazy.js';
import type { Detector } from './core/types.js';
import { TOWNS } from './data/police/towns.gen.js';
import { location } from './detectors/location.js';
import { personName } from './detectors/personName.js';
import { libphonenumberCheck, phone } from './detectors/phone.js';

/**
 * Every text detector the package has: the pattern detectors (with libphonenumber-js validation for phones, and
 * UK towns from GeoNames in the location detector's gazetteer) and the person-name detector with its lexicons.
 *
 * @example
 * ```ts
 * createPipeline({ detectors: defaultDetectors(), minScore: 0.6 });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function defaultDetectors(): Detector[] {
  return [
    ...patternDetectors().map((d) => (d.id === 'phone' ? phone({ check: libphonenumberCheck(parsePhoneNumberFromString) }) : d.id === 'location' ? ukLocation() : d)),
    personName(),
  ];
}

/**
 * The location detector with the 2,012 GeoNames towns (`src/data/police/towns.gen.ts`) in its gazetteer: compiled
 * once, on first use, and shared (a detector is a frozen value). The core entry keeps the hand-written gazetteer,
 * for its size and cold start.
 */
const ukLocation = /* @__PURE__ */ lazy(() => location({ places: TOWNS.split('|') }));
