/**
 * Patterns for pay, payroll, staff and employee numbers. The detector finds number tokens and looks at the
 * words before them; these patterns check the value and the short gap between the context words and it.
 *
 * @module
 */

/** A whole value that is a pay number: 5–9 digits, or a one- or two-letter prefix with 4–9 digits. */
export const PAY_NUMBER_VALUE = /^(?:\d{5,9}|[A-Z]{1,2}\d{4,9})$/u;

/** The gap between a context word and its value: blanks, and at most one of `:`, `#`, `=`, `-`, `–`, `.` (`No.: 123`). */
export const CUE_VALUE_GAP = /^\.?[ \t]{0,3}(?:[:#=\u2013-][ \t]{0,3})?$/u;
/**
 * The same gap ending in an opening parenthesis or a comma (`payroll number (00481762)`, `staff ID, M207115,`):
 * the value must then be closed by `)` or by punctuation (see {@link closesBracketedValue}).
 */
export const CUE_VALUE_GAP_OPEN = /^\.?[ \t]{0,2}(?:\(|,[ \t])[ \t]?$/u;
