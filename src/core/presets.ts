/**
 * Preset detector lists. Each call returns a fresh array: there is no global registry.
 *
 * @module
 */
import { bankAccount } from '../detectors/bankAccount.js';
import { dateOfBirth } from '../detectors/dateOfBirth.js';
import { department } from '../detectors/department.js';
import { drivingLicence } from '../detectors/drivingLicence.js';
import { email } from '../detectors/email.js';
import { force } from '../detectors/force.js';
import { ipAddress } from '../detectors/ipAddress.js';
import { location } from '../detectors/location.js';
import { nhsNumber } from '../detectors/nhsNumber.js';
import { niNumber } from '../detectors/niNumber.js';
import { officerId } from '../detectors/officerId.js';
import { passportNumber } from '../detectors/passportNumber.js';
import { payNumber } from '../detectors/payNumber.js';
import { phone } from '../detectors/phone.js';
import { policeRank } from '../detectors/policeRank.js';
import { ukPostcode } from '../detectors/ukPostcode.js';
import { vehicleReg } from '../detectors/vehicleReg.js';
import { vettingLevel } from '../detectors/vettingLevel.js';
import type { Detector } from './types.js';

/**
 * The pattern detectors: every detector that needs no name lexicon. The phone detector here validates
 * UK numbers structurally; the root entry's default list swaps in libphonenumber-js metadata.
 *
 * @example
 * ```ts
 * createPipeline({ detectors: patternDetectors() }).scan('PC 4521, j.smith@met.police.uk');
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function patternDetectors(): Detector[] {
  return [
    policeRank(),
    officerId(),
    payNumber(),
    vettingLevel(),
    force(),
    location(),
    department(),
    email(),
    phone(),
    ukPostcode(),
    niNumber(),
    nhsNumber(),
    vehicleReg(),
    dateOfBirth(),
    bankAccount(),
    passportNumber(),
    drivingLicence(),
    ipAddress(),
  ];
}
