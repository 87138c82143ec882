/**
 * Patterns for police departments and unit codes.
 *
 * @module
 */

/** Met and other unit codes: `SO15`, `SO19`, `SCO19`, `MO7`, `CO19`, `SC&O`. */
export const UNIT_CODE = /\b(?:SC?O|MO|CO)\d{1,2}\b|\bSC&O\b/gu;
