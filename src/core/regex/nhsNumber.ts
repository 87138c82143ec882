/**
 * Patterns for NHS numbers (and Scottish CHI numbers, which use the same check digit).
 *
 * @module
 */

/**
 * Ten digits, unbroken or as 3-3-4 groups separated by one space or hyphen (the same separator both times),
 * not inside a longer token (the detector also rejects numbers that continue after a separator). Groups 1, 3, 4 are the digit groups.
 */
export const NHS_NUMBER = /(?<![A-Za-z0-9])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\p{L}\p{N}])/gu;

/** Context that names an NHS or CHI number. */
export const NHS_CONTEXT = /(?<![\p{L}\p{N}])(?:nhs|chi|health ?(?:service|care) (?:no|number)|h&c)(?![\p{L}\p{N}])/iu;

/** A phone label just before a number (`Tel:`, `call`, `mobile`): such a number is not read as an NHS number without NHS context. */
export const NHS_PHONE_LABEL = /(?<![\p{L}\p{N}])(?:tel|telephone|phone|mobile|mob|call|fax|ring|text)[^\p{L}\p{N}\n]{0,4}$/iu;
