/**
 * Patterns for dates of birth: dates in numeric and written forms, and the words that mark a date as one.
 *
 * @module
 */

/** Month names and abbreviations, as one alternation (longest first). */
const MONTH = 'january|february|march|april|may|june|july|august|september|october|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec';

/**
 * A date: `26/03/1995`, `26-03-1995`, `26.03.95`, `1995-03-26`, `3 March 1986`, `3 Mar 86`, `3rd of March 1986`,
 * `March 3, 1986`, `3-Mar-1986`. Named groups give the parts.
 */
export const DOB_DATE = /* @__PURE__ */ new RegExp(
  '(?<![\\p{L}\\p{N}/.-])(?:' +
    '(?<d1>\\d{1,2})(?<s1>[/.-])(?<m1>\\d{1,2})\\k<s1>(?<y1>\\d{4}|\\d{2})' +
    '|(?<y2>\\d{4})(?<s2>[/.-])(?<m2>\\d{1,2})\\k<s2>(?<d2>\\d{1,2})' +
    `|(?<d3>\\d{1,2})(?:st|nd|rd|th)?(?: of)?[ -](?<m3>${MONTH})\\.?,?[ -](?<y3>\\d{4}|\\d{2})` +
    `|(?<m4>${MONTH})\\.? (?<d4>\\d{1,2})(?:st|nd|rd|th)?,? (?<y4>\\d{4})` +
    ')(?![\\p{L}\\p{N}]|[/.:-]\\d)',
  'giu',
);

/**
 * Birth words in lower, title or upper case, found anywhere (global; the detector checks the word
 * boundary before), and `b.` for born in parentheses (`McGlinchey (b. 15.04.1979)`): the detector looks for dates
 * just after each.
 */
export const DOB_KEYWORD = /(?:[Bb]orn|BORN|[Dd]\.?[Oo]\.?[Bb]\.?|[Dd]ate [Oo]f [Bb]irth|DATE OF BIRTH|[Bb]irth ?[Dd]ate|BIRTH ?DATE|[Bb]irthday|BIRTHDAY|(?<=\()b\.)(?![\p{L}\p{N}])/gu;

/** An age (global): `(34)`, `(aged 34)`, `(34 yrs)`, `aged 34`. The detector looks for a date just before each. */
export const AGE_MENTION = /\((?:[Aa]ged? )?\d{1,3}(?: ?(?:yrs?|years?(?: old)?|y\/o))?\)|(?:[Aa]ged?|AGED?) \d{1,3}(?!\d)/gu;

/**
 * An age just after a date: `(aged 34)`, `(age 34)`, `(34)`, `(34 yrs)`, `, aged 34`, ` - aged 34`.
 * Group 1 or 2 is the age; the detector checks that date + age is not in the future.
 */
export const DOB_AFTER = /^ {0,2}\((?:aged? )?(\d{1,3})(?: ?(?:yrs?|years?(?: old)?|y\/o))?\)|^[ ,;–-]{1,3}\(?aged? (\d{1,3})(?!\d)/iu;

/** Words between a birth word and a date that show the date is something else (`DOB unknown, hearing on …`). */
export const DOB_GAP_REJECT = /unknown|not known|n\/k|withheld|redacted|hearing|expir|report|review|due|arrest|incident|interview|charged|died|death|issued/iu;

/** Headers of a date-of-birth column or label. */
export const DOB_HEADER = /^(?:d\.?o\.?b\.?|date of birth|birth ?date|born|date of birth \/ age|dob \/ age)$/iu;
