/**
 * Patterns for the optional compromise-backed PERSON signal.
 *
 * @module
 */

/** A line worth tagging: it holds a capitalised word (an upper-case letter then a lower-case one after a space). */
export const NLP_CAPITALISED = /\s\p{Lu}\p{Ll}/u;
/** One letter of any script. */
export const NLP_LETTER = /\p{L}/u;
