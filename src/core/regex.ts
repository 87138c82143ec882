/**
 * Every regular expression the detectors use, in one place (one module per detector under `regex/`),
 * so that the ReDoS lint and tests can see them all. All use the `u` flag.
 *
 * @module
 */
export * from './regex/email.js';
export * from './regex/policeRank.js';
export * from './regex/tables.js';
