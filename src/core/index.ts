/**
 * `police-pii/core`: pipelines, redaction operators and the pattern detectors, with no name lexicons.
 * The smallest bundle; no runtime dependencies beyond the web platform.
 *
 * @module
 */
export type {
  EntityType,
  Finding,
  Evidence,
  Detector,
  DetectContext,
  CellContext,
  TextCell,
  AllowEntry,
  DenyEntry,
  PipelineOptions,
  ScanOptions,
  Pipeline,
} from './types.js';
export { ENTITY_TYPES } from './types.js';
export { PiiError } from './errors.js';
export type { PiiErrorCode } from './errors.js';
export { createPipeline, resolveOverlaps, DEFAULT_MIN_SCORE, DEFAULT_MAX_LENGTH } from './pipeline.js';
export { redact, label, mask, remove, pseudonym } from './redact.js';
export type { Operator, Operators, Replacement, RedactResult, MaskOptions, PseudonymOptions } from './redact.js';
export { defineDetector, makeFinding, detectContext, clampScore } from './detector.js';
export { normalizeForDetection, lineColumn } from './text.js';
export { findTableCells } from './tables.js';
export { classifyHeader, foldHeader } from './headers.js';
export type { HeaderClass } from './headers.js';
export { patternDetectors } from './presets.js';
export { email } from '../detectors/email.js';
export type { EmailOptions } from '../detectors/email.js';
export { policeRank } from '../detectors/policeRank.js';
export { officerId } from '../detectors/officerId.js';
export { payNumber } from '../detectors/payNumber.js';
export { vettingLevel } from '../detectors/vettingLevel.js';
export { force } from '../detectors/force.js';
export { location } from '../detectors/location.js';
export { department } from '../detectors/department.js';
export { phone, libphonenumberCheck, isOfcomDrama, ukNumberShape } from '../detectors/phone.js';
export type { PhoneOptions, PhoneCheck, PhoneNumberParser } from '../detectors/phone.js';
export { ukPostcode } from '../detectors/ukPostcode.js';
export { niNumber, isValidNiNumber } from '../detectors/niNumber.js';
export { nhsNumber, nhsCheckDigitValid } from '../detectors/nhsNumber.js';
export { vehicleReg, validAgeIdentifier } from '../detectors/vehicleReg.js';
export type { VehicleRegOptions } from '../detectors/vehicleReg.js';
export { dateOfBirth, isCalendarDate } from '../detectors/dateOfBirth.js';
export type { DateOfBirthOptions } from '../detectors/dateOfBirth.js';
export { bankAccount } from '../detectors/bankAccount.js';
export { passportNumber } from '../detectors/passportNumber.js';
export { drivingLicence, isValidDrivingLicence } from '../detectors/drivingLicence.js';
export { ipAddress, isIpv4, isIpv6 } from '../detectors/ipAddress.js';
export * from './stream.js';
