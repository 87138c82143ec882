/**
 * Patterns for National Insurance numbers (HMRC National Insurance Manual NIM39110).
 *
 * @module
 */

/**
 * Two prefix letters (neither D, F, I, Q, U, V; the second not O), six digits in pairs with optional
 * single spaces, and an optional suffix A–D, upper case. The detector checks the unallocated prefixes.
 * Group 1 is the suffix. The look-behind is ASCII-only for speed; the detector checks non-ASCII letters.
 */
export const NI_NUMBER = /(?<![A-Za-z0-9])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d(?: ?([A-D]))?(?![\p{L}\p{N}])/gu;

/** The same in lower case (`jk123456c`): reported only with context. */
export const NI_NUMBER_LOWER = /(?<![A-Za-z0-9])[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z] ?\d\d ?\d\d ?\d\d(?: ?([a-d]))?(?![\p{L}\p{N}])/gu;

/** Prefixes that are never allocated. */
export const NI_UNALLOCATED_PREFIXES: readonly string[] = ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'];

/** Context that names a National Insurance number. */
export const NI_CONTEXT = /(?<![\p{L}\p{N}])(?:ni|nino|nin|n\.i\.|national insurance|nat\.? ?ins\.?)(?![\p{L}\p{N}])/iu;
