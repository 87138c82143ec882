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
 * A full postcode (outward, optional single space, inward) or `GIR 0AA`, case-insensitive (the detector
 * then requires one consistent case). Group 1 is the outward code, group 2 the inward code.
 */
export const UK_POSTCODE_FULL = /(?<![\p{L}\p{N}])([A-PR-UWYZ](?:\d[\dA-HJKPSTUW]?|[A-HK-Y]\d[\dABEHMNPRV-Y]?)|GIR) ?(\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/giu;

/** A British Forces Post Office number: `BFPO 123`. */
export const UK_POSTCODE_BFPO = /(?<![\p{L}\p{N}])BFPO ?\d{1,4}(?![\p{L}\p{N}])/gu;

/** An outward code alone (upper case), reported only with address context. */
export const UK_POSTCODE_OUTWARD = /(?<![\p{L}\p{N}])[A-PR-UWYZ](?:\d[\dA-HJKPSTUW]?|[A-HK-Y]\d[\dABEHMNPRV-Y]?)(?![\p{L}\p{N}])/gu;

/** Context that makes an outward code alone a postcode: the word postcode or a postcode district. */
export const UK_POSTCODE_OUTWARD_CONTEXT = /\b(?:post ?code(?: district| area)?|outward code|postal district)\b[^\n\d]{0,12}$/iu;

/** Address words before a lower-case postcode that make it one (same line). */
export const UK_POSTCODE_ADDRESS_CONTEXT = /(?<![\p{L}\p{N}])(?:post ?code|postal code|address|addr|lives at|living at|resides at|resident at|home)(?![\p{L}\p{N}])/iu;
