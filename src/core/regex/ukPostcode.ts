/**
 * Patterns for UK postcodes, with the Royal Mail per-position letter rules.
 *
 * - first letter: not Q, V, X; second letter of a two-letter area: not I, J, Z;
 * - a letter in third position (A9A): A B C D E F G H J K P S T U W; in fourth position (AA9A): A B E H M N P R V W X Y;
 * - inward code: a digit and two letters, never C I K M O V.
 *
 * @module
 */

/**
 * A full upper-case postcode (outward, optional single space, inward) or `GIR 0AA`. The look-behind is
 * ASCII-only for speed; the detector also rejects a non-ASCII letter before the match.
 */
export const UK_POSTCODE_FULL = /(?<![A-Za-z0-9])(?:[A-PR-UWYZ](?:\d[\dA-HJKPSTUW]?|[A-HK-Y]\d[\dABEHMNPRV-Y]?)|GIR) ?\d[ABD-HJLNP-UW-Z]{2}(?![\p{L}\p{N}])/gu;

/** The same in lower case (`sw1a 2aa`); mixed case is never a postcode. */
export const UK_POSTCODE_FULL_LOWER = /(?<![A-Za-z0-9])(?:[a-pr-uwyz](?:\d[\da-hjkpstuw]?|[a-hk-y]\d[\dabehmnprv-y]?)|gir) ?\d[abd-hjlnp-uw-z]{2}(?![\p{L}\p{N}])/gu;

/** A British Forces Post Office number: `BFPO 123`. */
export const UK_POSTCODE_BFPO = /(?<![A-Za-z0-9])BFPO ?\d{1,4}(?![\p{L}\p{N}])/gu;

/** An outward code alone (upper case) at the start of a string, reported only with address context. */
export const UK_POSTCODE_OUTWARD = /^[A-PR-UWYZ](?:\d[\dA-HJKPSTUW]?|[A-HK-Y]\d[\dABEHMNPRV-Y]?)(?![\p{L}\p{N}])/u;

/** Words after which an outward code alone is a postcode (`postcode district SW1A`); the code follows within a few characters. */
export const UK_POSTCODE_OUTWARD_CONTEXT = /(?<![\p{L}\p{N}])(?:post ?code(?: district| area)?|outward code|postal district)(?![\p{L}\p{N}])[^\n\dA-Z]{0,12}/giu;

/** Address words before a lower-case postcode that make it one (same line). */
export const UK_POSTCODE_ADDRESS_CONTEXT = /(?<![\p{L}\p{N}])(?:post ?code|postal code|address|addr|lives at|living at|resides at|resident at|home)(?![\p{L}\p{N}])/iu;
