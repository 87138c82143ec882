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

/** A header cell ending in an abbreviation's dot (`Warrant No.`, `Pay Ref.`, `Dept.`): not a sentence. */
export const HEADER_ABBREVIATION_DOT = /(?:^|[\s/(])[A-Za-z]{1,4}\.$/u;
/**
 * A JSON-style `"key": "value"` pair in plain text (an export or a log line): the key is an identifier or a few
 * words, the value a string of up to 200 characters without quotes or line breaks.
 */
export const JSON_PAIR = /"([A-Za-z][\w ]{0,38})"[ \t]*:[ \t]*"([^"\\\n]{1,200})"/gu;
