/**
 * Patterns for finding tables and `Label: value` lines in plain text.
 *
 * @module
 */

/** A header cell never holds three or more digits in a row or an `@`. */
export const HEADER_REJECT = /\d{3}|@/u;
/** A header cell that starts with a capital, or is an identifier such as `employee_name`. */
export const HEADER_TITLE = /^(?:\p{Lu}|[a-z][a-z0-9]*(?:_[a-z0-9]+)*$)/u;
/** `Label: value` on one line; the label is up to 39 characters of letters, spaces and light punctuation. */
export const KEY_VALUE = /^[ \t]*([A-Za-z][A-Za-z /.&'()#-]{0,38}):[ \t]*(\S.*)$/u;
