/**
 * Patterns for pay, payroll, staff and employee numbers.
 *
 * @module
 */

/**
 * A context phrase that introduces a pay number (`Pay No:`, `payroll number`, `Staff number:`, `employee ID`,
 * `personnel no.`, `HR number`), then the value as group 1. Linear: fixed word sets joined by bounded blanks.
 */
export const PAY_NUMBER_CONTEXT =
  /\b(?:pay(?:roll)?|staff|employee|employees'?|emp|personnel|hr|person)[ \t_]*(?:numbers?|nos?\.?|num\.?|#|id|ref(?:erence)?\.?)[ \t]*(?:[:#=–-][ \t]*|is[ \t]+|of[ \t]+)?([A-Z]{0,2}\d{4,9})\b|\bpayroll[ \t]*[:–-][ \t]*([A-Z]{0,2}\d{4,9})\b/giu;

/** A whole value that is a pay number: 5–9 digits, or a one- or two-letter prefix with 4–9 digits. */
export const PAY_NUMBER_VALUE = /^(?:\d{5,9}|[A-Z]{1,2}\d{4,9})$/u;
