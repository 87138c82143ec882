/**
 * Patterns for officer numbers (collar, shoulder, warrant, service numbers).
 *
 * @module
 */

/** A whole value that is an officer number: 1–6 digits with up to 3 letters (`580RA`, `4521MPS`), or 1–2 letters and digits (`AB123`). */
export const OFFICER_ID_VALUE = /^(?:\d{1,6}[A-Z]{0,3}|[A-Z]{1,2}\d{2,5})$/u;
