/**
 * PERSON: names of people of every origin, from rank and title anchors, name lexicons with frequency classes,
 * name shape (initials, particles, surname-first and upper-case surnames), sentence, greeting, sign-off and
 * table context. Expensive checks run only on runs of capitalised words.
 *
 * @module
 */
import { lazy } from '../core/lazy.js';
import { defineDetector, headerClass, makeFinding } from '../core/detector.js';
import { PiiError } from '../core/errors.js';
import { foldHeader } from '../core/headers.js';
import {
  AGE_AFTER,
  AGE_BEFORE_OF,
  COLLAR_TOKEN,
  CASE_PARTY_BEFORE,
  COREF_AFTER,
  ID_CUE_AFTER,
  VOCATIVE_AFTER,
  JUSTICE_AFTER,
  ROLE_IN_PARENTHESES_AFTER,
  GREETING_AFTER,
  LINE_REST_EMPTY,
  MAIL_AFTER,
  PHRASE_END,
  LETTER_OR_MARK,
  PARTICLE_BEFORE,
  PARTICLE_GAP,
  PLACE_AFTER,
  QUOTED_MESSAGE,
  SIGN_OFF_LINE,
  SPEECH_AFTER,
} from '../core/regex/personName.js';
import { isWordChar } from '../core/text.js';
import type { DetectContext, Detector, Finding } from '../core/types.js';
import { NAME_PLACES, NAME_WORDS } from '../data/names/ambiguousNames.gen.js';
import { COMMON_WORDS } from '../data/names/commonWords.gen.js';
import { GIVEN_COMMON, GIVEN_FREQUENT, GIVEN_RARE } from '../data/names/givenNames.gen.js';
import { NAME_PARTS } from '../data/names/nameParts.gen.js';
import { SURNAME_COMMON, SURNAME_FREQUENT, SURNAME_RARE } from '../data/names/surnames.gen.js';
import { DEPARTMENT_ACRONYMS } from '../data/police/departments.js';
import { policeRank } from './policeRank.js';

/**
 * Options of {@link personName}.
 *
 * @example
 * ```ts
 * const o: PersonNameOptions = { ranks: false };
 * ```
 */
export interface PersonNameOptions {
  /** Use police ranks found by `policeRank()` as anchors (default true). */
  readonly ranks?: boolean;
  /** Extra name parts (given names or surnames) to treat as known, e.g. from a force's own staff list. */
  readonly extraNames?: readonly string[];
}

/** What the lexicons know about a folded word. Bit flags. */
const GIVEN = 1;
const SURNAME = 2;
const PART = 4;
const WORD = 8;
const PLACE = 16;
const COMMON = 32;
const STOP = 64;
const FREQUENT = 128;

/** Lexicon lookups, built on the first detect call of a detector and shared by its later calls. */
interface Lexicon {
  readonly flags: Map<string, number>;
}

/**
 * Capitalised words that are never a name or that end one: function words, document and police vocabulary,
 * months and days, greetings, generic addressees (`Dear Requester`), organisation words.
 */
const STOP_WORDS =
  'a an and the of in on at to for from by with as is was are were be been it its this that these those there here if when where who what which why how ' +
  'i we you he she they me us him her them my our your his their not no yes or but so all any each every some other another new old ' +
  'dear hi hello hey thanks thank regards kind best yours sincerely faithfully cheers please re fw fwd subject cc bcc sent attachment attachments ' +
  'requester requestor applicant colleague colleagues sir madam sirs team all everyone officer officers staff member members manager customer client ' +
  'police constabulary service services force forces station stations unit units department departments team teams squad command division branch section office ' +
  'street road avenue drive close place square crescent terrace gardens parade mews valley bay quay wharf harbour docks keynes ' +
  'county borough city town village district region northern southern eastern western central greater upper lower saint st ' +
  'monday tuesday wednesday thursday friday saturday sunday january february march july september october november december ' +
  'mon tue tues wed thur thurs fri sat feb apr jul aug sep sept oct nov dec ' +
  // Sentence openers that are not in the common-word list (`Then Nicola Kerr left`, `Both Smith and …`).
  'then later afterwards afterward earlier even both still overall instead otherwise soon tonight lastly firstly secondly thirdly ' +
  'furthermore moreover nevertheless nonetheless regardless accordingly consequently therefore thus hence ' +
  // Imperatives opening a sentence before a name (`Tell Yasmin …`, `Ask Leon …`); forms of address and contractions.
  "tell ask ring send let get ma'am i'll i'm i've i'd o'clock " +
  'sergeant inspector superintendent commissioner commander detective chief deputy assistant acting temporary special constable pcso sgt insp supt cmdr ' +
  'act acts freedom information request response review appeal complaint hearing panel misconduct gross notice report record records annex appendix schedule ' +
  'table figure page item note notes section part chapter paragraph ref reference tel telephone mob mobile fax email e-mail phone ext address ' +
  'crown court magistrates tribunal council government ministry home secretary mp minister university college school hospital nhs bbc itv ' +
  'limited ltd plc inc group company trust association federation union society centre center house hall building tower ' +
  'rank grade role name names surname forename initials collar warrant pay number vetting location base shift callsign driver observer operator ' +
  'world online direct express plus pro ltd investigation investigations protection operations justice abuse crime policing standards support response intelligence custody services rights legacy major serious organised firearms traffic roads dog neighbourhood criminal child public professional economic ' +
  'official sensitive secret restricted confidential protected internal external public private personal data redacted ' +
  'mr mrs ms miss mx dr sir dame prof professor lord lady rev revd ' +
  'english british scottish welsh irish uk gb usa eu britain kingdom england scotland wales ireland great united national royal';

/** Name parts that are also ordinary capitalised words often enough that they need two pieces of evidence. */
const EXTRA_AMBIGUOUS =
  'will mark young rose grant bishop summer chase prior hope constable may june april august faith grace joy bell page case ' +
  'hunter cook baker mason miller archer carter fisher porter potter taylor turner walker ward wood hill field brook lane ' +
  'white black brown green gray grey gold silver long short little small strong sharp sweet rich hall king queen prince ' +
  'major general officer judge law best lord duke earl baron knight sergeant dean parsons chancellor marshal sheriff ' +
  'frank earnest ernest guy jack jay jean joe art bill bob rob sue pat chip dawn eve ivy holly iris fern heather ' +
  'sterling north south east west day knight love price rice cash nash read reid wise wild lamb fox wolf crow swan drake ' +
  'early late rank sky storm rain snow frost winter spring autumn lord castle church temple abbey chapel sunday friday monday tuesday ' +
  'paris london victoria lincoln chester washington jersey chelsea kent devon essex york florence sydney austin dallas houston ' +
  'christian christmas easter noel charity patience prudence honor honour trinity destiny heaven angel princess duchess ' +
  'jan jun sun mar may june april august dale cross gate end thu ' +
  'max rusty buck buddy sonny sunny lane court park green view rise grove row walk way ward north south east west';

interface Token {
  start: number;
  end: number;
  /** Folded text. */
  key: string;
  flags: number;
  /** One to three capital letters, optionally dotted: `J`, `RA`, `R.A.`. */
  initial: boolean;
  /** All upper case, two letters or more (`SMITH`). */
  caps: boolean;
  /** A rank word covered by a POLICE_RANK finding, or a title. */
  anchor: 'rank' | 'title' | null;
  /** Stop word: never part of a name. */
  stop: boolean;
  /** Ends a run (possessive, sentence punctuation after it). */
  breakAfter: boolean;
}

/**
 * Tokens no candidate holds any more, for the tokenizer to fill again: few tokens outlive their run, so few are made.
 * A stack with its own size (an array that is popped empty and pushed again would reallocate its storage).
 */
interface TokenPool {
  readonly tokens: Token[];
  size: number;
}

function releaseToken(pool: TokenPool, t: Token): void {
  pool.tokens[pool.size++] = t;
}

/** A token whose fields the caller sets. */
function reuseToken(pool: TokenPool): Token {
  if (pool.size > 0) return pool.tokens[--pool.size] as Token;
  return { start: 0, end: 0, key: '', flags: 0, initial: false, caps: false, anchor: null, stop: false, breakAfter: false };
}

/**
 * Folds a name for lexicon lookups: lower case, diacritics removed, special letters spelt out (`Łukasz` → `lukasz`).
 *
 * @example
 * ```ts
 * foldName('Siobhán'); // 'siobhan'
 * ```
 */
export function foldName(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łŀ]/gu, 'l')
    .replace(/[øœ]/gu, 'o')
    .replace(/[đð]/gu, 'd')
    .replace(/ß/gu, 'ss')
    .replace(/æ/gu, 'ae')
    .replace(/ı/gu, 'i')
    .replace(/þ/gu, 'th')
    .replace(/[’‘ʼ]/gu, "'");
}

function addAll(map: Map<string, number>, joined: string, flag: number): void {
  let start = 0;
  const n = joined.length;
  while (start < n) {
    let sp = joined.indexOf(' ', start);
    if (sp === -1) sp = n;
    if (sp > start) {
      const k = joined.slice(start, sp);
      map.set(k, (map.get(k) ?? 0) | flag);
    }
    start = sp + 1;
  }
}

/** The lexicon without caller-supplied names: built on first use, then shared read-only by every instance. */
const defaultLexicon = /* @__PURE__ */ lazy(() => buildLexicon([]));

function buildLexicon(extra: readonly string[]): Lexicon {
  const flags = new Map<string, number>();
  addAll(flags, GIVEN_FREQUENT, GIVEN | FREQUENT);
  addAll(flags, GIVEN_COMMON, GIVEN);
  addAll(flags, GIVEN_RARE, GIVEN);
  addAll(flags, SURNAME_FREQUENT, SURNAME | FREQUENT);
  addAll(flags, SURNAME_COMMON, SURNAME);
  addAll(flags, SURNAME_RARE, SURNAME);
  addAll(flags, NAME_PARTS, PART);
  addAll(flags, NAME_WORDS, WORD);
  addAll(flags, NAME_PLACES, PLACE);
  addAll(flags, COMMON_WORDS, COMMON);
  addAll(flags, STOP_WORDS, STOP);
  // Curated words-that-are-names: names needing evidence, never plain stop words.
  addAll(flags, EXTRA_AMBIGUOUS, WORD | PART);
  for (const k of EXTRA_AMBIGUOUS.split(' ')) {
    const f = flags.get(k);
    if (f !== undefined) flags.set(k, f & ~(COMMON | STOP));
  }
  for (const e of extra) for (const part of e.split(/\s+/u)) if (part !== '') addAll(flags, foldName(part), PART);
  return { flags };
}

const NAME_FLAGS = GIVEN | SURNAME | PART;
const isName = (f: number): boolean => (f & NAME_FLAGS) !== 0;
/** A lexicon name that is not also an ordinary word or place. */
const isStrong = (f: number): boolean => isName(f) && (f & (WORD | PLACE | COMMON | STOP)) === 0;

function isUpper(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const s = String.fromCharCode(c);
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

function allUpper(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

/** True when the token sits inside an e-mail address, URL, file name or identifier. */
function embedded(text: string, start: number, end: number, singleLetter: boolean): boolean {
  if (singleLetter) return (start > 0 && text.charCodeAt(start - 1) === 64) || (end < text.length && text.charCodeAt(end) === 64);
  const b = start > 0 ? text.charCodeAt(start - 1) : 32;
  const rankSlash = b === 47 && start > 1 && isUpper(text.charCodeAt(start - 2)) && (start < 3 || !isWordChar(text.charCodeAt(start - 3)));
  if (b === 64 || b === 95 || (b === 47 && !rankSlash) || b === 92 || (b >= 48 && b <= 57) || (b === 46 && start > 1 && isWordChar(text.charCodeAt(start - 2)))) return true;
  const a = end < text.length ? text.charCodeAt(end) : 32;
  if (a === 64 || a === 95 || (a >= 48 && a <= 57)) return true;
  if (a === 46 && !singleLetter && end + 1 < text.length && isWordChar(text.charCodeAt(end + 1))) return true;
  return false;
}

/**
 * Where findings of a table column or `Label:` line say what a cell holds ("a person's name goes here", or `other`),
 * sorted by start. Parallel arrays: a long table makes no object per cell.
 */
interface NameCells {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly roles: readonly string[];
  /** End of the last segment scored in each cell (-1: none yet), written as the text is scanned. */
  readonly lastEnd: Int32Array;
  /** The last cell {@link cellFor} found: lookups move forward through the text. */
  hint: number;
  /** `column:<role>` evidence, one string per role. */
  readonly reasons: Map<string, string>;
}

/** A message's header labels whose values are people (read only on `Label: value` lines). */
const MAIL_HEADERS: ReadonlySet<string> = /* @__PURE__ */ new Set(['from', 'to', 'cc', 'bcc', 'sender', 'recipient', 'recipients']);
const PLAIN_NAME_HEADERS = /* @__PURE__ */ new Set([
  'name', 'names', 'full name', 'fullname', 'officer name', 'employee name', 'staff name', 'officer', 'employee', 'display name', 'person', 'employee_name',
  // Labels whose value is a person's name and nothing else (unlike `Subject`, `Contact` or `Panel`).
  'print name', 'printed name', 'name printed', 'name print', 'name of officer', "officer's name", 'officer’s name', 'officers name', 'attendee',
  'attendee name', 'delegate', 'delegate name', 'participant', 'detained person', 'dp', 'driver', 'passenger', 'victim', 'suspect', 'reported by',
  'reporting person', 'informant', 'arresting officer', 'reporting officer', 'investigating officer', 'escort officer', 'vetting officer',
  'officer in case', 'oic', 'oic name', 'next of kin', 'nok', 'supervisor', 'line manager',
]);

function roleOf(header: string, role: string | undefined): string {
  if (role !== undefined && role !== 'full') return role;
  return PLAIN_NAME_HEADERS.has(foldHeader(header)) ? 'name' : 'full';
}

function nameCells(text: string, ctx: DetectContext): NameCells {
  const cell = ctx.cell;
  if (cell !== undefined) {
    const cls = cell.header !== undefined ? headerClass(ctx, cell.header) : undefined;
    if (cell.columnType === 'PERSON' || cls?.type === 'PERSON') return sortedNameCells(Int32Array.of(0), Int32Array.of(text.length), [cell.role ?? roleOf(cell.header ?? 'name', cls?.role)]);
    return sortedNameCells(new Int32Array(0), new Int32Array(0), []);
  }
  // Headers repeat on every row: classify each distinct header once.
  const roleByHeader = new Map<string, string | null>();
  const all = ctx.tableCells();
  const starts = new Int32Array(all.length);
  const ends = new Int32Array(all.length);
  const roles: string[] = [];
  for (let k = 0; k < all.length; k++) {
    const c = all[k] as (typeof all)[number];
    if (c.end <= c.start) continue;
    let role = roleByHeader.get(c.header);
    if (role === undefined) {
      const cls = headerClass(ctx, c.header);
      role = cls === undefined ? null : cls.type === 'PERSON' ? roleOf(c.header, cls.role) : 'other';
      roleByHeader.set(c.header, role);
    }
    // `From: Bleind Zour`, `To: Sour Sudikweth; Kwebleiq Trabloulv`: a message's header lines name people. (A
    // `From`/`To` table column may hold places: only `Label: value` lines, row 0, count.)
    if (role === null && c.row === 0 && MAIL_HEADERS.has(c.header.trim().toLowerCase())) role = 'mail';
    if (role === null) continue;
    starts[roles.length] = c.start;
    ends[roles.length] = c.end;
    roles.push(role);
  }
  return sortedNameCells(starts.subarray(0, roles.length), ends.subarray(0, roles.length), roles);
}

function sortedNameCells(starts: Int32Array, ends: Int32Array, roles: string[]): NameCells {
  const order = stableOrderByStart(starts);
  const state = { lastEnd: new Int32Array(starts.length).fill(-1), hint: 0, reasons: new Map<string, string>() };
  if (order === undefined) return { starts, ends, roles, ...state };
  return { starts: Int32Array.from(order, (k) => starts[k] as number), ends: Int32Array.from(order, (k) => ends[k] as number), roles: order.map((k) => roles[k] as string), ...state };
}

function columnReason(cells: NameCells, role: string): string {
  let r = cells.reasons.get(role);
  if (r === undefined) {
    r = `column:${role}`;
    cells.reasons.set(role, r);
  }
  return r;
}

/**
 * The order that sorts spans by start, keeping equal starts in place (as a stable sort does), or `undefined` when
 * they are sorted already (the usual case: table cells and rank findings come in text order).
 */
function stableOrderByStart(starts: ArrayLike<number>): number[] | undefined {
  let sorted = true;
  for (let k = 1; k < starts.length && sorted; k++) sorted = (starts[k - 1] as number) <= (starts[k] as number);
  if (sorted) return undefined;
  return Array.from({ length: starts.length }, (_, k) => k).sort((a, b) => (starts[a] as number) - (starts[b] as number));
}

/** Index of the name cell holding `[start, end)`, or -1. */
function cellFor(cells: NameCells, start: number, end: number): number {
  const { starts } = cells;
  // The first cell starting after `start` is sought. Lookups mostly move forward a cell or two from the last one
  // found: a few steps from there, else a binary search.
  let lo = 0;
  let hi = starts.length;
  const h = cells.hint;
  if (h < hi && (starts[h] as number) <= start) {
    lo = h + 1;
    for (let k = 0; k < 4 && lo < hi && (starts[lo] as number) <= start; k++) lo++;
    if (lo === hi || (starts[lo] as number) > start) hi = lo;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) <= start) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0) cells.hint = lo - 1;
  return lo > 0 && end <= (cells.ends[lo - 1] as number) ? lo - 1 : -1;
}

/** True when the text between two tokens lets them belong to one name. */
function joins(text: string, a: Token, b: Token): boolean {
  const len = b.start - a.end;
  // `J.K. Rowntree`, `Smith, J.K.`: initials closed up with dots.
  if (len === 1) return text.charCodeAt(a.end) === 32 || (text.charCodeAt(a.end) === 46 && a.initial && a.end - a.start === 1 && b.end - b.start === 1);
  if (len > 14 || len < 1) return false;
  // Tested on the code units: most gaps (numbers, line breaks, punctuation) join nothing and are never sliced.
  const c0 = text.charCodeAt(a.end);
  const c1 = text.charCodeAt(a.end + 1);
  if (c0 === 46) {
    // `J. Smith`, `Dr. Okafor`, `J. de Souza`.
    if (len === 2 && c1 === 32) return a.initial || a.anchor === 'title';
    return a.initial && particlesAt(text, a.end + 1, b.start);
  }
  if (c0 !== 32) return false;
  if (len === 2 && c1 === 32) return true;
  return particlesAt(text, a.end, b.start);
}

/** True when `[start, end)` holds lower-case particles between two names (` de `, ` van der `, ` al-`). */
function particlesAt(text: string, start: number, end: number): boolean {
  // Every particle starts with an ASCII lower-case letter, after the space PARTICLE_GAP starts with.
  const c1 = text.charCodeAt(start + 1);
  return text.charCodeAt(start) === 32 && c1 >= 97 && c1 <= 122 && PARTICLE_GAP.test(text.slice(start, end));
}

const SCORE_ANCHOR = 0.92;
/** Titles before a name (kept outside the span). Each starts with an ASCII capital (`anchorBefore` relies on it). */
const TITLES = /* @__PURE__ */ new Set([
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Sir', 'Dame', 'Prof', 'Professor', 'Lord', 'Lady', 'Rev', 'Revd', 'Reverend', 'Mister', 'Madam', 'Mme', 'Mlle',
  'Herr', 'Frau', 'Hon', 'Judge', 'Councillor', 'Cllr', 'Nurse', 'Coroner', 'Canon', 'Rabbi', 'Imam', 'Pastor', 'Father',
]);
/** Last words of street and area names (`Saunders Lane`, `Castle Hill`). */
const STREET_WORDS = /* @__PURE__ */ new Set(['lane', 'hill', 'green', 'park', 'way', 'row', 'walk', 'grove', 'court', 'view', 'rise', 'gate', 'end', 'cross', 'bridge', 'field', 'fields', 'wood', 'woods', 'brook', 'dale', 'side', 'bank', 'mount', 'common', 'heath', 'moor']);
/** First words of place names (`South Ribble`, `West Lancashire`, `Upper Norwood`). */
const COMPASS_WORDS = /* @__PURE__ */ new Set(['north', 'south', 'east', 'west', 'upper', 'lower', 'great', 'little', 'new', 'old', 'saint', 'st', 'mid', 'central', 'greater', 'mount', 'loch', 'lough', 'port', 'bae', 'porth', 'pont', 'cwm']);
/** Cell roles whose header certainly holds a name (`Surname`, `Forename`, `Initials`, `Name`). */
const NAME_HEADERS = /* @__PURE__ */ new Set(['surname', 'given', 'initials', 'name']);
/**
 * First words of a capitalised run that name something other than a person: an operation (`Op Heron`,
 * `Operation Yewtree`), a named storm, a ship (`HMS Victory`).
 */
const NOT_PERSON_OPENERS = /* @__PURE__ */ new Set([
  'op', 'operation', 'storm', 'hurricane', 'hms', 'rms', 'hmcs',
  // Welsh institutions (`Gorsaf Heddlu Wrecsam`, `Uned Rhyddid Gwybodaeth`): never given names. (`Tîm` folds to
  // the name `Tim`: it is told apart by its circumflex, in `scoreSegment`.)
  'uned', 'adran', 'heddlu', 'gorsaf', 'swyddfa', 'canolfan', 'llys', 'cyngor', 'ysgol', 'ysbyty', 'prifysgol',
]);
/**
 * Vehicle makes: a run holding one is a vehicle (`Fourteen Skoda Octavia estates`, `Vauxhall Astra`). Keys are
 * folded, so `Škoda` is `skoda`; makes that are also common surnames (Ford, Morris, Honda) are left out.
 */
const VEHICLE_MAKES = /* @__PURE__ */ new Set([
  'skoda', 'vauxhall', 'volkswagen', 'vw', 'peugeot', 'citroen', 'renault', 'toyota', 'nissan', 'hyundai', 'kia', 'bmw',
  'audi', 'volvo', 'mercedes', 'mercedes-benz', 'fiat', 'mazda', 'subaru', 'mitsubishi', 'lexus', 'dacia', 'cupra', 'iveco', 'landrover',
]);
/**
 * Vehicle models that are not given names, not a person alone (`the marked Astra`) nor after a capitalised word
 * (`Ford Transit`, `Ford Focus`).
 */
const VEHICLE_MODELS = /* @__PURE__ */ new Set([
  'astra', 'corsa', 'insignia', 'vivaro', 'movano', 'mokka', 'fabia', 'kodiaq', 'karoq', 'passat', 'tiguan', 'touran', 'transporter',
  'fiesta', 'mondeo', 'kuga', 'transit', 'galaxy', 'sprinter', 'vito', 'qashqai', 'juke', 'micra', 'navara', 'yaris', 'corolla', 'prius',
  'auris', 'avensis', 'hilux', 'megane', 'kadjar', 'berlingo', 'sportage', 'tucson', 'sandero', 'duster', 'octavia',
]);
/**
 * Last words that make a capitalised run a place or an institution whatever its first word (`Sherlock Holmes
 * Museum`, `Clapham Junction`).
 */
const INSTITUTION_WORDS = /* @__PURE__ */ new Set([
  'museum', 'junction', 'hospital', 'infirmary', 'school', 'college', 'university', 'academy', 'airport', 'stadium', 'cathedral', 'abbey',
  'gallery', 'centre', 'center', 'library', 'theatre', 'prison', 'barracks', 'station', 'services', 'church', 'chapel', 'mosque', 'temple',
  'synagogue', 'gurdwara', 'hotel', 'estate', 'retail', 'roundabout', 'interchange', 'motorway', 'reservoir', 'marina', 'quay', 'wharf', 'docks',
]);
/**
 * Unit acronyms (`NPT`, `CID`) closing a run in capitals: the run is a place's unit (`Trafford NPT`), not a name.
 * The ambiguous ones count too: `Boston MIT` is no person either.
 */
const UNIT_ACRONYMS = /* @__PURE__ */ lazy(() => new Set(DEPARTMENT_ACRONYMS.map((a) => a.toLowerCase())));
/** Lower-case words just before a run that make it an animal's, a vessel's or a vehicle's name (`police dog Bruno`, `a marked Astra`). */
const NOT_PERSON_BEFORE = /* @__PURE__ */ new Set(['dog', 'dogs', 'horse', 'pony', 'puppy', 'cat', 'vessel', 'ship', 'yacht', 'boat', 'marked', 'unmarked']);
const SCORE_CELL = 0.9;

/**
 * Detects names of people. Evidence, strongest first: a police rank or title just before (`DS R. Kowalczyk`,
 * `Insp 11669 Novák`, `Mr Babu`); a table column or `Name:` label; a greeting, sign-off or `From:` line; given-name
 * and surname lexicons of many origins (UK and US registers, a multicultural name-part list and curated lists for
 * under-covered origins); name shape (initials, particles, `SMITH John`, `Smith J`); and reporting verbs (`said`).
 * A surname seen once as part of a full name is found again alone. Ranks and titles stay outside the span, as does `'s`.
 *
 * @example
 * ```ts
 * const d = personName();
 * d.detect('DS Amara Okafor said', detectContext('DS Amara Okafor said')).map((f) => f.text); // ['Amara Okafor']
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function personName(options: PersonNameOptions = {}): Detector {
  if (options === null || typeof options !== 'object') throw new PiiError('INVALID_OPTION', 'personName options must be an object');
  if (options.ranks !== undefined && typeof options.ranks !== 'boolean') throw new PiiError('INVALID_OPTION', 'ranks must be a boolean');
  const useRanks = options.ranks ?? true;
  const extra = options.extraNames ?? [];
  if (!Array.isArray(extra) || !extra.every((e) => typeof e === 'string')) throw new PiiError('INVALID_OPTION', 'extraNames must be an array of strings');
  let lexicon: Lexicon | undefined;
  const rankDetector = useRanks ? policeRank() : undefined;
  return defineDetector({
    id: 'personName',
    types: ['PERSON'],
    detect(text, ctx) {
      if (text.length === 0) return [];
      lexicon ??= extra.length === 0 ? defaultLexicon() : buildLexicon(extra);
      return detectNames(text, ctx, lexicon, rankDetector);
    },
  });
}

function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return LETTER_OR_MARK.test(String.fromCharCode(c));
}

/** What a distinct capitalised word is: looked up and classified once per detect call. */
interface WordInfo {
  /** The word as written. */
  readonly word: string;
  readonly key: string;
  readonly flags: number;
  readonly caps: boolean;
  readonly initial: boolean;
  readonly title: boolean;
  /** A stop or common word (before the `J.` exception for single letters). */
  readonly stop: boolean;
  /** Hash of the word's code units (see {@link wordHash}). */
  readonly hash: number;
}

function wordInfo(word: string, hash: number, lex: Lexicon): WordInfo {
  const key = foldName(word);
  const flags = lex.flags.get(key) ?? 0;
  const caps = word.length >= 2 && isUpper(word.charCodeAt(1)) && allUpper(word);
  const title = word.length <= 10 && TITLES.has(word);
  return {
    word,
    key,
    flags,
    caps,
    initial: word.length === 1 || (word.length <= 3 && caps && (flags & NAME_FLAGS) === 0),
    title,
    stop: !title && (flags & (STOP | COMMON)) !== 0,
    hash,
  };
}

/** True when `text` holds `word` at `[start, end)`. */
function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** Hash of `text[start, end)`, within 30 bits (a small integer). */
function wordHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) & 0x3fffffff;
  return h;
}

/** True when a UTF-16 unit is a letter or mark (ASCII tested inline). */
function isLetter(d: number): boolean {
  return (d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 0x80 && isLetterCode(d));
}

/**
 * The distinct words of one detect call, found by the hash of their code units and confirmed against the text, so
 * that a word seen before costs no string: open addressing in a power-of-two table kept at most half full. A word is
 * looked for at most {@link MAX_PROBES} slots from where its hash points; a word crowded out of that neighbourhood (many
 * words with one hash: crafted input) is kept by its text instead, so lookups stay constant-time whatever the input.
 */
interface WordTable {
  /** Index + 1 into `infos` per slot (0: empty). */
  slots: Int32Array;
  readonly infos: WordInfo[];
  /** Words that found no slot near their hash, by text. */
  readonly crowded: Map<string, WordInfo>;
}

const MAX_PROBES = 16;

function wordTable(): WordTable {
  return { slots: new Int32Array(1024), infos: [], crowded: new Map() };
}

function findWord(table: WordTable, text: string, start: number, end: number, hash: number): WordInfo | undefined {
  const mask = table.slots.length - 1;
  let k = hash & mask;
  for (let probe = 0; probe < MAX_PROBES; probe++, k = (k + 1) & mask) {
    const e = table.slots[k] as number;
    if (e === 0) break;
    const info = table.infos[e - 1] as WordInfo;
    if (info.hash === hash && sameWord(info.word, text, start, end)) return info;
  }
  return table.crowded.size === 0 ? undefined : table.crowded.get(text.slice(start, end));
}

function addWord(table: WordTable, info: WordInfo): void {
  if ((table.infos.length + 1) * 2 > table.slots.length) {
    table.slots = new Int32Array(table.slots.length * 2);
    for (let e = 1; e <= table.infos.length; e++) {
      const old = table.infos[e - 1] as WordInfo;
      if (!placeWord(table.slots, old.hash, e)) table.crowded.set(old.word, old);
    }
  }
  if (placeWord(table.slots, info.hash, table.infos.length + 1)) table.infos.push(info);
  else table.crowded.set(info.word, info);
}

/** Puts an entry in the first free slot near its hash; false when there is none within {@link MAX_PROBES}. */
function placeWord(slots: Int32Array, hash: number, entry: number): boolean {
  const mask = slots.length - 1;
  let k = hash & mask;
  for (let probe = 0; probe < MAX_PROBES; probe++, k = (k + 1) & mask) {
    if (slots[k] === 0) {
      slots[k] = entry;
      return true;
    }
  }
  return false;
}

/**
 * Finds capitalised words (an upper-case letter at a word start, then letters or marks, with inner apostrophes or
 * hyphens) by scanning character codes: no match objects, and each distinct word is folded and looked up once (see
 * {@link WordTable}).
 */
/** `Ex` before a hyphen (`Ex-DS Ahmad Jaber`, `Ex-Met`): a prefix of its own, not the first part of a hyphenated name. */
function isExPrefix(text: string, start: number, hyphen: number): boolean {
  return hyphen - start === 2 && (text.charCodeAt(start) | 32) === 101 && (text.charCodeAt(start + 1) | 32) === 120;
}

function tokenize(text: string, lex: Lexicon, spare: TokenPool, emit: (t: Token) => void): void {
  const seen = wordTable();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isLetter(c)) {
      i++;
      continue;
    }
    const start = i;
    let j = i + 1;
    if (!isUpper(c)) {
      // A lower-case word stops at a hyphen or apostrophe, so that `al-Rashid` and `d'Artagnan` yield the capitalised part.
      while (j < n && isLetter(text.charCodeAt(j))) j++;
      i = j;
      continue;
    }
    // A capitalised word, hashed as it is read (as `wordHash` does).
    let hash = c;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isLetter(d)) {
        hash = (Math.imul(hash, 31) + d) & 0x3fffffff;
        j++;
      } else if ((d === 39 || d === 0x2019 || d === 45) && j + 1 < n && isLetterCode(text.charCodeAt(j + 1)) && !(d === 45 && isExPrefix(text, start, j))) {
        hash = (Math.imul((Math.imul(hash, 31) + d) & 0x3fffffff, 31) + text.charCodeAt(j + 1)) & 0x3fffffff;
        j += 2;
      } else break;
    }
    i = j;
    if (start > 0 && isWordChar(text.charCodeAt(start - 1))) continue;
    let end = j;
    let breakAfter = false;
    // Possessive: `Smith's`, `Smith’s`.
    if (end - start > 3 && text.charCodeAt(end - 2) !== 45 && (text.charCodeAt(end - 1) === 115 || text.charCodeAt(end - 1) === 83) && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019)) {
      end -= 2;
      breakAfter = true;
      hash = wordHash(text, start, end);
    }
    const single = end - start === 1;
    if (embedded(text, start, end, single)) continue;
    let info = findWord(seen, text, start, end, hash);
    if (info === undefined) {
      info = wordInfo(text.slice(start, end), hash, lex);
      addWord(seen, info);
    }
    const after = end < n ? text.charCodeAt(end) : 10;
    // Sentence punctuation after a token ends the run (an initial's dot does not).
    if (after === 44 || after === 59 || after === 58 || after === 33 || after === 63 || after === 41 || after === 34 || after === 0x201d) breakAfter = true;
    if (after === 46 && !(info.initial || info.title)) breakAfter = true;
    const t = reuseToken(spare);
    t.start = start;
    t.end = end;
    t.key = info.key;
    t.flags = info.flags;
    t.initial = info.initial;
    t.caps = info.caps;
    t.anchor = info.title ? 'title' : null;
    t.stop = info.stop && !(single && after === 46);
    t.breakAfter = breakAfter;
    emit(t);
  }
}

/** Capitalised words that may start or end a police rank (`Detective`, `Sgt`, `PC`): where the rank detector is run. */
const RANK_HINTS = /* @__PURE__ */ new Set([
  'detective', 'police', 'constable', 'sergeant', 'inspector', 'chief', 'superintendent', 'commander', 'commissioner', 'assistant', 'deputy',
  'special', 'acting', 'temporary', 'trainee', 'community', 'officer', 'pcso', 'sgt', 'insp', 'supt', 'cmdr', 'det', 'ch', 'con', 'pc', 'dc', 'ds', 'ps', 'di',
  'dci', 'dsu', 'ci', 'cs', 'sc', 'acc', 'dcc', 'cc', 'ac', 'dac', 'tdc', 'spc', 'ts', 'tdi', 'tds', 'a', 't', 'pcs', 'dcs', 'sgts', 'supts', 'insps',
]);

/**
 * Runs the rank detector on a small window around the rank-like words of one run (it is slower than this detector on
 * long texts), marks the run's tokens a rank covers, and records where ranks end (a later run may start after one:
 * `Insp 11669 Novák`).
 */
function markRanks(text: string, run: readonly Token[], runLength: number, rankDetector: Detector, ends: Positions, starts: Positions): void {
  let first: Token | undefined;
  let last: Token | undefined;
  for (let k = 0; k < runLength; k++) {
    const t = run[k] as Token;
    if (!RANK_HINTS.has(t.key)) continue;
    first ??= t;
    last = t;
  }
  if (first === undefined || last === undefined) return;
  let ws = Math.max(0, first.start - 24);
  while (ws > 0 && ws > first.start - 48 && isWordChar(text.charCodeAt(ws - 1))) ws--;
  let we = Math.min(text.length, last.end + 24);
  while (we < text.length && we < last.end + 48 && isWordChar(text.charCodeAt(we))) we++;
  const spans: Array<readonly [number, number]> = [];
  for (const f of rankDetector.detect(text.slice(ws, we), RANK_WINDOW_CONTEXT)) {
    if (f.score < 0.5) continue;
    spans.push([ws + f.start, ws + f.end]);
    addPosition(ends, ws + f.end);
    addPosition(starts, ws + f.start);
  }
  if (spans.length === 0) return;
  spans.sort((a, b) => a[0] - b[0]);
  // One pass over the run's tokens and the sorted spans.
  let si = 0;
  for (let k = 0; k < runLength; k++) {
    const t = run[k] as Token;
    while (si < spans.length && (spans[si] as readonly [number, number])[1] <= t.start) si++;
    const r = spans[si];
    if (r !== undefined && r[0] <= t.start && t.end <= r[1]) {
      t.anchor = 'rank';
      t.stop = false;
    }
  }
}

/** Positions in a text as a bit set (where ranks end: looked up for every segment, cheaper than a `Set`). */
type Positions = Uint32Array;

function positions(length: number): Positions {
  return new Uint32Array((length >>> 5) + 1);
}

function addPosition(set: Positions, p: number): void {
  set[p >>> 5] = (set[p >>> 5] as number) | (1 << (p & 31));
}

function hasPosition(set: Positions, p: number): boolean {
  return ((set[p >>> 5] as number) & (1 << (p & 31))) !== 0;
}

/** Context for rank detection on a window: no tables, no evidence. */
const RANK_WINDOW_CONTEXT: DetectContext = Object.freeze({ explain: false, tableCells: () => [] });

interface Candidate {
  start: number;
  end: number;
  score: number;
  /** Evidence, created with the first reason (most candidates have one or none). */
  reasons: string[] | undefined;
  tokens: Token[];
  /** Ruled out as a name (a vehicle, a place's unit, a value under a Location header…): no context revives it. */
  vetoed?: boolean;
}

/** A weak candidate kept until the end of the text, in case a confident full name makes it a name again. */
interface Pending {
  readonly start: number;
  readonly end: number;
  readonly reasons: string[] | undefined;
  /** Its folded words (initials left out), which must all be known names: `keys[from .. from + count)` of the call. */
  readonly from: number;
  readonly count: number;
  /** Some word is also an ordinary word or place (`Young`, `Park`): what follows must read like a name's. */
  readonly weak: boolean;
}

/** What coreference needs of a candidate (its words appended to `keys`), or undefined when it has only initials. */
function pendingOf(c: Candidate, keys: string[]): Pending | undefined {
  const from = keys.length;
  let weak = false;
  for (let k = 0; k < c.tokens.length; k++) {
    const t = c.tokens[k] as Token;
    if (!t.initial) keys.push(t.key);
    weak ||= (t.flags & (WORD | PLACE | COMMON)) !== 0;
  }
  const count = keys.length - from;
  return count === 0 ? undefined : { start: c.start, end: c.end, reasons: c.reasons, from, count, weak };
}

/** Bounds of the line around `pos`, looking at most `LINE_WINDOW` units either way (longer lines are not sign-off lines). */
const LINE_WINDOW = 160;

function lineBounds(text: string, pos: number): [number, number] {
  const lo = Math.max(0, pos - LINE_WINDOW);
  let back = pos - 1;
  while (back >= lo && text.charCodeAt(back) !== 10) back--;
  const ls = back >= lo ? back + 1 : lo === 0 ? 0 : -1;
  const hi = Math.min(text.length, pos + LINE_WINDOW);
  let fwd = pos;
  while (fwd < hi && text.charCodeAt(fwd) !== 10) fwd++;
  const le = fwd < hi ? fwd : hi === text.length ? text.length : -1;
  return [ls, le];
}

/** True when only spaces or tabs stand between the start of the line (or text) and `pos`. */
function lineStartBefore(text: string, pos: number): boolean {
  let p = pos;
  while (p > 0 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) p--;
  return p === 0 || text.charCodeAt(p - 1) === 10;
}

/** True when the segment stands alone on its line and the previous non-empty line is a sign-off. */
function afterSignOff(text: string, start: number, end: number): boolean {
  // The rest of the line must be empty: a printable ASCII character other than `,` and `.` after the segment and its
  // spaces says it is not (most segments at a line start), before any line is looked at.
  let q = end;
  while (q < end + LINE_WINDOW && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
  const a = text.charCodeAt(q);
  if (a > 32 && a < 127 && a !== 44 && a !== 46) return false;
  const [ls, le] = lineBounds(text, start);
  if (ls < 0 || le < 0) return false;
  if (text.slice(ls, start).trim() !== '' || !LINE_REST_EMPTY.test(text.slice(end, le))) return false;
  let p = ls - 1;
  for (let k = 0; k < 3 && p > 0; k++) {
    const [pls] = lineBounds(text, p);
    if (pls < 0) return false;
    const line = text.slice(pls, p).replace(/\r$/u, '');
    if (line.trim() !== '') return SIGN_OFF_LINE.test(line);
    p = pls - 1;
  }
  return false;
}

/**
 * A name alone on the last line of a message (`…on leave.\n\nGrace\n\n-----Original Message-----`): a blank line
 * above it, and below it only blank lines up to the end of the text or a quoted earlier message.
 */
function closesMessage(text: string, start: number, end: number): boolean {
  const [ls, le] = lineBounds(text, start);
  if (ls < 2 || le < 0 || text.slice(ls, start).trim() !== '' || !LINE_REST_EMPTY.test(text.slice(end, le))) return false;
  // The line above is blank.
  const [pls] = lineBounds(text, ls - 1);
  if (pls < 0 || text.slice(pls, ls - 1).trim() !== '') return false;
  let q = le;
  while (q < text.length && q - le < LINE_WINDOW && (isSpace(text.charCodeAt(q)) || text.charCodeAt(q) === 10 || text.charCodeAt(q) === 13)) q++;
  return q === text.length || QUOTED_MESSAGE.test(text.slice(q, q + 40));
}

function detectNames(text: string, ctx: DetectContext, lex: Lexicon, rankDetector: Detector | undefined): Finding[] {
  const rankEndSet = positions(text.length);
  const rankStartSet = positions(text.length);
  let cells: NameCells | undefined;
  const getCells = (): NameCells => (cells ??= nameCells(text, ctx));

  // Group tokens into runs of adjacent capitalised words as they are found; each run is scored and dropped.
  // Scored candidates are settled one behind (the next may join it: `Smith, John`) and kept only when reported or
  // when a later full name could make them a name again.
  const out: Finding[] = [];
  const pending: Pending[] = [];
  const pendingKeys: string[] = [];
  const known = new Set<string>();
  // Tokens of settled candidates and of no segment (stop words, ranks and titles between segments).
  const spare: TokenPool = { tokens: [], size: 0 };
  const settle = (c: Candidate, next: Candidate | undefined): void => {
    mergeSurnameComma(text, c, next);
    const tokens = c.tokens;
    if (c.score >= 0.7 && tokens.length >= 2) {
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k] as Token;
        if (!t.initial && t.key.length >= 3) known.add(t.key);
      }
    }
    if (c.score >= 0.5) out.push(makeFinding(text, c.start, c.end, 'PERSON', c.score, 'personName', ctx, c.reasons));
    else if (tokens.length > 0 && tokens.length <= 3) {
      // Kept as keys only, so that its tokens can be reused.
      const p = pendingOf(c, pendingKeys);
      if (p !== undefined) pending.push(p);
    }
    for (let k = 0; k < tokens.length; k++) releaseToken(spare, tokens[k] as Token);
  };
  let held: Candidate | undefined;
  const add = (c: Candidate): void => {
    if (held !== undefined) {
      if (continuesList(text, held, c)) {
        c.score = 0.8;
        c.reasons = withReason(c.reasons, 'context:list');
      }
      settle(held, c);
    }
    held = c;
  };
  // The current run is `run[0..runLength)`: one array reused for every run (segments copy their tokens out).
  const run: Token[] = [];
  let runLength = 0;
  // In a pipeline scan the rank detector's work is memoised per scan (shared with the pipeline's own policeRank):
  // one full-text call costs little. A hand-built context has no memo: rank windows are checked run by run instead.
  let allRanks: { readonly starts: readonly number[]; readonly ends: readonly number[] } | undefined;
  if (rankDetector !== undefined && ctx.memo !== undefined) {
    const starts: number[] = [];
    const ends: number[] = [];
    const found = rankDetector.detect(text, ctx.explain ? { ...ctx, explain: false } : ctx);
    for (let k = 0; k < found.length; k++) {
      const f = found[k] as Finding;
      if (f.score < 0.5) continue;
      starts.push(f.start);
      ends.push(f.end);
      addPosition(rankEndSet, f.end);
      addPosition(rankStartSet, f.start);
    }
    const order = stableOrderByStart(starts);
    allRanks = order === undefined ? { starts, ends } : { starts: order.map((k) => starts[k] as number), ends: order.map((k) => ends[k] as number) };
  }
  let rankPtr = 0;
  const markFromAll = (spans: { readonly starts: readonly number[]; readonly ends: readonly number[] }): void => {
    for (let k = 0; k < runLength; k++) {
      const t = run[k] as Token;
      while (rankPtr < spans.ends.length && (spans.ends[rankPtr] as number) <= t.start) rankPtr++;
      if (rankPtr < spans.ends.length && (spans.starts[rankPtr] as number) <= t.start && t.end <= (spans.ends[rankPtr] as number)) {
        t.anchor = 'rank';
        t.stop = false;
      }
    }
  };
  const flushRun = (): void => {
    if (runLength === 0) return;
    // Fast path: a lone stop word (`The`, `Tuesday`) or title can hold no name.
    if (runLength === 1) {
      const t = run[0] as Token;
      if ((t.stop && t.end - t.start > 3 && !RANK_HINTS.has(t.key)) || t.anchor === 'title') {
        releaseToken(spare, t);
        runLength = 0;
        return;
      }
    }
    if (allRanks !== undefined) markFromAll(allRanks);
    else if (rankDetector !== undefined) markRanks(text, run, runLength, rankDetector, rankEndSet, rankStartSet);
    segmentRun(text, run, runLength, rankEndSet, rankStartSet, getCells, add, spare);
    runLength = 0;
  };
  tokenize(text, lex, spare, (t) => {
    const prev = runLength > 0 ? run[runLength - 1] : undefined;
    if (prev !== undefined && (prev.breakAfter || !joins(text, prev, t))) flushRun();
    run[runLength++] = t;
  });
  flushRun();
  if (held !== undefined) settle(held, undefined);

  // A surname or given name seen in a confident full name is a name again when it stands alone.
  if (known.size > 0) {
    for (const c of pending) {
      let all = true;
      for (let k = c.from; k < c.from + c.count && all; k++) all = known.has(pendingKeys[k] as string);
      if (!all) continue;
      if (c.weak && !COREF_AFTER.test(text.slice(c.end, c.end + 16))) continue;
      out.push(makeFinding(text, c.start, c.end, 'PERSON', 0.8, 'personName', ctx, withReason(c.reasons, 'coreference')));
    }
  }
  return out;
}

/**
 * `Smith, John was on duty`: a surname, a comma and a given name that ends the phrase are one name. The following
 * candidate is emptied (score 0) and this one extended.
 */
/**
 * `Constables Zekwei Trope, Zhetound Kaipur and Pabidizon Teidraiko`: a full name (two words or more, none a known
 * English word or place, not ruled out) right after a person's full name and `, ` or ` and ` is the next person of
 * the list.
 */
function continuesList(text: string, prev: Candidate, c: Candidate): boolean {
  if (c.vetoed === true || c.score >= 0.5 || prev.score < 0.8 || prev.tokens.length < 2 || c.tokens.length < 2 || c.tokens.length > 4) return false;
  for (const t of c.tokens) if (t.initial || t.caps || (t.flags & (WORD | PLACE | COMMON | STOP)) !== 0) return false;
  const gap = c.start - prev.end;
  // After a comma the list must go on (`, ` or ` and ` next): `PC Yasmin El-Sayed, Salford Precinct.` is a place.
  if (gap === 2) return text.charCodeAt(prev.end) === 44 && text.charCodeAt(prev.end + 1) === 32 && (text.startsWith(', ', c.end) || text.startsWith(' and ', c.end));
  if (gap === 5) return text.startsWith(' and ', prev.end);
  return gap === 6 && text.startsWith(', and ', prev.end);
}

/** Only spaces and a list marker (`1.`, `2)`, `–`, `-`, `•`, `*`) between the line start and `pos`. */
function opensListItem(text: string, pos: number): boolean {
  let p = pos;
  while (p > 0 && isSpace(text.charCodeAt(p - 1))) p--;
  const markerEnd = p;
  while (p > 0 && p > markerEnd - 4 && ((text.charCodeAt(p - 1) >= 48 && text.charCodeAt(p - 1) <= 57) || LIST_MARKS.includes(text.charCodeAt(p - 1)))) p--;
  while (p > 0 && isSpace(text.charCodeAt(p - 1))) p--;
  return p === 0 || text.charCodeAt(p - 1) === 10;
}

/** `.` `)` `–` `-` `•` `*`: what numbers or bullets a list item. */
const LIST_MARKS: readonly number[] = [46, 41, 0x2013, 45, 0x2022, 42];

function mergeSurnameComma(text: string, c: Candidate, n: Candidate | undefined): void {
  if (n === undefined || n.tokens.length === 0 || n.start !== c.end + 2 || text.charCodeAt(c.end) !== 44) return;
  // The given part: one given name, or initials (`Smith, J.K.`).
  const initials = n.tokens.length <= 3 && n.tokens.every((t) => t.initial && t.end - t.start === 1);
  if (n.tokens.length !== 1 && !initials) return;
  // One surname word, or up to three in capitals (`ABDI FARAH, Hodan`).
  if (c.tokens.length !== 1 && (c.tokens.length > 3 || !c.tokens.every((t) => t.caps))) return;
  const a = c.tokens[c.tokens.length - 1] as Token;
  const b = n.tokens[0] as Token;
  // `Diolch, Raind`, `Cheers, Tom`: a greeting or thanks before a name is no surname.
  if (GREETING_WORDS.has(a.key)) return;
  // The surname: a known one, one in capitals, or a word that is neither an English word nor a place (`Papadakis`).
  // With initials after it, only a known surname or one in capitals (`Charleston, SC` is a place and a state).
  if ((a.flags & SURNAME) === 0 && !a.caps && (initials || (a.flags & (WORD | PLACE | COMMON | STOP)) !== 0)) return;
  // The given name must be known as one, unless the context already says `Surname, Given` is a person (a mail
  // header, a name column, a case party: `From: Kepaix, Teitrouq <…>`): then an unknown word will do.
  // So will a surname in capitals opening a line or a list item (`1. GIDRUZHISK, Zhusketh – 35`).
  const unknownGiven = b.flags === 0 && (Math.max(c.score, n.score) >= 0.85 || (a.flags === 0 && a.caps && c.tokens.length === 1 && opensListItem(text, c.start)));
  if (!initials && !unknownGiven && ((b.flags & GIVEN) === 0 || (b.flags & (WORD | PLACE)) !== 0)) return;
  // A list (`Smith, Jones and Brown`, `Kelly Grant, Jordan Taylor`) continues with a capitalised word or `and`.
  if (!PHRASE_END.test(text.slice(n.end, n.end + 6))) return;
  c.end = n.end;
  c.score = Math.max(c.score, n.score, 0.7);
  c.reasons = withReason(c.reasons, 'form:surname-comma-given');
  c.tokens = [...c.tokens, ...n.tokens];
  n.score = 0;
  n.tokens = [];
}

/** An unknown word (no name flags) of five letters or more ending in `ly`, capitalised only at its start. */
function sentenceAdverb(text: string, t: Token): boolean {
  if (t.end - t.start < 5 || isName(t.flags) || t.caps) return false;
  return text.charCodeAt(t.end - 1) === 121 && text.charCodeAt(t.end - 2) === 108;
}

/** Splits a run at ranks, titles and stop words; scores each piece. */
function segmentRun(text: string, run: readonly Token[], runLength: number, rankEnds: Positions, rankStarts: Positions, getCells: () => NameCells, add: (c: Candidate) => void, spare: TokenPool): void {
  // The segment being built is `run[segStart..k)`: its tokens are copied out once it ends.
  let segStart = 0;
  let afterStop = false;
  let prev: Token | undefined;
  for (let k = 0; k < runLength; k++) {
    const t = run[k] as Token;
    // `Sadly Nicola Kerr`, `Recently DS Okafor`: an unknown word ending in -ly opening a run is a sentence adverb.
    // `Supervisor Zainab Bhatti`, `Victim Sarah Lee`: a role word (not itself a name part) opening a run is a label.
    let keep = t.anchor === null && !t.stop && !(k === 0 && runLength > 1 && (sentenceAdverb(text, t) || (ROLE_WORDS.has(t.key) && !isName(t.flags))));
    if (!keep) {
      const len = t.end - t.start;
      // `Insp A Okafor`, `DC I Dhillon`: a one-letter word after a rank or initial is an initial.
      if (t.stop && len === 1 && prev !== undefined && (prev.anchor !== null || prev.initial)) {
        t.initial = true;
        keep = true;
      } else if (t.anchor !== 'title' && len <= 14) {
        // A rank word or short word alone in a surname, forename or initials cell (`Constable`, `A`, `AS`) is a name.
        const cells = getCells();
        const ci = cells.starts.length > 0 ? cellFor(cells, t.start, t.end) : -1;
        const role = ci === -1 ? undefined : cells.roles[ci];
        if (role !== undefined && role !== 'full' && role !== 'name' && role !== 'other' && text.slice(cells.starts[ci] as number, cells.ends[ci] as number).trim() === text.slice(t.start, t.end)) {
          if (role === 'initials') t.initial = true;
          t.anchor = null;
          t.stop = false;
          keep = true;
        }
      }
    }
    if (!keep) {
      if (k > segStart) scoreSegment(text, run.slice(segStart, k), rankEnds, rankStarts, getCells, add, afterStop);
      segStart = k + 1;
      afterStop = t.stop;
      // In no segment, so in no candidate: free for reuse once this run is done (`prev` is only read).
      releaseToken(spare, t);
    }
    prev = t;
  }
  if (runLength > segStart) scoreSegment(text, run.slice(segStart, runLength), rankEnds, rankStarts, getCells, add, afterStop);
}

/**
 * True when six ASCII letters end at `end`: no particle of PARTICLE_BEFORE (five letters at most, after a space, `(`
 * or `-`) can end there (`Constable Smith`, `officer Jones`), so its test is skipped.
 */
function longWordBefore(text: string, end: number): boolean {
  if (end < 6) return false;
  for (let k = end - 6; k < end; k++) {
    const c = text.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

/** End of the word (letters, digits) starting at `start`. */
function wordEndAfter(text: string, start: number): number {
  let p = start;
  while (p < text.length && isWordChar(text.charCodeAt(p))) p++;
  return p;
}

/** Start of the word (letters, digits) ending at `end`. */
function wordStartBefore(text: string, end: number): number {
  let p = end;
  while (p > 0 && isWordChar(text.charCodeAt(p - 1))) p--;
  return p;
}

/**
 * `Dmitri Volkov, 41, of Page Hall`: `of` at `ofAt` follows a capitalised word and an age between commas, so what
 * comes after it is where that person lives. (`The son, 5, of John Smith` has no capital before the age.)
 */
function livesAt(text: string, ofAt: number): boolean {
  const m = AGE_BEFORE_OF.exec(text.slice(Math.max(0, ofAt - 8), ofAt));
  if (m === null) return false;
  const wordEnd = Math.max(0, ofAt - 8) + m.index + 1;
  return isUpper(text.charCodeAt(wordStartBefore(text, wordEnd)));
}

function anchorBefore(text: string, start: number, rankEnds: Positions): 'rank' | 'title' | 'rank-parenthesis' | null {
  // `The ACC (Hywel Bevan)`: a name in parentheses right after a rank (the caller checks the words: `PC
  // (Response)`, `Sgt (South Wales Police)` are not names). Not a rank's translation: `Rhingyll (Sergeant)`.
  if (start >= 2 && text.charCodeAt(start - 1) === 40 && text.charCodeAt(start - 2) === 32 && hasPosition(rankEnds, start - 2) && !RANK_HINTS.has(text.slice(start, wordEndAfter(text, start)).toLowerCase())) return 'rank-parenthesis';
  let p = start;
  // Skip the spaces between the anchor and the name. A tab separates table cells: a rank in one cell does not
  // anchor a value in the next (`SC<TAB>CID` is a vetting level and a unit).
  while (p > 0 && isSpace(text.charCodeAt(p - 1))) {
    if (text.charCodeAt(p - 1) === 9) return null;
    p--;
  }
  if (p === start) return null;
  if (hasPosition(rankEnds, p)) return 'rank';
  // `her inspector, Hamish Cruickshank`: a rank apposed to the name, reported for it, then a comma.
  if (text.charCodeAt(p - 1) === 44 && p - 1 < start - 1 && hasPosition(rankEnds, p - 1)) return 'rank';
  // A collar number between rank and name: `Insp 11669 Novák`, `Cmdr 6782BS Fletcher`.
  const ws = wordStartBefore(text, p);
  if (ws < p && p - ws <= 11) {
    const c = text.charCodeAt(p - 1);
    if (c >= 48 && c <= 57 ? true : isUpper(c)) {
      if (COLLAR_TOKEN.test(text.slice(ws, p))) {
        let r = ws;
        while (r > 0 && isSpace(text.charCodeAt(r - 1))) r--;
        if (r < ws && hasPosition(rankEnds, r)) return 'rank';
      }
    }
  }
  // A title, with or without its dot: `Mr Babu`, `Dr. Okafor`. Every title starts with an ASCII capital: the word
  // before is sliced only when it does.
  const tEnd = p > 0 && text.charCodeAt(p - 1) === 46 ? p - 1 : p;
  const ts = tEnd === p ? ws : wordStartBefore(text, tEnd);
  const t0 = text.charCodeAt(ts);
  if (tEnd - ts >= 2 && tEnd - ts <= 10 && t0 >= 65 && t0 <= 90 && TITLES.has(text.slice(ts, tEnd))) return 'title';
  return null;
}

/** The word just before a position (lower-cased and as written), and whether a comma stands between it and the position. */
interface WordsBefore {
  readonly w1: string;
  /** `w1` as written (for case-sensitive checks). */
  readonly raw1: string;
  readonly comma: boolean;
  /** Where `w1` starts. */
  readonly at: number;
}

function wordsBefore(text: string, start: number): WordsBefore {
  let p = start;
  while (p > 0 && isSpace(text.charCodeAt(p - 1))) p--;
  let comma = false;
  if (p > 0 && text.charCodeAt(p - 1) === 44) {
    comma = true;
    p--;
    while (p > 0 && isSpace(text.charCodeAt(p - 1))) p--;
  }
  const s1 = Math.max(p - 16, wordStartBefore(text, p));
  const raw1 = text.slice(s1, p);
  return { w1: raw1.toLowerCase(), raw1, comma, at: s1 };
}

/** The word before `w1`, lower-cased (`spoke` in `spoke to`): read only where `w1` ends a cue pair. */
function word2Before(text: string, wb: WordsBefore): string {
  let q = wb.at;
  while (q > 0 && isSpace(text.charCodeAt(q - 1))) q--;
  const s2 = q < wb.at ? Math.max(q - 16, wordStartBefore(text, q)) : q;
  return text.slice(s2, q).toLowerCase();
}

/** True when the two words before a position are one of `pairs` (`known as`). */
function pairBefore(text: string, wb: WordsBefore, pairs: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  const firsts = pairs.get(wb.w1);
  return firsts !== undefined && firsts.has(word2Before(text, wb));
}

const GREETING_WORDS = /* @__PURE__ */ new Set(['hi', 'hello', 'hiya', 'dear', 'hey', 'morning', 'afternoon', 'evening', 'thanks', 'cheers', 'ta', 'diolch']);
/** Kinship words before a name (`her husband, Thuq`, `daughters Latheith and Tregaith`). */
const KIN_WORDS = /* @__PURE__ */ new Set([
  'mother', 'father', 'son', 'sons', 'daughter', 'daughters', 'wife', 'husband', 'brother', 'brothers', 'sister', 'sisters', 'cousin', 'cousins',
  'nephew', 'niece', 'uncle', 'aunt', 'auntie', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'stepson', 'stepdaughter',
  'stepfather', 'stepmother', 'boyfriend', 'girlfriend', 'fiancé', 'fiancée', 'fiance', 'fiancee', 'twin', 'mum', 'dad',
]);

/** `R v `, `PF v `, `… Ireland v. `: the text before `start` names the other party to a case (`v`, `v.`, `vs`). */
function partyBefore(text: string, start: number): boolean {
  // The unit before the space is `v`, `.` or `s`: tested before any string is cut.
  const c = text.charCodeAt(start - 2);
  return start >= 3 && (c === 118 || c === 46 || c === 115) && CASE_PARTY_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}

/** Can a verb of {@link JUSTICE_AFTER} start with this code unit (`was`, `is`, `has`, `appeared`, `pleaded`, `denied`)? */
function mayOpenJusticeVerb(c: number): boolean {
  return c === 119 || c === 105 || c === 104 || c === 97 || c === 112 || c === 100;
}

/**
 * ` (PC 2290)`, `(DS)`, ` – PC 3015`: a police rank finding starts right after `end`, in parentheses or after a
 * spaced dash. (Not after a comma: `In Leeds, DC Jones said` has a place there.)
 */
function rankRightAfter(text: string, end: number, rankStarts: Positions): boolean {
  const c = text.charCodeAt(end);
  const d = text.charCodeAt(end + 1);
  let p = -1;
  if (c === 40) p = end + 1;
  else if (c === 32 && d === 40) p = end + 2;
  else if (c === 32 && (d === 0x2013 || d === 0x2014 || d === 45) && text.charCodeAt(end + 2) === 32) p = end + 3;
  return p !== -1 && p < text.length && hasPosition(rankStarts, p);
}

const ROLE_WORDS = /* @__PURE__ */ new Set([
  'victim', 'witness', 'suspect', 'officer', 'colleague', 'member', 'complainant', 'defendant', 'driver', 'passenger', 'manager', 'supervisor',
  'chair', 'detainee', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'partner', 'brother', 'sister', 'neighbour', 'friend',
  'resident', 'councillor', 'solicitor', 'barrister', 'journalist', 'spokesperson', 'spokesman', 'spokeswoman', 'called',
]);
/** Two-word cues before a role-less name (`chaired by`, `known as`): the first words, keyed by the second. */
const ROLE_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = /* @__PURE__ */ new Map([
  ['by', /* @__PURE__ */ new Set(['chaired', 'handled', 'submitted', 'reviewed', 'authorised', 'authorized', 'approved', 'signed', 'completed', 'prepared', 'countersigned', 'witnessed'])],
  ['as', /* @__PURE__ */ new Set(['named', 'known', 'identified'])],
  ['is', /* @__PURE__ */ new Set(['name'])],
]);
const ADDRESS_WORDS = /* @__PURE__ */ new Set(['told', 'asked', 'thanked', 'emailed', 'called', 'phoned', 'met', 'contacted', 'cc', 'ask', 'tell', 'thank']);
/** `spoke to`, `met with`: the first words, keyed by the second. */
const ADDRESS_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = /* @__PURE__ */ new Map([
  ['to', /* @__PURE__ */ new Set(['spoke', 'speak', 'talk', 'talked'])],
  ['with', /* @__PURE__ */ new Set(['spoke', 'met'])],
]);
/** Lower-case words before a capitalised run that make it a place (`at Perry Barr`, `upon Tyne`). */
const PLACE_WORDS = /* @__PURE__ */ new Set(['at', 'in', 'near', 'outside', 'across']);
const NOT_PERSON_WORDS = /* @__PURE__ */ new Set(['upon', 'of', 'on', 'in', 'at', 'near', 'the']);

/**
 * Is the run a thing or a place: a vehicle (a make in it, or a model alone or after one word), or an institution
 * (`Sherlock Holmes Museum`)?
 */
function notPersonRun(seg: readonly Token[]): boolean {
  const last = seg[seg.length - 1] as Token;
  if (VEHICLE_MODELS.has(last.key) && (seg.length === 1 ? (last.flags & GIVEN) === 0 : seg.length === 2)) return true;
  for (let k = 0; k < seg.length; k++) if (VEHICLE_MAKES.has((seg[k] as Token).key)) return true;
  return seg.length >= 2 && INSTITUTION_WORDS.has(last.key);
}

function scoreSegment(text: string, seg: Token[], rankEnds: Positions, rankStarts: Positions, getCells: () => NameCells, add: (c: Candidate) => void, afterStop: boolean): void {
  if (seg.length > 5) {
    // A long run of capitalised words is a heading or an undelimited list (`Aaron Smith Jane Doe Peter Brown`):
    // keep the pairs the lexicon knows as given name + name, each scored on its own.
    for (let i = 0; i + 1 < seg.length; i++) {
      const a = seg[i] as Token;
      const b = seg[i + 1] as Token;
      if (isStrong(a.flags) && (a.flags & GIVEN) !== 0 && isStrong(b.flags)) {
        scoreSegment(text, [a, b], rankEnds, rankStarts, getCells, add, false);
        i++;
      }
    }
    return;
  }
  let start = (seg[0] as Token).start;
  const lastToken = seg[seg.length - 1] as Token;
  // A final initial keeps its dot (`Smith, J.K.`, `P.`), as inner initials do (`J. Smith`).
  const end = lastToken.end - lastToken.start === 1 && lastToken.initial && text.charCodeAt(lastToken.end) === 46 ? lastToken.end + 1 : lastToken.end;
  // `al-Rashid`: the particle before the first capitalised word belongs to the name.
  const pc = start > 1 ? text.charCodeAt(start - 1) : 0;
  if ((pc === 32 || pc === 45) && !isUpper(text.charCodeAt(start - 2)) && isLetterCode(text.charCodeAt(start - 2)) && !longWordBefore(text, start - 1)) {
    const pb = PARTICLE_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
    if (pb !== null) start -= (pb[1] as string).length;
  }
  // A unit acronym closing the run is no part of a name. After a rank or title (`DS Smith CID`), or after two
  // words or more (`Sarah Jones CID`), the rest is scored alone; one word alone before it is the unit's place
  // (`Trafford NPT`).
  if (seg.length >= 2 && lastToken.caps && UNIT_ACRONYMS().has(lastToken.key)) {
    if (seg.length >= 3 || anchorBefore(text, start, rankEnds) !== null) {
      scoreSegment(text, seg.slice(0, -1), rankEnds, rankStarts, getCells, add, afterStop);
      add({ start: lastToken.start, end: lastToken.end, score: 0, reasons: undefined, tokens: [lastToken], vetoed: true });
    } else add({ start, end, score: 0, reasons: undefined, tokens: seg, vetoed: true });
    return;
  }
  const opener = seg[0] as Token;
  const welshTeam = opener.key === 'tim' && text.charCodeAt(opener.start + 1) === 0xee;
  if (NOT_PERSON_OPENERS.has(opener.key) || welshTeam || (opener.key === 'po' && seg.length > 1 && (seg[1] as Token).key === 'box') || notPersonRun(seg)) {
    add({ start, end, score: 0, reasons: undefined, tokens: seg, vetoed: true });
    return;
  }
  let reasons: string[] | undefined;
  let strong = 0;
  let weak = 0;
  let unknown = 0;
  let initials = 0;
  let frequent = 0;
  let given = 0;
  let caps = 0;
  for (let k = 0; k < seg.length; k++) {
    const t = seg[k] as Token;
    if (t.caps && !t.initial) caps++;
    if (t.initial) initials++;
    else if (isStrong(t.flags)) {
      strong++;
      if ((t.flags & FREQUENT) !== 0) frequent++;
      if ((t.flags & GIVEN) !== 0) given++;
    } else if (isName(t.flags)) weak++;
    else unknown++;
  }
  const n = seg.length;
  // `J. Young`, `R.A. Smith`: initials first, with a dot.
  const leadingDotted = (seg[0] as Token).initial && text.charCodeAt((seg[0] as Token).end) === 46;
  const names = strong + weak + unknown;
  let anchor = anchorBefore(text, start, rankEnds);
  // In parentheses after a rank: two to four words, none an English word or a place, closed right after.
  if (anchor === 'rank-parenthesis') anchor = n >= 2 && text.charCodeAt(end) === 41 && seg.every((t) => (t.flags & (WORD | PLACE | COMMON | STOP)) === 0) ? 'rank' : null;
  let score = 0;
  if (anchor !== null && names >= 1 && n <= 4) {
    score = SCORE_ANCHOR;
    reasons = withReason(reasons, anchor === 'rank' ? 'anchor:rank' : 'anchor:title');
  }
  const cells = getCells();
  const ci = cells.starts.length > 0 ? cellFor(cells, start, end) : -1;
  if (ci !== -1) {
    const role = cells.roles[ci] as string;
    // The first name in a cell, or one after a `;` (`Panel: DI Giorgos Bianchi; Shaneika Bygrave`).
    const prevEnd = cells.lastEnd[ci] as number;
    const firstInCell = prevEnd === -1 || text.slice(prevEnd, start).includes(';');
    cells.lastEnd[ci] = end;
    if (role === 'other' && score < SCORE_ANCHOR) {
      // A value under a Location, Department, Rank… header is not a name.
      add({ start, end, score: 0, reasons, tokens: seg, vetoed: true });
      return;
    }
    if (score < SCORE_CELL && firstInCell) {
      // Under a loose header (`Subject`, `Contact`, `Officer in case`) a lone acronym (`CID`) is not a name.
      const lone = seg[0] as Token;
      // … and its name opens the value (`Subject: Saturday cover – Milton Keynes` is an e-mail's subject line).
      const opensCell = prevEnd !== -1 || NAME_HEADERS.has(role) || text.slice(cells.starts[ci] as number, start).trim() === '';
      // A message header's value is a name unless a word of it is a known English word, place or unit (`To: Force Control Room`).
      const mailName = role === 'mail' && seg.every((t) => t.initial || (!t.caps && (t.flags & (WORD | PLACE | COMMON | STOP)) === 0));
      const named = NAME_HEADERS.has(role) || mailName ? true : opensCell && (strong > 0 || (weak > 0 && n >= 2)) && !(n === 1 && (caps === 1 || initials === 1 || (lone.flags & GIVEN) === 0));
      if (named && (names >= 1 || role === 'initials' || initials === n)) {
        score = SCORE_CELL;
        reasons = withReason(reasons, columnReason(cells, role));
      }
    }
  }
  // The words around the segment matter only when no anchor or cell has scored it.
  if (score === 0) {
    const wb = wordsBefore(text, start);
    const homeOf = wb.raw1 === 'of' && !wb.comma && livesAt(text, wb.at);
    if ((NOT_PERSON_BEFORE.has(wb.raw1) && !wb.comma) || homeOf) {
      add({ start, end, score: 0, reasons, tokens: seg, vetoed: true });
      return;
    }
    const after = text.slice(end, end + 20);
    // The patterns tested on `after` start with a space or a comma: a cheap test of that first unit skips them.
    const a0 = text.charCodeAt(end);
    if (names >= 1 && n <= 4) {
      if ((GREETING_WORDS.has(wb.w1) || (wb.w1 === 'you' && word2Before(text, wb) === 'thank')) && GREETING_AFTER.test(after)) {
        score = 0.85;
        reasons = withReason(reasons, 'context:greeting');
      } else if (after.includes('<') && MAIL_AFTER.test(text.slice(end, end + 72))) {
        score = 0.9;
        reasons = withReason(reasons, 'context:mail-header');
      } else if (lineStartBefore(text, start) && afterSignOff(text, start, end)) {
        score = 0.85;
        reasons = withReason(reasons, 'context:sign-off');
      } else if (n <= 2 && (opener.flags & GIVEN) !== 0 && !opener.caps && names === n && lineStartBefore(text, start) && closesMessage(text, start, end)) {
        score = 0.8;
        reasons = withReason(reasons, 'context:closing-line');
      } else if (partyBefore(text, start)) {
        // `R v Smith`, `PF v Skazha`, `Police Service of Northern Ireland v. McGlinchey`: a party to a case.
        score = 0.85;
        reasons = withReason(reasons, 'context:case-party');
      } else if (rankRightAfter(text, end, rankStarts)) {
        // `Kepaix Teitrouq (PC 2290)`, `Balogun, Tunde (DC)`, `Blax, Peisibo – PC 3015`: the person's rank right after the name.
        score = 0.85;
        reasons = withReason(reasons, 'context:rank-after');
      } else if ((a0 === 40 || (a0 === 32 && text.charCodeAt(end + 1) === 40)) && ROLE_IN_PARENTHESES_AFTER.test(text.slice(end, end + 64))) {
        score = 0.85;
        reasons = withReason(reasons, 'context:role-after');
      } else if ((a0 === 32 || a0 === 44) && mayOpenJusticeVerb(text.charCodeAt(a0 === 44 ? end + 2 : end + 1)) && JUSTICE_AFTER.test(text.slice(end, end + 32))) {
        score = 0.75;
        reasons = withReason(reasons, 'context:justice');
      } else if (a0 === 44 && ID_CUE_AFTER.test(text.slice(end, end + 24))) {
        // `Tudazhusk Zepou-Blokidralv, payroll no. 10572231`: a person's own number follows.
        score = 0.8;
        reasons = withReason(reasons, 'context:number-after');
      } else if (a0 === 44 && n <= 2 && caps === 0 && !GREETING_WORDS.has(opener.key) && lineStartBefore(text, start) && VOCATIVE_AFTER.test(text.slice(end, end + 24))) {
        // `Lokobisk,` alone on a message's first line, `Sour, could you cover…`: the person addressed.
        score = 0.8;
        reasons = withReason(reasons, 'context:addressed-first');
      } else if (KIN_WORDS.has(wb.w1) && n <= 3 && caps < n) {
        // `her husband, Thuq,`, `his cousin Mublelailv Thu`: a relative is named after the kinship word.
        score = 0.7;
        reasons = withReason(reasons, 'context:kinship');
      }
    }
    if (score === 0) {
      // Lexicon and shape.
      if (n >= 2) {
        if (strong >= 2) score = 0.9;
        else if (strong === 1 && initials >= 1 && weak + unknown === 0) score = 0.85;
        else if (strong === 1 && weak + unknown >= 1) score = given > 0 || caps > 0 ? 0.75 : 0.6;
        else if (initials >= 1 && weak >= 1 && unknown === 0 && leadingDotted && !seg.some((t) => (t.flags & PLACE) !== 0)) score = 0.55;
        else if (initials >= 1 && unknown >= 1 && initials < n && leadingDotted) score = 0.5;
        else if (weak >= 2) score = 0.45;
        else score = 0.2;
        if (initials === n) score = 0;
        // `Saunders Lane`, `South Ribble`: a street word after a surname, or a compass word before a name, is a place.
        const last = seg[n - 1] as Token;
        const firstTok = seg[0] as Token;
        if ((STREET_WORDS.has(last.key) && (firstTok.flags & GIVEN) === 0) || COMPASS_WORDS.has(firstTok.key)) score = Math.min(score, 0.3);
        if (score > 0) reasons = withReason(reasons, `lexicon:${strong}-known`);
      } else {
        const t = seg[0] as Token;
        // A well-attested given name alone (`Chloe spoke to Tariq`) is a first name; a lone surname needs context.
        const loneGiven = (t.flags & GIVEN) !== 0 && (t.flags & SURNAME) === 0 && !t.caps && !(NOT_PERSON_WORDS.has(wb.raw1) && !wb.comma);
        score = t.initial ? 0 : isStrong(t.flags) ? (loneGiven ? 0.55 : frequent > 0 ? 0.4 : 0.35) : isName(t.flags) ? 0.2 : 0.1;
        if (score > 0.1 && score < 0.5 && !wb.comma && (ADDRESS_WORDS.has(wb.w1) || pairBefore(text, wb, ADDRESS_PAIRS))) {
          score += 0.2;
          reasons = withReason(reasons, 'context:addressed');
        }
      }
      if (afterStop && initials > 0 && (seg[0] as Token).initial) score = 0;
      if ((a0 === 32 && PLACE_AFTER.test(after)) || (PLACE_WORDS.has(wb.raw1) && !wb.comma)) score = Math.min(score, 0.3);
      if (score > 0 && score < 0.7 && initials < n && (ROLE_WORDS.has(wb.w1) || pairBefore(text, wb, ROLE_PAIRS))) {
        score = n >= 2 ? Math.max(score, 0.7) : score + 0.2;
        reasons = withReason(reasons, 'context:role');
      }
      const placeLike = n === 1 && NOT_PERSON_WORDS.has(wb.raw1) && !wb.comma;
      if (score > 0 && score < 0.9 && !placeLike && (a0 === 32 || a0 === 44) && (SPEECH_AFTER.test(after) || (a0 === 44 && AGE_AFTER.test(after))) && initials < n) {
        const boosted = n >= 2 || strong === 1 ? score + 0.3 : score + 0.15;
        score = Math.min(0.9, boosted);
        reasons = withReason(reasons, 'context:speech');
      }
    }
  }
  add({ start, end, score, reasons, tokens: seg });
}


/** Appends a reason to a list created on the first one (so that it has no spare capacity). */
function withReason(reasons: string[] | undefined, reason: string): string[] {
  if (reasons === undefined) return [reason];
  reasons.push(reason);
  return reasons;
}
