/**
 * Patterns for workplace locations.
 *
 * @module
 */

/**
 * Words shortly before a bare place that make it where someone works: `based at`, `stationed in`, `posted to`,
 * `working from`, `on duty at`, `attached to`, `transferred to`, `covers`. Tested on the lower-cased text just
 * before the place; anchored at the end.
 */
export const WORKPLACE_CUE =
  /\b(?:based|stationed|posted|working|works|work|worked|duty|duties|attached|transferred|transfers|transfer|moved|moves|moving|seconded|deployed|serving|serves|served|station|unit|team|squad|department|command|branch|group|nick|office|custody|police|officers?|constables?|sergeants?|inspectors?|colleagues?|beat|patrol|crew|counter|shift|shifts)(?:[ \t]+[\p{Lu}\p{Ll}]+)?(?:[ \t]+out)?[ \t]+(?:at|in|from|to|of|on|for)[ \t]+$/u;

/** Words that follow a place and make it a police workplace (`Brixton Police Station`, `Leith police office`, `Croydon custody suite`). */
export const STATION_TAIL = /^ (?:police station|police office|custody suite|custody centre|police hq|police headquarters|police centre|station|nick|police post)\b/iu;

/** Words just before a place that make it a home, birthplace or visit rather than a workplace. */
export const NOT_WORKPLACE_CUE = /\b(?:born|lives|lived|living|resident|resides|residing|home|address|holiday|visiting|visited|died|married|school|university|college)\b/u;

/** A rank, officer-in-case or collar cue earlier on the same line (`OIC: PCSO Z. Ionescu 4979, Chelmsford`). */
export const OFFICER_LINE_CUE = /\b(?:OIC|PC|DC|DS|PS|DI|DCI|Sgt|Insp|PCSO|SPC|TDC|Supt|officer|Officer|collar|Collar|Constable|Sergeant|Inspector|Superintendent|Detective)\b/u;

/** Words after a town that name a station or area after it: `Leicester Central`, `Aldershot North`, `Glasgow City Centre`. */
export const PLACE_TAIL = /^ (?:Central|North|South|East|West|City Centre|Town Centre)(?![\p{L}\p{N}])/u;

/** After a place, its own police: `Hackney's new borough commander`, `Colindale custody`, `Leeds's officers`. */
export const PLACE_POLICE_AFTER = /^(?:['\u2019]s (?:new |former |local )?(?:borough commander|district commander|area commander|police|officers|neighbourhood|response|custody|cid)\b| custody\b)/u;

/** After a place, its team (`the Hucknall team`, `Leeds officers`): taken only where no capitalised word precedes the place (`Bath Rugby team`). */
export const PLACE_TEAM_AFTER = /^ (?:team|response team|officers)\b/u;

/** One to three capitalised words (tried sticky after Welsh premises words: `gorsaf heddlu Caernarfon`). */
export const CAPITALISED_WORDS = /\p{Lu}[\p{L}'\u2019-]*(?: \p{Lu}[\p{L}'\u2019-]*){0,2}/uy;
