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

/**
 * Address and postcode words (global, written in lower, title or upper case; the detector checks the
 * word boundary before). Lower-case postcodes are looked for just after them; after a postcode word
 * (group 1) an outward code alone counts too.
 */
export const UK_POSTCODE_KEYWORD = /(?:([Pp]ost ?[Cc]ode|POST ?CODE|[Pp]ostal [Cc]ode|[Pp]ostal [Dd]istrict|[Oo]utward [Cc]ode)(?: [Dd]istrict| [Aa]rea)?|[Aa]ddr(?:ess)?|ADDR(?:ESS)?|[Ll]iv(?:es|ing) at|[Rr]esid(?:es|ent) at|[Hh]ome|HOME)(?![\p{L}\p{N}])/gu;

/** Punctuation and spaces between a postcode word and the code (`Postcode: `, `postcode district – `). */
export const UK_POSTCODE_KEYWORD_GAP = /^[^\n\p{L}\p{N}]{0,6}/u;
