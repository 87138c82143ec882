/**
 * Regular expressions of the re-identification risk module: name-string parsing, column headers and origin cues.
 * All are anchored or single-token, so their cost is linear in the input.
 *
 * @module
 */

/** Runs of whitespace and commas that separate the tokens of a written name. */
export const RISK_NAME_SPLIT = /[\s,]+/u;
/** A token made only of initials: `J`, `JW`, `J.`, `J.W.`, `R.A` (one to four capital letters, dots optional). */
export const RISK_INITIALS_TOKEN = /^(?:\p{Lu}\.?){1,4}$/u;
/** An upper-case word of two letters or more (`SMITH`, `O'NEILL`), the usual mark of a surname written first. */
export const RISK_UPPER_WORD = /^\p{Lu}[\p{Lu}'’-]+$/u;
/** Titles and rank abbreviations dropped from the front of a name before the risk lookup. */
export const RISK_TITLE = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|lord|lady|rev|pc|dc|ds|di|dci|dsu|sgt|insp|supt|pcso|sc|ps|det|con|ch|cst|t\/dc|a\/sgt)\.?$/iu;
/** Lower-case particles that belong to the surname that follows them (`de la Cruz`, `bin Hassan`, `van der Berg`). */
export const RISK_PARTICLE = /^(?:de|da|das|dos|del|della|der|den|di|du|la|le|van|von|ter|bin|binti|bint|ibn|al|el|ap|ní|nic|mac|st)$/iu;

/** Column headers naming a surname column. */
export const RISK_SURNAME_HEADER = /^(?:sur\s?name|last\s?name|family\s?name|lname)$/iu;
/** Column headers naming a given-name column. */
export const RISK_GIVEN_HEADER = /^(?:fore\s?names?|first\s?names?|given\s?names?|christian\s?name|fname)$/iu;
/** Column headers naming an initials column. */
export const RISK_INITIALS_HEADER = /^(?:initials?|first\s?initials?)$/iu;
/** Column headers naming a whole-name column. */
export const RISK_FULLNAME_HEADER = /^(?:(?:full|officer(?:'s)?|staff|employee|person)?\s?name|name\s?of\s?(?:officer|employee))$/iu;

/** Given-name endings typical of Sikh and Punjabi names (`Harpreet`, `Amarjit`, `Sukhvinder`, `Kuldeep`). */
export const RISK_PUNJABI_GIVEN = /(?:preet|jit|jeet|inder|vinder|deep|want)$/u;
/** Surname endings typical of Polish, Czech, Slovak, Ukrainian, Russian, Romanian and Balkan names. */
export const RISK_EAST_EUROPEAN_SURNAME = /(?:ski|ska|cki|cka|wicz|czyk|czak|enko|chuk|escu|ova|eva|ovic|evic|ic)$/u;
/** Name beginnings typical of Yoruba and Igbo names (`Oluwaseun`, `Adebayo`, `Chukwuemeka`, `Nwosu`, `Onyekachi`). */
export const RISK_WEST_AFRICAN_START = /^(?:oluwa|olu[bdfkmsw]|ade[bdgjkmorswy]|ayo[bdt]|oye|ogun|chukwu|chi(?:d|ma|ne|nw|oma|amaka|ka)|nw[aeo]|onye|ifeoma|tolu|temi|funmi|yetunde|babatunde|oba)/u;
/** Arabic surnames as written: the article with a hyphen, space or apostrophe (`al-Rashid`, `El Sayed`), or `Abdul…`/`Abdel…`. */
export const RISK_ARABIC_SURNAME = /^(?:(?:al|el)[\s'’-]|abd[ae]?[lu]l?[\s-]?\p{L})/iu;
