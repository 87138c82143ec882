/**
 * Patterns for UK passport numbers.
 *
 * @module
 */

/** Nine digits, not inside a longer token. */
export const PASSPORT_NUMBER = /(?<![A-Za-z0-9\-/.])\d{9}(?![\p{L}\p{N}]|[\-/.]\d)/gu;

/** The word passport (global; the detector checks the boundary before and looks for a number just after). */
export const PASSPORT_KEYWORD = /(?:[Pp]assport|PASSPORT)(?![\p{L}\p{N}])/gu;

/** What may stand between the word passport and the number (`passport no.: `, `UK passport number `). */
export const PASSPORT_GAP = /^[^\d\n]{0,30}$/u;

/** A column header about passports. */
export const PASSPORT_HEADER = /passport/iu;
