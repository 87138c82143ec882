/**
 * Patterns for UK passport numbers.
 *
 * @module
 */

/** Nine digits, not inside a longer token. */
export const PASSPORT_NUMBER = /(?<![A-Za-z0-9\-/.])\d{9}(?![\p{L}\p{N}]|[\-/.]\d)/gu;

/** The word passport shortly before the number, on the same line. */
export const PASSPORT_CONTEXT = /(?<![\p{L}\p{N}])passport(?![\p{L}\p{N}])[^\d\n]{0,30}$/iu;

/** A column header about passports. */
export const PASSPORT_HEADER = /passport/iu;
