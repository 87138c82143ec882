/**
 * Every regular expression the detectors use, in one place (one module per detector under `regex/`),
 * so that the ReDoS lint and tests can see them all. All use the `u` flag.
 *
 * @module
 */
export * from './regex/email.js';
export * from './regex/tables.js';
export * from './regex/policeRank.js';
export * from './regex/officerId.js';
export * from './regex/payNumber.js';
export * from './regex/vettingLevel.js';
export * from './regex/location.js';
export * from './regex/department.js';
export * from './regex/phone.js';
export * from './regex/ukPostcode.js';
export * from './regex/niNumber.js';
export * from './regex/nhsNumber.js';
export * from './regex/vehicleReg.js';
export * from './regex/dateOfBirth.js';
export * from './regex/bankAccount.js';
export * from './regex/passportNumber.js';
export * from './regex/drivingLicence.js';
export * from './regex/ipAddress.js';
export * from './regex/personName.js';
export * from './regex/rosterDetector.js';
export * from './regex/personNameNlp.js';
