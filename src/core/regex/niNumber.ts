/**
 * Patterns for National Insurance numbers (HMRC National Insurance Manual NIM39110).
 *
 * @module
 */

/**
 * Two prefix letters (neither D, F, I, Q, U, V; the second not O), six digits in pairs with optional
 * single spaces, and an optional suffix A–D. Case-insensitive; the detector checks the unallocated
 * prefixes and the case. Groups: 1 prefix, 2–4 digit pairs, 5 suffix.
 */
export const NI_NUMBER = /(?<![\p{L}\p{N}])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\d\d) ?(\d\d) ?(\d\d)(?: ?([A-D]))?(?![\p{L}\p{N}])/giu;

/** Prefixes that are never allocated. */
export const NI_UNALLOCATED_PREFIXES: readonly string[] = ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'];

/** Context that names a National Insurance number. */
export const NI_CONTEXT = /(?<![\p{L}\p{N}])(?:ni|nino|nin|n\.i\.|national insurance|nat\.? ?ins\.?)(?![\p{L}\p{N}])/iu;
