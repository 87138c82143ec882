/**
 * Patterns for person names. All are linear-time: each repetition is delimited by a character the next cannot start with.
 *
 * @module
 */

/** One letter or combining mark (tested on a single UTF-16 unit by the name tokenizer). */
export const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** Lower-case name particles between two capitalised words: ` de `, ` van der `, ` bin `, ` al-`, ` ap `. */
export const PARTICLE_GAP = /^ (?:(?:de|van|von|der|den|da|di|du|le|la|las|los|dos|das|del|della|ter|ten|zu|bin|binti|ibn|ben|bint|al|el|ap|ab|y|e) ?[ -]){1,3}$/u;

/**
 * Lower-case particles just before a capitalised name (`al-`, `van der `, `bin `, `dos `); group 1 is the particles.
 * No particle has more than five letters: the name detector skips this test after a longer word.
 */
export const PARTICLE_BEFORE = /(?:^|[\s(])((?:(?:van|von|de|der|den|da|di|du|le|la|dos|das|del|della|bin|binti|ibn|al|el|ap|ab|ter|ten|ní|nic|mac|ó|ua)[ -]){1,4})$/u;

/** An age after a name in news style: `Wibowo, 46,`. */
export const AGE_AFTER = /^, (?:aged )?\d{1,2},/u;

/** A sign-off line: `Thanks,`, `Kind regards`, `Yours sincerely`. */
export const SIGN_OFF_LINE = /^[ \t]*(?:many thanks|thanks(?: again| very much)?|thank you|regards|kind regards|best regards|warm regards|with regards|best wishes|best|cheers|yours sincerely|yours faithfully|yours truly|sincerely|respectfully|all the best|speak soon|signed|sent by)(?:[ \t]*[,.!])?[ \t]*$/iu;

/** Verbs and linking words that follow a person's name in reporting prose (`Nowak joined`, `Smith, who`). */
export const SPEECH_AFTER = /^,? (?:said|says|told|tells|added|adds|stated|states|confirmed|explained|wrote|writes|commented|replied|asked|noted|warned|admitted|denied|joined|retired|resigned|attended|was|is|has|had|will|would|can|could|should|did|does|who|and his|and her|herself|himself|appeared|gave|described|rang|called|emailed|texted|phoned|spoke|picks|picked|covers|covered|knows|thinks|wants|needs)\b/u;

/** Words after a capitalised run that make it a place: `Perry Barr police station`, `Hammersmith Police`. */
export const PLACE_AFTER = /^ (?:police station|station|police|constabulary|custody suite|magistrates|crown court|borough|council|city council|town|area|district|road|street|lane)\b/iu;

/** The rest of a line holds only spaces, commas or dots. */
export const LINE_REST_EMPTY = /^[\s,.]*$/u;

/** What may follow a lone surname found again by coreference when it is also an ordinary word (`Young said`, `Park was`). */
export const COREF_AFTER = /^(?:\s*$|[,.;:!?)'’"]|\s(?:said|told|was|is|has|had|added|joined|who|and)\b)/u;

/**
 * The end of a phrase after `Smith, John`: punctuation, a line end, end of text, a parenthesis (`Whitlock, Tobias
 * (DC)`, `ZHAO, Lei (DOB …)`), an address in angle brackets (`Ng, Grace <grace.ng@…>`), a spaced dash (`Saeed,
 * Bilal – PC 2841`), a column gap (a tab or two spaces), ` & ` between defendants (`Papadakis, Eleni & Kyriakou,
 * Stavros`), or a lower-case word other than `and`/`or`.
 */
export const PHRASE_END = /^(?:$|[.;:!?)\n\r]|[ \t]+[(<]|[ \t]+[\u2013\u2014-][ \t]|\t| {2}| & |\s+(?!and\b|or\b)\p{Ll})/u;

/** After a greeted name: a comma, `!`, `.`, `:`, a line break or the end. */
export const GREETING_AFTER = /^(?:[ \t]*[,!.:\r\n]|[ \t]*$)/u;

/** An e-mail address in angle brackets after a name: `From: Jun Wang <jun.wang@…>`. */
export const MAIL_AFTER = /^[ \t]*<[^>\s]{1,64}@/u;

/** A collar, shoulder or warrant number as one word: `11669`, `6782BS`, `AB1234`. */
export const COLLAR_TOKEN = /^(?:\d{2,7}[A-Z]{0,4}|[A-Z]{1,2}\d{2,6})$/u;

/** An age between commas after a word, before `of` (`Dmitri Volkov, 41, of Page Hall`). */
export const AGE_BEFORE_OF = /\p{L}, \d{1,3}, ?$/u;

/** The start of a quoted earlier message under a reply: `-----Original Message-----`, `From:`, `On 3 May, … wrote:`, `Sent from my…`. */
export const QUOTED_MESSAGE = /^(?:-{2,} ?(?:Original Message|Forwarded message)|From:|On [^\n]{1,60} wrote:|Sent from )/iu;

/** The end of `R v `, `PF v `, `… Ireland v. `, `Smith vs `: a case party's name follows. */
export const CASE_PARTY_BEFORE = /\p{L} vs?\.? $/u;

/**
 * What the police and courts do to a person, right after the name: `Treinen was bailed`, `Nowak has been charged`,
 * `Kaur appeared`. Strong enough for a name no lexicon knows.
 */
export const JUSTICE_AFTER = /^,? (?:(?:was|were|is|has been|had been|will be) (?:bailed|charged|arrested|remanded|sentenced|jailed|cautioned|convicted|dismissed|interviewed|released|detained|acquitted|suspended|reprimanded|summonsed|found guilty)|appeared|pleaded|admitted|denied)\b/u;

/**
 * A role or a relation in parentheses right after a name: `Rolar Dreind (independent panel member)`, `Maro Pezhux
 * (sister)`, `Guzaiq Vuvodeithaiske (FOI Decision Maker)`. A few words, the last of them a person's role.
 */
export const ROLE_IN_PARENTHESES_AFTER =
  /^ ?\((?:[\p{L}'’-]+ ){0,3}(?:member|chair|chairman|chairwoman|chairperson|officer|manager|lead|maker|reviewer|author|analyst|investigator|handler|supervisor|interpreter|adult|witness|victim|suspect|complainant|solicitor|colleague|friend|neighbour|partner|sister|brother|mother|father|son|daughter|wife|husband|cousin|uncle|aunt|nephew|niece|grandmother|grandfather|carer|guardian|parent|kin|nok|caller|informant|driver|passenger|owner|advisor|adviser|rep|representative|secretary|clerk|coordinator|co-ordinator|administrator|assistant|director|head|deputy)\)/iu;

/** A person's own number after the name and a comma: `, payroll no. 10572231`, `, collar number 4521`. */
export const ID_CUE_AFTER = /^, (?:payroll|pay|staff|employee|collar|shoulder|warrant|service) (?:no\b|number\b|num\b|nr\b)/iu;

/**
 * After a name opening a line, what makes it the person addressed: a comma, the line's end and a blank line
 * (`Lokobisk,` over the message; an address line such as `Lloyd House,` has the next line under it), or a comma
 * and a request (`Sour, could you cover`).
 */
export const VOCATIVE_AFTER = /^,(?:[ \t]*\r?\n[ \t]*\r?\n| (?:could|can|would|will|are|have|did|do) you\b| please\b| just\b)/u;
