/**
 * Patterns for UK bank details: sort codes and eight-digit account numbers.
 *
 * @module
 */

/** A sort code `NN-NN-NN` (or with spaces), not inside a longer token. */
export const SORT_CODE = /(?<![A-Za-z0-9\-/.])\d\d([- ])\d\d\1\d\d(?![\p{L}\p{N}]|[\-/.]\d)/gu;

/** An eight-digit account number, not inside a longer token. */
export const ACCOUNT_NUMBER = /(?<![A-Za-z0-9\-/.])\d{8}(?![\p{L}\p{N}]|[\-/.]\d)/gu;

/** `sort code` just before a sort code. */
export const SORT_CODE_CONTEXT = /(?<![\p{L}\p{N}])(?:sort ?code|s\/c)(?![\p{L}\p{N}])[^\d\n]{0,16}$/iu;

/** `account number`, `acc no`, `a/c` just before an account number. */
export const ACCOUNT_CONTEXT = /(?<![\p{L}\p{N}])(?:(?:bank )?account(?: no\.?| number| num)?|acc(?:t|ount)?\.? ?(?:no|number)\.?|a\/c(?: no\.?)?)(?![\p{L}\p{N}])[^\d\n]{0,16}$/iu;

/** Any account word in a text: without one (and without a sort code) there is nothing to look for. */
export const ACCOUNT_WORD = /account|a\/c/iu;
