/**
 * Character classes for e-mail addresses. The detector scans around each `@` by hand rather than with
 * one big regular expression, so the cost is linear in the text whatever it holds.
 *
 * @module
 */

/** Characters allowed in an unquoted local part (RFC 5322 atext and dots). */
export const EMAIL_LOCAL_CHAR = /[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]/u;
/** Characters allowed in a domain label. */
export const EMAIL_DOMAIN_CHAR = /[\p{L}\p{N}-]/u;
/** A top-level domain: letters only, 2 to 24 of them (or an IDN `xn--` label). */
export const EMAIL_TLD = /^(?:\p{L}{2,24}|xn--[a-z0-9-]{1,59})$/u;
