/**
 * Patterns for matching staff-roster names in text.
 *
 * @module
 */

/** A word of any case: letters and marks with inner apostrophes or hyphens (`O'Neill`, `nnamdi-okoro`). */
export const ROSTER_WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/** Initials as written in a roster or after a surname: `J`, `J.`, `RA`, `R.A.`, `R. A.`. */
export const ROSTER_INITIALS = /^(?:\p{Lu}\.? ?){1,3}$/u;
