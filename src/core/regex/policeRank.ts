/**
 * Patterns for police ranks.
 *
 * @module
 */

/** What may follow an ambiguous rank abbreviation for it to count: a capitalised name, an initial or a number. */
export const RANK_FOLLOWER = /^[ \t]{1,3}(?:\p{Lu}|\d)/u;
