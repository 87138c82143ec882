/**
 * Patterns for DVLA (Great Britain) driving licence numbers.
 *
 * @module
 */

/**
 * The last 11 of the 16 characters: the decade digit, the month (51–62 for women), the day, the year digit,
 * two initials (padded with 9), an arbitrary digit (usually 9) and two computer check characters. The
 * detector scans for this digit-led tail (far fewer starting points than letters) and then checks the five
 * surname characters before it and validates every part.
 */
export const DRIVING_LICENCE_TAIL = /\d[0156]\d[0-3]\d\d[A-Z][A-Z9]\d[A-Z\d]{2}(?![\p{L}\p{N}])/gu;

/** Context words for a driving licence. */
export const DRIVING_LICENCE_CONTEXT = /(?<![\p{L}\p{N}])(?:driving licen[cs]e|driver'?s licen[cs]e|licen[cs]e(?: no\.?| number)?|dvla|dl no)(?![\p{L}\p{N}])/iu;
