/**
 * Regular expressions of the structured-data scanners (`police-pii/xlsx`): value shapes used by the
 * column-evidence rule, placeholders that are never personal data, and header/footer control codes.
 * All are anchored or bounded and linear-time.
 *
 * @module
 */

/**
 * Cell values that stand for "no data" and are never reported: `N/A`, `-`, `TBC`, `vacant`, `[redacted]`.
 *
 * @example
 * ```ts
 * PLACEHOLDER.test('N/A'); // true
 * ```
 */
export const PLACEHOLDER = /^(?:n\/?a|none|nil|null|unknown|not known|not applicable|tbc|tba|tbd|vacant|vacancy|redacted|\[redacted\]|withheld|various|other|total|grand total|subtotal|sum|count|all|yes|no|true|false|author|user|admin|administrator|[-–—*?.x]+|0)$/iu;

/**
 * A value shaped like a personal name or name part: letters (any script), spaces, `.` `'` `’` `-`, at most 6 words.
 *
 * @example
 * ```ts
 * NAME_SHAPE.test("O'Neill"); // true
 * ```
 */
export const NAME_SHAPE = /^\p{L}[\p{L}\p{M}'’.-]*(?: \p{L}[\p{L}\p{M}'’.-]*){0,5}$/u;

/**
 * Initials: one to four letters, each optionally followed by a dot or space.
 *
 * @example
 * ```ts
 * INITIALS_SHAPE.test('J.W.'); // true
 * ```
 */
export const INITIALS_SHAPE = /^(?:\p{Lu}[. ]?){1,4}$/u;

/**
 * Short free text without digits-only content: places, units, ranks, grades (letters first, ≤ 8 words).
 *
 * @example
 * ```ts
 * LABEL_SHAPE.test('Roads Policing Unit'); // true
 * ```
 */
export const LABEL_SHAPE = /^[\p{L}\d][\p{L}\p{M}\d&'’.,()/-]*(?: [\p{L}\p{M}\d&'’.,()/-]+){0,7}$/u;

/**
 * A collar/shoulder/warrant number as a whole cell: up to 3 letters, 3–6 digits, up to 3 letters.
 *
 * @example
 * ```ts
 * OFFICER_ID_SHAPE.test('4521MPS'); // true
 * ```
 */
export const OFFICER_ID_SHAPE = /^[A-Z]{0,3} ?\d{3,6} ?[A-Z]{0,3}$/u;

/**
 * A pay/staff number as a whole cell: an optional letter and 6–8 digits.
 *
 * @example
 * ```ts
 * PAY_NUMBER_SHAPE.test('53554512'); // true
 * ```
 */
export const PAY_NUMBER_SHAPE = /^[A-Z]?\d{6,8}$/u;

/**
 * A vetting level as a whole cell (short, starts with a letter).
 *
 * @example
 * ```ts
 * VETTING_SHAPE.test('NPPV3'); // true
 * ```
 */
export const VETTING_SHAPE = /^[A-Za-z][\w ()-]{0,29}$/u;

/**
 * Header/footer control codes (`&L`, `&P`, `&"Arial,Bold"`, `&12`, `&KFF0000`) that are formatting, not text.
 *
 * @example
 * ```ts
 * '&LPage &P'.replace(HEADER_FOOTER_CODE, ' '); // '  Page  '
 * ```
 */
export const HEADER_FOOTER_CODE = /&(?:"[^"]{0,80}"|K[0-9A-Fa-f]{6}|\d{1,3}|[A-IL-PR-UXYZ&])/gu;

/**
 * Words that mark an organisation, a role or software rather than a person, in single values such as a
 * document's author (`Information Management`, `Microsoft Office User`, `HR Admin`).
 *
 * @example
 * ```ts
 * ORG_WORD.test('Management'); // true
 * ```
 */
export const ORG_WORD = /^(?:admin|administrator|analyst|analytics|author|bureau|centre|center|command|company|constabulary|corporate|council|data|department|dept|desk|directorate|disclosure|division|excel|finance|foi|force|group|hq|hr|human|information|intelligence|it|management|microsoft|office|operations|owner|payroll|police|policing|records|resources|service|services|staff|standards|support|system|team|template|unit|user|windows|workforce)$/iu;

/**
 * A personal name written in full in a single value: two to four capitalised words (particles allowed).
 *
 * @example
 * ```ts
 * FULL_NAME_SHAPE.test('Pieter van der Berg'); // true
 * ```
 */
export const FULL_NAME_SHAPE = /^\p{Lu}[\p{L}\p{M}'’-]*(?: (?:van|von|de|der|den|da|di|du|la|le|bin|binti|al|el|ibn|mac|ni|nic|ó|o|\p{Lu}[\p{L}\p{M}'’.-]*)){1,3}$/u;
