/**
 * Patterns for police ranks and the officer numbers that follow them.
 *
 * @module
 */

/** What may follow an ambiguous rank abbreviation for it to count: a capitalised name, an initial or a number. */
export const RANK_FOLLOWER = /^[ \t]{1,3}(?:\p{Lu}|\d)/u;

/** An officer number token as it follows a rank: 1–6 digits with up to 3 letters (`4521`, `580RA`, `4521MPS`), or 1–2 letters and digits (`AB123`). */
export const OFFICER_NUMBER_TOKEN = /^(?:\d{1,6}[A-Z]{0,3}|[A-Z]{1,2}\d{2,5})$/u;

/** A rank fused with a number of 3–6 digits in one token (`PC4521`, `PCSO7012`, `DC580RA`; `PS94` is more often a callsign): rank in group 1, number in group 2. */
export const RANK_WITH_NUMBER = /^(PCSO|SPC|PC|PS|DC|DS|TDC|Sgt|SGT|Insp|INSP)(\d{3,6}[A-Z]{0,3})$/u;

/** `Rt Hon` / `Right Honourable` shortly before `PC` marks a Privy Counsellor, not a constable. */
export const PRIVY_COUNSELLOR_CUE = /\b(?:Rt\.? Hon|Right Hon(?:ourable)?)\b/u;

/** A four-digit year (1900–2099), which a bracketed number after a name usually is. */
export const YEAR_TOKEN = /^(?:19|20)\d\d$/u;

/**
 * Words that make a rank followed by a number a count (`headcount by rank: Constable 1827`), looked for earlier
 * on the same line.
 */
export const RANK_COUNT_CUE = /\b(?:head ?counts?|by rank|numbers? of|totals?|counts?|figures|breakdown|establishment|strength|fte|per rank|how many)\b/iu;
/** After a rank's number: `, Sergeant 145` — another capitalised word and a number: a list of counts. */
/** Before a rank: `…Constable 3 | ` or `…, ` after a number: the rank closes a list of counts (`… | Sergeant 498`). */
export const RANK_COUNT_LIST_BEFORE = /\d(?:[,;]| \|) $/u;
export const RANK_COUNT_LIST_AFTER = /^(?:[,;]| \|) \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3} \d/u;
/** A full rank word (not an abbreviation such as `PC`), at the start of a rank-and-number pair. */
export const RANK_COUNT_FULL_RANK = /^(?:Police |Detective |Chief |Special |Deputy |Assistant )*(?:Constables?|Sergeants?|Inspectors?|Superintendents?|Commanders?|PCSOs?)\b/u;
