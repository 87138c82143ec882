/**
 * POLICE_RANK: ranks and role titles of UK police forces, full and abbreviated, acting and temporary forms,
 * in prose, signatures, rosters, `Rank:` lines and single table cells.
 *
 * @module
 */
import { defineDetector, makeFinding, memoize } from '../core/detector.js';
import { lazy } from '../core/lazy.js';
import { cellColumnIs } from '../core/headers.js';
import { cellAt, cellIndexAt } from '../core/tables.js';
import { lineEndNear, lineStartNear } from '../core/text.js';
import { SIGN_OFF_LINE } from '../core/regex/personName.js';
import { OFFICER_NUMBER_TOKEN, PRIVY_COUNSELLOR_CUE, RANK_COUNT_CUE, RANK_COUNT_FULL_RANK, RANK_COUNT_LIST_AFTER, RANK_COUNT_LIST_BEFORE, RANK_WITH_NUMBER } from '../core/regex/policeRank.js';
import type { DetectContext, Detector, EntityType, Finding, TextCell } from '../core/types.js';
import { RANK_FORMS, RANK_PREFIXES, type RankKind } from '../data/police/ranks.js';
import { buildTrie, firstWordFilter, isDelimitedSegment, isDigitAt, isUpperAt, mayStart, sharedCellTypes, tokenChild, matchAt, phraseTokens, sharedTokens, type TokenTrie, type Tokens } from '../data/police/phrases.js';

/** Capitalised words that follow a rank without being a name. */
const NOT_NAMES = /* @__PURE__ */ new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'as', 'is', 'was', 'are', 'were', 'be',
  'i', 'we', 'he', 'she', 'they', 'it', 'this', 'that', 'these', 'those', 'if', 'when', 'where', 'who', 'what', 'which', 'why', 'how',
  'please', 'thanks', 'team', 'unit', 'rank', 'ranks', 'grade', 'grades', 'role', 'roles', 'training', 'degree', 'programme', 'program',
  'apprenticeship', 'exam', 'examination', 'course', 'major', 'general', 'police', 'station', 'office', 'level', 'number', 'numbers', 'no',
  'cases', 'case', 'ltd', 'limited', 'plc', 'inc', 'mp', 'qc', 'kc', 'obe', 'mbe', 'cbe', 'qpm', 'kpm', 'world', 'comics', 'universe', 'united',
  'extended', 'gas', 'milan', 'vita', 'plus', 'pro', 'store', 'games', 'gaming', 'magazine', 'series', 'cable', 'power', 'motor', 'adapter',
  'advisor', 'specialist', 'studio', 'version', 'edition', 'mini', 'not', 'all', 'any', 'each', 'every', 'our', 'your', 'their', 'his', 'her',
  'my', 'its', 'on-call', 'cover', 'duty', 'shift', 'lead', 'post', 'posts', 'vacancy', 'vacancies', 'pay', 'scale', 'band', 'salary',
  'recruitment', 'promotion', 'board', 'process', 'standards', 'support', 'officers', 'officer', 'staff', 'name', 'names', 'see', 'yes',
  'award', 'awards', 'commendation', 'certificate', 'scheme', 'entry', 'pathway', 'assessment', 'allowance', 'review', 'report',
  'reports', 'guidance', 'policy', 'college', 'association', 'federation', 'network', 'forum', 'conference', 'briefing', 'meeting',
  'ps', 'nb', 'tel', 'mob', 'email', 'fax',
]);
const W_NOT_NAME = 1;
const W_PARTICLE = 2;
const W_FOREIGN = 4;
const W_FICTIONAL = 8;
const W_TITLE = 16;
const W_PREFIX_SLASH = 32;
const W_PREFIX_WORD = 64;
const W_JOHNSON = 128;
const W_LEWIS = 256;
const W_POSSESSIVE = 512;
/** Words before a lower-case rank that tie it to a person named next (`her inspector, …`, `his first sergeant, …`). */
const POSSESSIVES = /* @__PURE__ */ new Set(['her', 'his', 'their', 'our', 'my', 'your', 'first', 'new', 'former', 's']);

/** The word-class flags of token `k` (0 for most words). */
function wordFlags(text: string, tokens: Tokens, k: number, lexicon: RankLexicon): number {
  return tokenChild(lexicon.words, text, tokens, k)?.value ?? 0;
}

/** Titles that open an apposed name after a comma. */
const TITLES = /* @__PURE__ */ new Set(['sir', 'dame', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'lord', 'lady']);
/** Lower-case name particles that may open a name after a rank (`DC de Vries`). */
const PARTICLES = /* @__PURE__ */ new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'le', 'la', 'al', 'el', 'bin', 'binti', 'ap', 'ní', 'nic', 'ó', 'mac', 'dos', 'das', 'del']);
/** Words before a rank word that make it a non-police title (HMRC inspector, Staff Sergeant, Wing Commander…). */
const FOREIGN_TITLE_BEFORE = /* @__PURE__ */ new Set([
  'hmrc', 'ofsted', 'tax', 'school', 'schools', 'health', 'safety', 'fire', 'housing', 'ticket', 'revenue', 'customs', 'food', 'factory',
  'mines', 'army', 'staff', 'colour', 'color', 'flight', 'gunnery', 'drill', 'lance', 'master', 'wing', 'lieutenant', 'lt', 'squadron',
  'incident', 'gold', 'silver', 'bronze', 'hm', 'prison', 'building', 'planning', 'environmental', 'rail', 'bus', 'revenue', 'quality',
  'crime', 'information', 'commissioner', 'children', 'victims', 'biometrics', 'surveillance', 'equality', 'fundraising', 'charity',
  'district', 'county', 'parish', 'naval', 'navy', 'marine', 'raf', 'regimental', 'company', 'battalion', 'platoon', 'dock', 'harbour',
]);
/** Fictional detectives: `Inspector Morse` is a title character, not an officer (documented in docs/detectors.md). */
const FICTIONAL = /* @__PURE__ */ new Set(['morse', 'gadget', 'clouseau', 'lestrade', 'japp', 'rebus', 'wexford', 'lynley', 'barnaby', 'frost', 'dalziel', 'banks', 'vera', 'maigret', 'montalbano', 'bucket', 'lewis', 'thursday']);
const INSPECTOR_FORMS = /* @__PURE__ */ new Set(['inspector', 'detective inspector', 'chief inspector', 'detective chief inspector', 'di', 'dci', 'insp', 'det insp', 'sergeant', 'detective sergeant', 'ds', 'superintendent', 'detective superintendent', 'det supt']);
/** Full words that, when alone, a person who is not a police officer commonly holds. */
const BARE_COMMISSIONER = 'commissioner';

/**
 * What a rank was seen with: a name or officer number after it, a delimited segment of its own, a name before it
 * (`Amara Okafor, Detective Inspector, said`, `J. Smith (Inspector)`), a line of its own under a name line (a
 * signature block), or nothing.
 */
export type RankEvidence = 'name' | 'number' | 'segment' | 'apposition' | 'signature' | 'none';

/** A rank found in running text, with the token range it covers and what follows it. */
export interface RankHit {
  readonly start: number;
  readonly end: number;
  readonly kind: RankKind;
  /** Index of the rank's last token. */
  readonly lastToken: number;
  readonly evidence: RankEvidence;
  /** For a rank fused with its number (`PC4521`): where the number starts. */
  readonly fusedNumberAt?: number;
}

/** A rank form in the trie: its kind and its folded key (`det sgt`). */
export interface RankForm {
  readonly kind: RankKind;
  readonly key: string;
}

/** The rank lexicon compiled for matching: a token trie and a map from folded form to kind. */
export interface RankLexicon {
  readonly trie: TokenTrie<RankForm>;
  /** Word classes (`W_*` bit flags) of the small word lists, looked up by token hash without allocating. */
  readonly words: TokenTrie<number>;
  /** {@link firstWordFilter} of `trie`. */
  readonly first: Uint32Array;
  readonly forms: ReadonlyMap<string, RankKind>;
}

/**
 * The compiled rank lexicon: built on first use (never at import time) and shared, read-only, by every
 * factory that needs it (policeRank, officerId, the name detector's rank anchors).
 *
 * @example
 * ```ts
 * rankLexicon().forms.get('det sgt'); // 'abbr'
 * ```
 */
export function rankLexicon(): RankLexicon {
  return sharedRankLexicon();
}

const sharedRankLexicon = /* @__PURE__ */ lazy(buildRankLexicon);

function buildRankLexicon(): RankLexicon {
  const forms = new Map<string, RankKind>();
  for (const [form, kind] of RANK_FORMS) {
    const key = phraseTokens(form).join(' ');
    if (!forms.has(key)) forms.set(key, kind);
  }
  const flags = new Map<string, number>();
  const add = (list: Iterable<string>, flag: number): void => {
    for (const w of list) flags.set(w, (flags.get(w) ?? 0) | flag);
  };
  add(NOT_NAMES, W_NOT_NAME);
  add(PARTICLES, W_PARTICLE);
  add(FOREIGN_TITLE_BEFORE, W_FOREIGN);
  add(FICTIONAL, W_FICTIONAL);
  add(TITLES, W_TITLE);
  add(Object.keys(RANK_PREFIXES).filter((p) => RANK_PREFIXES[p] === true), W_PREFIX_SLASH);
  add(Object.keys(RANK_PREFIXES).filter((p) => RANK_PREFIXES[p] === false), W_PREFIX_WORD);
  add(['johnson'], W_JOHNSON);
  add(['lewis'], W_LEWIS);
  add(POSSESSIVES, W_POSSESSIVE);
  const trie = buildTrie(RANK_FORMS.map(([form, kind]) => [form, { kind, key: phraseTokens(form).join(' ') }] as const));
  return { trie, forms, words: buildTrie(flags), first: firstWordFilter(trie) };
}

function tokenText(text: string, tokens: Tokens, k: number): string {
  return text.slice(tokens.starts[k], tokens.ends[k]);
}

/** Ambiguous abbreviations count only in capitals (`PC`, `P.C.`), or as `Pc`. */
function caseOk(text: string, tokens: Tokens, first: number, last: number, kind: RankKind): boolean {
  if (kind !== 'ambiguous') return true;
  const s = text.slice(tokens.starts[first], tokens.ends[last]);
  return s === s.toUpperCase() || s === 'Pc';
}

/** Spaces/tabs only, 1 to 3 of them. */
function isShortBlank(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/**
 * Is token `j` an officer number as it would follow a rank (`4521`, `6782BS`), not a date, time, money or fraction?
 *
 * @example
 * ```ts
 * const t = 'PC 4521 Okafor';
 * isOfficerNumberToken(t, tokenize(t), 1); // true
 * ```
 */
export function isOfficerNumberToken(text: string, tokens: Tokens, j: number): boolean {
  const s = tokens.starts[j] as number;
  const e = tokens.ends[j] as number;
  if (e - s > 9 || !OFFICER_NUMBER_TOKEN.test(text.slice(s, e))) return false;
  if (!isDigitAt(text, s) && !isDigitAt(text, e - 1)) return false;
  const after = text.charCodeAt(e);
  // 12/03, 10:30, 45%, 1.5, 1,000, 12-15
  if (after === 47 || after === 58 || after === 37) return false;
  if ((after === 46 || after === 44 || after === 45) && isDigitAt(text, e + 1)) return false;
  const before = text.charCodeAt(s - 1);
  return before !== 163 && before !== 36 && before !== 35;
}

/**
 * Does a person's name start at token `j`: a capitalised word that is not a common word, an initial, or a particle before one?
 *
 * @example
 * ```ts
 * const t = 'DS R. Kowalczyk';
 * startsName(t, tokenize(t), 1, rankLexicon()); // true
 * ```
 */
export function startsName(text: string, tokens: Tokens, j: number, lexicon: RankLexicon): boolean {
  if (j >= tokens.count) return false;
  const s = tokens.starts[j] as number;
  const e = tokens.ends[j] as number;
  if (!isUpperAt(text, s)) {
    // Particles, possibly chained (`de la Cruz`, `van der Berg`), before a capitalised word.
    let k = j;
    while (k < tokens.count && k - j < 3 && (wordFlags(text, tokens, k, lexicon) & W_PARTICLE) !== 0) {
      if (k + 1 >= tokens.count || (tokens.starts[k + 1] as number) - (tokens.ends[k] as number) !== 1) return false;
      k++;
      if (isUpperAt(text, tokens.starts[k] as number)) return k > j;
    }
    return false;
  }
  if (e - s === 1) {
    // An initial: `A.`, `A Smith`, `D'Souza`, `O'Neill`; a lone `I` is the pronoun.
    const next = text.charCodeAt(e);
    if (next === 46) return true;
    if ((next === 39 || next === 0x2019) && isUpperAt(text, e + 1)) return true;
    // `DC I Dhillon`, but not `PS I forgot`.
    return next === 32 && j + 1 < tokens.count && tokens.starts[j + 1] === e + 1 && isUpperAt(text, e + 1);
  }
  if ((wordFlags(text, tokens, j, lexicon) & W_NOT_NAME) !== 0) return false;
  // An all-digit or mixed token is not a name.
  for (let i = s; i < e; i++) if (isDigitAt(text, i)) return false;
  return true;
}

/**
 * True when a rank followed by a number is a count, not an officer: `headcount by rank. Constable 1827,
 * Sergeant 145` or `Number of officers: Inspector 23`. A count cue (headcount, total, number of, figures…)
 * earlier on the same line, or a list of full rank words each followed by a number, says so.
 *
 * @example
 * ```ts
 * isRankCount('Headcount: Constable 1827, Sergeant 145', 11, 25); // true
 * isRankCount('PC 4521 attended', 0, 7); // false
 * ```
 */
export function isRankCount(text: string, rankStart: number, numberEnd: number): boolean {
  // Look back at most 160 units, and not past a line break (bounded, so a one-line megabyte stays linear).
  const window = text.slice(Math.max(0, rankStart - 160), rankStart);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  if (RANK_COUNT_CUE.test(before)) return true;
  const listed = RANK_COUNT_LIST_AFTER.test(text.slice(numberEnd, numberEnd + 40)) || RANK_COUNT_LIST_BEFORE.test(text.slice(Math.max(0, rankStart - 4), rankStart));
  return listed && RANK_COUNT_FULL_RANK.test(text.slice(rankStart, numberEnd));
}

/** Lower-case words that may follow a rank in apposition (`…, Chief Constable of Kent Police, said`). */
const APPOSITION_FOLLOWERS = /* @__PURE__ */ new Set(['at', 'of', 'in', 'for', 'from', 'with', 'said', 'says', 'told', 'added', 'and', 'who', 'has', 'had', 'was', 'is', 'will', 'would', 'led', 'leads']);

/** Is token `j` a capitalised word that may end a name (not a common word, not a number)? */
function nameWordAt(text: string, tokens: Tokens, j: number, lexicon: RankLexicon): boolean {
  if (j < 0) return false;
  const s = tokens.starts[j] as number;
  const e = tokens.ends[j] as number;
  if (e - s < 2 || !isUpperAt(text, s) || (wordFlags(text, tokens, j, lexicon) & W_NOT_NAME) !== 0) return false;
  for (let i = s; i < e; i++) if (isDigitAt(text, i)) return false;
  return true;
}

/**
 * `Amara Okafor, Detective Inspector, said…`, `J. Smith (Inspector) attended`: a rank right after a name and a
 * comma or an opening parenthesis, closed by punctuation, a line end or a word that goes on with the sentence.
 */
function inApposition(text: string, tokens: Tokens, firstToken: number, start: number, end: number, lexicon: RankLexicon): boolean {
  const paren = text.charCodeAt(start - 1) === 40;
  const comma = !paren && text.charCodeAt(start - 1) === 32 && text.charCodeAt(start - 2) === 44;
  if (!paren && !comma) return false;
  const prev = firstToken - 1;
  const gap = paren ? (text.charCodeAt(start - 2) === 32 ? 2 : 1) : 2;
  if (prev < 0 || tokens.ends[prev] !== start - gap || !nameWordAt(text, tokens, prev, lexicon)) return false;
  const a = end < text.length ? text.charCodeAt(end) : 10;
  if (paren) return a === 41;
  if (a === 44 || a === 46 || a === 59 || a === 41 || a === 10 || a === 13) return true;
  if (a !== 32 || firstToken + 1 >= tokens.count) return false;
  // The next token, when it starts right after the space, must be a follower word.
  let j = firstToken;
  while (j < tokens.count && (tokens.starts[j] as number) < end) j++;
  if (j >= tokens.count || tokens.starts[j] !== end + 1) return false;
  return APPOSITION_FOLLOWERS.has(text.slice(tokens.starts[j], tokens.ends[j]));
}

/** The bounds of the line holding `pos` (line breaks and a `\r` excluded), looking at most 120 units either way. */
function lineAround(text: string, pos: number): [number, number] {
  const a = lineStartNear(text, pos, 120);
  let b = lineEndNear(text, pos, 120);
  if (b > a && text.charCodeAt(b - 1) === 13) b--;
  return [a, b];
}

/**
 * A signature block: the rank fills its line (spaces aside), the line just above is a name (two to five
 * capitalised words or initials: `Jane Doe`, `J. K. Okafor-Bell`, nothing else), and above that, perhaps after
 * one blank line, a sign-off (`Yours sincerely,`, `Kind regards`). A heading over a rank (`Holiday Entitlement` /
 * `Sergeant` / `25 days`) has no sign-off above it.
 */
function underNameLine(text: string, tokens: Tokens, firstToken: number, start: number, end: number, lexicon: RankLexicon): boolean {
  const [ls, le] = lineAround(text, start);
  if (ls === 0 || !isShortBlankOrEmpty(text, ls, start) || !isShortBlankOrEmpty(text, end, le)) return false;
  const [ps, pe] = lineAround(text, ls - 1);
  if (pe - ps < 3 || pe - ps > 48 || ls - 1 - pe > 1) return false;
  // The name line's tokens are those ending before the rank's line.
  let words = 0;
  for (let j = firstToken - 1; j >= 0 && (tokens.starts[j] as number) >= ps; j--) {
    const s = tokens.starts[j] as number;
    const e = tokens.ends[j] as number;
    if (e - s === 1 ? !isUpperAt(text, s) : !nameWordAt(text, tokens, j, lexicon)) return false;
    words++;
  }
  if (words < 2 || words > 5) return false;
  // Between the words only spaces, dots, hyphens and apostrophes.
  for (let i = ps; i < pe; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 58 || c === 59 || c === 40 || c === 64 || (c >= 48 && c <= 57)) return false;
  }
  // The sign-off: the line above the name, or the one above a blank line there.
  // `p` is the line break that ends the line looked at.
  for (let k = 0, p = ps - 1; k < 2 && p >= 0; k++) {
    const [ss, se] = lineAround(text, p);
    if (se - ss > 40) return false;
    if (SIGN_OFF_LINE.test(text.slice(ss, se))) return true;
    if (!isShortBlankOrEmpty(text, ss, se)) return false;
    p = ss - 1;
  }
  return false;
}

/**
 * Does the rest of the line after a rank hold only counts (`Constable | 5,802 | 74.1%`)? Digits, separators and
 * number punctuation up to the line end (read at most 80 units), with at least one digit: a row of a headcount
 * table, not an officer.
 */
function countsFollow(text: string, from: number): boolean {
  const to = Math.min(text.length, from + 80);
  let digits = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return digits > 0;
    if (c >= 48 && c <= 57) digits++;
    else if (c !== 32 && c !== 9 && c !== 124 && c !== 44 && c !== 46 && c !== 37 && c !== 45 && c !== 0x2013) return false;
  }
  return to === text.length && digits > 0;
}

/** Spaces or tabs only (or nothing) in `text[from, to)`. */
function isShortBlankOrEmpty(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/**
 * Finds rank forms in running text with what follows them. Linear: one trie walk per capitalised token.
 * Collisions (`PC World`, `Washington DC`, `Rt Hon … PC`, `Police and Crime Commissioner`, `HMRC inspector`,
 * `Inspector Morse`) are removed here.
 *
 * @example
 * ```ts
 * const t = 'PS 834 and DS Okafor';
 * scanRanks(t, tokenize(t), rankLexicon()).map((h) => h.evidence); // ['number', 'name']
 * ```
 */
export function scanRanks(text: string, tokens: Tokens, lexicon: RankLexicon): RankHit[] {
  const hits: RankHit[] = [];
  const { starts, ends } = tokens;
  for (let k = 0; k < tokens.count; k++) {
    const s0 = starts[k] as number;
    if (!isUpperAt(text, s0)) {
      // `Her inspector, Hamish Cruickshank, said`: a lower-case full rank after a possessive, apposed to a name.
      const len = (ends[k] as number) - s0;
      if (len >= 8 && len <= 14 && k > 0 && (wordFlags(text, tokens, k - 1, lexicon) & W_POSSESSIVE) !== 0) {
        const low = matchAt(text, tokens, k, lexicon.trie, 3);
        const e = low === undefined ? -1 : (ends[low.last] as number);
        if (low !== undefined && low.value.kind === 'full' && text.charCodeAt(e) === 44 && text.charCodeAt(e + 1) === 32 && starts[low.last + 1] === e + 2 && startsName(text, tokens, low.last + 1, lexicon)) {
          hits.push({ start: s0, end: e, kind: 'full', lastToken: low.last, evidence: 'name' });
          k = low.last;
        }
      }
      continue;
    }
    const m = mayStart(lexicon.first, text, tokens, k) ? matchAt(text, tokens, k, lexicon.trie, 5) : undefined;
    if (m === undefined) {
      // `PC4521`: rank and collar number written as one token.
      const len = (ends[k] as number) - s0;
      if (len >= 3 && len <= 13 && isDigitAt(text, (ends[k] as number) - 1) || (len >= 5 && len <= 13 && isDigitAt(text, (ends[k] as number) - 3))) {
        const fused = RANK_WITH_NUMBER.exec(text.slice(s0, ends[k]));
        const after = text.charCodeAt(ends[k] as number);
        if (fused !== null && after !== 47 && after !== 58 && !(after === 45 && isDigitAt(text, (ends[k] as number) + 1))) {
          const at = s0 + (fused[1] as string).length;
          hits.push({ start: s0, end: at, kind: 'abbr', lastToken: k, evidence: 'number', fusedNumberAt: at });
        }
      }
      continue;
    }
    const { kind, key } = m.value;
    if (!caseOk(text, tokens, m.first, m.last, kind)) continue;
    const lastHit = hits.length > 0 ? (hits[hits.length - 1] as RankHit) : undefined;
    let start = s0;
    let end = ends[m.last] as number;
    // Acting / temporary prefixes: `A/Insp`, `T/DCI`, `Acting Sergeant`.
    const prevFlags = k > 0 ? wordFlags(text, tokens, k - 1, lexicon) : 0;
    if ((prevFlags & (W_PREFIX_SLASH | W_PREFIX_WORD)) !== 0 && isUpperAt(text, starts[k - 1] as number)) {
      const gap = s0 - (ends[k - 1] as number);
      const g0 = text.charCodeAt(ends[k - 1] as number);
      if ((prevFlags & W_PREFIX_SLASH) !== 0 && gap === 1 && g0 === 47) start = starts[k - 1] as number;
      else if ((prevFlags & W_PREFIX_WORD) !== 0 && ((gap === 1 && g0 === 32) || (gap === 2 && g0 === 46 && text.charCodeAt(s0 - 1) === 32))) start = starts[k - 1] as number;
    }
    const prevWord = k > 0 && start === s0 && (prevFlags !== 0 || kind === 'ambiguous' || key === BARE_COMMISSIONER) ? tokenText(text, tokens, k - 1).toLowerCase() : '';
    k = m.last;
    // A trailing dot belongs to an abbreviation (`Supt.`, `P.C.`), except a sentence end after a bare ambiguous form (`Charleston, SC.`).
    if (kind !== 'full' && text.charCodeAt(end) === 46 && (kind === 'abbr' || m.last > m.first)) end++;
    // Collisions decided by the word before.
    if (start === s0 && (prevFlags & W_FOREIGN) !== 0 && kind === 'full') continue;
    if (key === BARE_COMMISSIONER && prevWord !== '' && prevWord !== 'met' && prevWord !== 'the' && m.first > 0 && isUpperAt(text, starts[m.first - 1] as number)) continue;
    if (key === 'dc' && prevWord === 'washington') continue;
    if ((key === 'pc' || key === 'p c') && PRIVY_COUNSELLOR_CUE.test(text.slice(Math.max(0, start - 60), start))) continue;
    // What follows.
    let evidence: RankEvidence = 'none';
    const j = m.last + 1;
    if (j < tokens.count && isShortBlank(text, end, starts[j] as number)) {
      if (isOfficerNumberToken(text, tokens, j)) evidence = isRankCount(text, start, ends[j] as number) ? 'none' : 'number';
      else if (startsName(text, tokens, j, lexicon)) {
        const followerFlags = wordFlags(text, tokens, j, lexicon);
        const blocked =
          (key === 'sc' && (followerFlags & W_JOHNSON) !== 0) ||
          (key === 'cs' && (followerFlags & W_LEWIS) !== 0) ||
          (INSPECTOR_FORMS.has(key) && (followerFlags & W_FICTIONAL) !== 0 && !(j + 1 < tokens.count && isShortBlank(text, ends[j] as number, starts[j + 1] as number) && startsName(text, tokens, j + 1, lexicon)));
        if (!blocked) evidence = 'name';
      }
    } else if (j < tokens.count && text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 40 && starts[j] === end + 2 && kind !== 'ambiguous') {
      // `The ACC (Hywel Bevan) wants the figures`: a name in parentheses right after the rank.
      if (startsName(text, tokens, j, lexicon)) evidence = 'name';
    } else if (j + 1 < tokens.count && text.charCodeAt(end) === 44 && text.charCodeAt(end + 1) === 32 && starts[j] === end + 2) {
      // `The Chief Constable, Sir Andy Marsh, said`: a title after a comma opens an apposed name.
      if ((wordFlags(text, tokens, j, lexicon) & W_TITLE) !== 0 && isShortBlank(text, ends[j] as number, starts[j + 1] as number) && isUpperAt(text, starts[j + 1] as number)) evidence = 'name';
    }
    // `Sarah Evans | Detective Inspector | Public Protection Unit`: a rank filling a signature or heading segment.
    if (evidence === 'none' && kind !== 'ambiguous' && isDelimitedSegment(text, start, end) && !countsFollow(text, end)) evidence = 'segment';
    // After a name: in apposition, or on a line of its own under a name line. An ambiguous form only in
    // parentheses (`Balogun, Tunde (DC)`, never `Washington, DC`), and not `SC` (`Columbia (SC)` is a US state);
    // never a rank after another rank (a list of ranks is generic).
    if (evidence === 'none' && (kind !== 'ambiguous' || (text.charCodeAt(start - 1) === 40 && key !== 'sc'))) {
      const firstToken = start === s0 ? m.first : m.first - 1;
      const afterRank = lastHit !== undefined && lastHit.lastToken === firstToken - 1;
      if (!afterRank && inApposition(text, tokens, firstToken, start, end, lexicon)) evidence = 'apposition';
      else if (!afterRank && kind !== 'ambiguous' && underNameLine(text, tokens, firstToken, start, end, lexicon)) evidence = 'signature';
    }
    hits.push({ start, end, kind, lastToken: m.last, evidence });
  }
  return hits;
}


/**
 * {@link scanRanks} computed once per scan context.
 *
 * @example
 * ```ts
 * const t = 'PC 4521';
 * const ctx = detectContext(t);
 * sharedRanks(t, ctx, sharedTokens(t, ctx), rankLexicon()).length; // 1
 * ```
 */
export function sharedRanks(text: string, ctx: DetectContext, tokens: Tokens, lexicon: RankLexicon): RankHit[] {
  // Shared by policeRank, officerId and the name detector through the scan's memo.
  return memoize(ctx, 'police:ranks', () => scanRanks(text, tokens, lexicon));
}

const PERSONAL_COLUMNS: ReadonlySet<EntityType> = /* @__PURE__ */ new Set<EntityType>(['PERSON', 'OFFICER_ID', 'PAY_NUMBER', 'EMAIL', 'PHONE', 'VETTING_LEVEL', 'DEPARTMENT', 'LOCATION']);

/**
 * Does a table cell's row hold data about a person (another column of a personal type)? `Label: value` lines
 * (row 0) count as personal. A headcount table (`Rank,Headcount`) does not.
 *
 * @example
 * ```ts
 * const cells = detectContext('Name,Rank\nJo,PC\n').tableCells();
 * rowIsPersonal(cells, 1, cells.map((c) => classifyHeader(c.header)?.type)); // true
 * ```
 */
export function rowIsPersonal(cells: readonly TextCell[], index: number, types: readonly (EntityType | undefined)[]): boolean {
  const cell = cells[index] as TextCell;
  if (cell.row === 0) return true;
  for (let d = -12; d <= 12; d++) {
    if (d === 0) continue;
    const other = cells[index + d];
    if (other === undefined || other.row !== cell.row) continue;
    const t = types[index + d];
    if (t !== undefined && PERSONAL_COLUMNS.has(t)) return true;
  }
  return false;
}

/** Do the tokens from `k` up to `end` form exactly one rank form (acting prefix and final dot allowed)? */
function cellIsRank(text: string, tokens: Tokens, k: number, end: number, lexicon: RankLexicon): boolean {
  let first = k;
  if (first + 1 < tokens.count && (tokens.starts[first + 1] as number) < end && RANK_PREFIXES[text.slice(tokens.starts[first], tokens.ends[first]).toLowerCase()] !== undefined) {
    const plain = matchAt(text, tokens, first, lexicon.trie, 6);
    if (plain === undefined || (tokens.ends[plain.last] as number) < end - 1) first++;
  }
  const m = matchAt(text, tokens, first, lexicon.trie, 6);
  if (m === undefined) return false;
  const e = tokens.ends[m.last] as number;
  return e === end || (e === end - 1 && text.charCodeAt(e) === 46);
}

/** Is the whole of `value` a rank form (acting/temporary prefixes allowed)? */
function wholeRank(value: string, lexicon: RankLexicon): RankKind | undefined {
  const toks = phraseTokens(value);
  if (toks.length === 0 || toks.length > 6) return undefined;
  const direct = lexicon.forms.get(toks.join(' '));
  if (direct !== undefined) return direct;
  if (toks.length > 1 && RANK_PREFIXES[toks[0] as string] !== undefined) return lexicon.forms.get(toks.slice(1).join(' '));
  return undefined;
}

/**
 * Detects police ranks. A rank counts when a name or an officer number follows it, or when it fills a rank
 * column / `Rank:` line; a rank on its own ("the sergeant said") is generic and not reported.
 * Scores: followed by a number 0.9, by a name 0.8–0.9 (ambiguous abbreviations 0.8), a rank cell 0.95.
 *
 * @example
 * ```ts
 * policeRank().detect('DS Amara Okafor', detectContext('DS Amara Okafor'))[0].text; // 'DS'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function policeRank(): Detector {
  const lexicon = rankLexicon();
  return defineDetector({
    id: 'policeRank',
    types: ['POLICE_RANK'],
    // The person-name detector runs this detector too (ranks anchor names): within one scan, both get one
    // computation (a copy each, so neither can disturb the other's list).
    detect: (text, ctx) => memoize(ctx, ctx.explain ? 'police:rank-findings:explain' : 'police:rank-findings', () => detectRanks(text, ctx, lexicon)).slice(),
  });
}

function detectRanks(text: string, ctx: DetectContext, lexicon: RankLexicon): Finding[] {
  const out: Finding[] = [];
  if (text.length === 0) return out;
  if (ctx.cell !== undefined) {
    const trimmed = text.trim();
    const kind = trimmed.length <= 60 ? wholeRank(trimmed, lexicon) : undefined;
    if (kind !== undefined && cellColumnIs(ctx.cell, 'POLICE_RANK')) {
      const s = text.indexOf(trimmed);
      out.push(makeFinding(text, s, s + trimmed.length, 'POLICE_RANK', 0.95, 'policeRank', ctx, ['cell:rank-column']));
      return out;
    }
  }
  const tokens = sharedTokens(text, ctx);
  const seen = new Set<number>();
  const { cells, types } = sharedCellTypes(ctx);
  for (const h of sharedRanks(text, ctx, tokens, lexicon)) {
    if (h.evidence === 'none') continue;
    // A rank alone in a table cell is decided by its column and row below (a headcount table is generic).
    if (h.evidence === 'segment' && cells.length > 0 && cellAt(cells, h.start, h.end) !== undefined) continue;
    // `CONSTABLE James` opening a name cell is an upper-case surname (`SMITH John` style), not a rank.
    if (h.kind === 'full' && cells.length > 0) {
      const written = text.slice(h.start, h.end);
      if (written === written.toUpperCase()) {
        const ci = cellIndexAt(cells, h.start, h.end);
        if (ci !== -1 && (cells[ci] as TextCell).start === h.start && types[ci] === 'PERSON') continue;
      }
    }
    const score = h.evidence === 'number' ? 0.9 : h.evidence === 'segment' || h.evidence === 'apposition' || h.evidence === 'signature' ? 0.75 : h.kind === 'ambiguous' ? 0.8 : h.kind === 'abbr' ? 0.9 : 0.85;
    seen.add(h.start);
    out.push(makeFinding(text, h.start, h.end, 'POLICE_RANK', score, 'policeRank', ctx, ctx.explain ? [`lexicon:${h.kind}`, `followed-by:${h.evidence}`] : undefined));
  }
  if (cells.length > 0) {
    let tk = 0;
    cells.forEach((cell, index) => {
      if (types[index] !== 'POLICE_RANK' || seen.has(cell.start) || cell.end - cell.start > 60) return;
      // The cell's first token (cells and tokens are both in text order).
      while (tk < tokens.count && (tokens.starts[tk] as number) < cell.start) tk++;
      if (tk >= tokens.count || !cellIsRank(text, tokens, tk, cell.end, lexicon) || !rowIsPersonal(cells, index, types)) return;
      out.push(makeFinding(text, cell.start, cell.end, 'POLICE_RANK', 0.95, 'policeRank', ctx, ['cell:rank-column']));
    });
  }
  return out;
}
