/**
 * Patterns for police departments and unit codes.
 *
 * @module
 */

/** Met and other unit codes: `SO15`, `SO19`, `SCO19`, `MO7`, `CO19`, `SC&O`. */
export const UNIT_CODE = /\b(?:SC?O|MO|CO)\d{1,2}\b|\bSC&O\b/gu;

/** A region after a unit's name (`Counter Terrorism Policing North East`, `CTP West Midlands`), then no further capitalised word. */
export const UNIT_REGION_TAIL = /^ (?:North East|North West|South East|South West|East Midlands|West Midlands|Eastern Region|Yorkshire and the Humber)(?![\p{L}\p{N}])(?! \p{Lu})/u;

/** A shift letter or number after a team word (`Response Team B`, `Relief 3`), then no further word character. */
export const UNIT_SHIFT_TAIL = /^ (?:[A-H]|[1-9]\d?)(?![\p{L}\p{N}'’])/u;
