/**
 * Column-header classification shared by text tables, CSV, JSON records and spreadsheets.
 *
 * @module
 */
import type { CellContext, EntityType } from './types.js';

/** What a column header says about the values under it. */
export interface HeaderClass {
  readonly type: EntityType;
  /** Finer role for PERSON columns (`surname`, `given`, `initials`, `full`) and for ids (`collar`, `warrant`). */
  readonly role?: string;
}

// Ordered: the first matching rule wins. Patterns are tested against a header folded to lower case
// with separators (`_`, `-`, `.`, `/`, `#`) turned into spaces and runs of spaces collapsed.
const RULES: ReadonlyArray<readonly [RegExp, HeaderClass]> = [
  [/^(?:e ?mail|email address|e mail address|mail|work email|contact email)$/u, { type: 'EMAIL' }],
  [/^(?:date of birth|dob|do b|d o b|birth date|birthdate|born)$/u, { type: 'DATE_OF_BIRTH' }],
  [/^(?:ni|nino|ni no|ni number|nat ins(?: no| number)?|national insurance(?: no| number)?)$/u, { type: 'NI_NUMBER' }],
  [/^(?:nhs|nhs no|nhs number|chi|chi number)$/u, { type: 'NHS_NUMBER' }],
  [/^(?:post ?code|postal code|zip)$/u, { type: 'UK_POSTCODE' }],
  [/^(?:vrm|vrn|reg|reg no|registration|vehicle reg(?:istration)?(?: no| number| mark)?|index|index no|vehicle)$/u, { type: 'VEHICLE_REG' }],
  [/^(?:tel|tel no|telephone(?: no| number)?|phone(?: no| number)?|mobile(?: no| number)?|mob|contact(?: no| number)?|ext|extension)$/u, { type: 'PHONE' }],
  [/^(?:vetting(?: level| status| clearance)?|clearance(?: level)?|security clearance|nppv(?: level)?|vetting lvl)$/u, { type: 'VETTING_LEVEL' }],
  [/^(?:pay(?:roll)? ?(?:no|num|number|ref|id)?|staff (?:no|num|number|id|ref)|employee (?:no|num|number|id|ref)|emp (?:no|id)|personnel (?:no|number)|hr (?:no|number|id)|service no staff no|person id)$/u, { type: 'PAY_NUMBER' }],
  [/^(?:collar|collar (?:no|num|number)|shoulder (?:no|num|number)|shoulder|warrant|warrant (?:no|num|number)|force (?:no|num|number)|fin|service (?:no|num|number)|officer (?:no|num|number|id)|badge(?: no| number)?|epaulette(?: no| number)?|call ?sign no)$/u, { type: 'OFFICER_ID' }],
  [/^(?:rank|rank grade|grade|rank or grade|rank role|job role|role|rank title|position|job title|title rank|substantive rank)$/u, { type: 'POLICE_RANK' }],
  [/^(?:force|police force|constabulary|service|organisation|organization|agency)$/u, { type: 'FORCE' }],
  [/^(?:dept|department|unit|team|squad|command|section|directorate|branch|business area|department unit|unit team)$/u, { type: 'DEPARTMENT' }],
  // Geographic commands (OCU, BCU, division, district, local policing area) are where an officer works: LOCATION.
  [/^(?:location|station|base|base station|posting|posted to|deployment|deployed to|post|work location|office|site|borough|area|district|division|ward|beat|sector|police station|place of work|work base|home station|ocu|bcu|lpa|npa|command unit|basic command unit|operational command unit|local policing area|policing area|area command)$/u, { type: 'LOCATION' }],
  [/^(?:surname|last name|lastname|family name|second name)$/u, { type: 'PERSON', role: 'surname' }],
  [/^(?:forename|forenames|first name|firstname|given name|given names|christian name|first names|middle name|middle names)$/u, { type: 'PERSON', role: 'given' }],
  [/^(?:initial|initials|init|inits|first initial)$/u, { type: 'PERSON', role: 'initials' }],
  [/^(?:name|names|full name|fullname|print name|printed name|name printed|name print|name of officer|officer['’]?s name|officer name|officer|employee|employee name|staff name|staff member|member of staff|attendee|attendee name|delegate|delegate name|participant|person|officer in case|oic|oic name|reporting officer|arresting officer|investigating officer|escort officer|vetting officer|disclosure officer|decision maker|reported by|reporting person|informant|caller|handled by|dealt with by|submitted by|requested by|completed by|authorised by|authorized by|attended by|interviewed by|recorded by|driver|passenger|dp|author|created by|creator|last modified by|modified by|reviewed by|checked by|signed by|prepared by|approved by|manager|line manager|supervisor|contact|contact name|requester|chair|panel|next of kin|nok|emergency contact|witness|victim|suspect|detained person|subject|owner|user|nominal|display name)$/u, { type: 'PERSON', role: 'full' }],
];

/**
 * Folds a header for matching: lower case, separators to spaces, surrounding punctuation removed.
 *
 * @example
 * ```ts
 * foldHeader(' Pay_No. '); // 'pay no'
 * foldHeader('collarNumber'); // 'collar number'
 * ```
 */
export function foldHeader(header: string): string {
  // Headers are nearly always ASCII, and folded once per cell or line that looks like one: there, one pass over
  // the code units does what the regular expressions below do.
  for (let i = 0; i < header.length; i++) if (header.charCodeAt(i) >= 0x80) return foldUnicodeHeader(header);
  return foldAsciiHeader(header);
}

/**
 * The fold's definition, as regular expressions, for any header (the module's {@link foldHeader} uses it for
 * headers with non-ASCII characters; tests hold the one-pass ASCII fold to it).
 *
 * @example
 * ```ts
 * foldUnicodeHeader('NuméroMatricule'); // 'numéro matricule'
 * ```
 */
export function foldUnicodeHeader(header: string): string {
  return header
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .toLowerCase()
    .replace(/[_\-./#:()[\]]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;
/** `_ - . / # : ( ) [ ]` and ASCII white space: a run of them folds to one space. */
const isFoldGap = (c: number): boolean => c === 95 || c === 45 || c === 46 || c === 47 || c === 35 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 32 || (c >= 9 && c <= 13);

/**
 * {@link foldUnicodeHeader} for an ASCII header: a space between a lower-case and an upper-case letter
 * (`collarNumber`), and before the last capital of a run followed by a lower-case letter (`PCName` → `PC Name`),
 * both as in the original text; then lower case, each run of separators and spaces as one space, trimmed.
 */
function foldAsciiHeader(header: string): string {
  const n = header.length;
  let out = '';
  let gap = false;
  for (let i = 0; i < n; i++) {
    const c = header.charCodeAt(i);
    if (isFoldGap(c)) {
      gap = true;
      continue;
    }
    if (gap && out.length > 0) out += ' ';
    gap = false;
    const prev = i > 0 ? header.charCodeAt(i - 1) : 0;
    const next = i + 1 < n ? header.charCodeAt(i + 1) : 0;
    if (out.length > 0 && isUpperAscii(c) && (isLowerAscii(prev) || (isUpperAscii(prev) && isLowerAscii(next)))) out += ' ';
    out += String.fromCharCode(isUpperAscii(c) ? c + 32 : c);
  }
  return out;
}

/**
 * Classifies a column header, or returns undefined for headers that say nothing about personal data.
 *
 * @example
 * ```ts
 * classifyHeader('Pay No'); // { type: 'PAY_NUMBER' }
 * classifyHeader('Surname'); // { type: 'PERSON', role: 'surname' }
 * classifyHeader('Shift'); // undefined
 * ```
 */
export function classifyHeader(header: string): HeaderClass | undefined {
  const h = foldHeader(header);
  if (h.length === 0 || h.length > 40) return undefined;
  for (const [re, cls] of RULES) if (re.test(h)) return cls;
  return undefined;
}

/**
 * True when a table cell's column holds the given type: its classified `columnType` when the caller gave one,
 * else its header classified here.
 *
 * @example
 * ```ts
 * cellColumnIs({ header: 'Pay No' }, 'PAY_NUMBER'); // true
 * cellColumnIs(undefined, 'PAY_NUMBER'); // false
 * ```
 */
export function cellColumnIs(cell: CellContext | undefined, type: EntityType): boolean {
  if (cell === undefined) return false;
  if (cell.columnType !== undefined) return cell.columnType === type;
  return cell.header !== undefined && classifyHeader(cell.header)?.type === type;
}
