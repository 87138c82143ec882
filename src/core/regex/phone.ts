/**
 * Patterns for telephone numbers. The candidate pattern is deliberately loose and deterministic (each
 * character is consumed one way only); the detector then splits the run into groups and validates them.
 *
 * @module
 */

/**
 * A run of phone-like characters: an optional `+`, digits and parentheses, joined by single spaces,
 * hyphens or dots that are followed by a digit or `(`; at least nine characters (the shortest number is `+`
 * and eight digits). Linear: every step has one way to match, and a run is consumed whole.
 */
export const PHONE_RUN = /\+?\(?\d(?:[\d()]|[ .-](?=[\d(])){7,}/gu;

/** An extension after a number: `ext. 1234`, `extn 12`, `extension 1234`, `x1234`, `x 1234`. */
export const PHONE_EXTENSION = /^[ ,]{0,2}\(?(?:ext(?:n|ension)?\.?|x) ?(\d{1,6})\)?(?![\p{L}\p{N}])/iu;

/** Words before a run that mean it is not a phone number (ISBNs, references, account numbers). */
export const PHONE_NOT_BEFORE = /(?:isbn(?:-1[03])?|issn|ref(?:erence)?|crime|cad|custody|urn|warrant|invoice|order|case|account|a\/c|sort code|nhs|chi|serial|policy|licen[cs]e|passport|payroll|pay|staff|employee|job|ticket|tracking|receipt)(?: ?(?:no|number|num|ref|id))?[\s:.#]*$|[£$€]\s*$/iu;

/** Context words that name a telephone number. */
export const PHONE_CONTEXT_WORDS: readonly string[] = ['tel', 'telephone', 'phone', 'mobile', 'mob', 'call', 'ring', 'contact', 'fax', 'number', 'landline', 'whatsapp', 'text', 'sms'];

/** Ofcom's geographic drama ranges 0113–0118, 0121, 0131, 0141, 0151, 0161 496 0xxx, as national significant numbers. */
export const PHONE_DRAMA_GEOGRAPHIC = /^1(?:1[3-8]|[2-6]1)4960/u;
