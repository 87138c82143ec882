/**
 * LOCATION: workplaces: police stations (`Brixton Police Station`, `Leith police office`, `Brixton nick`),
 * custody suites, and towns, boroughs and command areas when given as where someone works (`based at
 * Carmarthen`, a `Location`/`Station` column, a roster heading `Early turn – Perry Barr – 08/03`).
 * Street addresses and court names are not reported.
 *
 * @module
 */
import { lazy } from '../core/lazy.js';
import { defineDetector, findingCollector, wholeCellOf } from '../core/detector.js';
import { cellAt } from '../core/tables.js';
import { PiiError } from '../core/errors.js';
import { CAPITALISED_WORDS, NOT_WORKPLACE_CUE, OFFICER_LINE_CUE, PLACE_POLICE_AFTER, PLACE_TAIL, PLACE_TEAM_AFTER, STATION_TAIL, WORKPLACE_CUE } from '../core/regex/location.js';
import type { Detector, TextCell } from '../core/types.js';
import { lineEndNear, lineStartNear } from '../core/text.js';
import { forceNames, gazetteer as sharedGazetteer, gazetteerWith, unitLexicon, type Gazetteer, type PlaceKind } from '../data/police/tables.js';
import { buildTrie, mayBeWord, mayStart, wordShapeFilter, phraseEndingAt, tokenChild, isDelimitedSegment, isUpperAt, matchAt, sharedCellTypes, sharedTokens, type TokenTrie, type Tokens } from '../data/police/phrases.js';


/** Last words of a station phrase, and whether they need `police`/`custody` before them. */
const TAILS: Readonly<Record<string, 'needs-police' | 'bare'>> = {
  station: 'bare', nick: 'bare', office: 'needs-police', suite: 'needs-police', centre: 'needs-police', hq: 'needs-police', headquarters: 'needs-police', post: 'needs-police',
};
/**
 * First letters of the tail words (s n o c h p), strong-cue words (b s p w t d) and command heads (d b o l n a) as bit
 * masks over a–z: a cheap test before the lookup. None is `i` or `k`, what `İ` and the Kelvin sign lower-case to.
 */
const TAIL_FIRST = letterMask('snochp');
const CUE_FIRST = letterMask('bspwtd');
const COMMAND_FIRST = letterMask('dbolna');

function letterMask(letters: string): number {
  let m = 0;
  for (let i = 0; i < letters.length; i++) m |= 1 << (letters.charCodeAt(i) - 97);
  return m;
}

/** Is the lower-cased ASCII letter `c` in the mask? */
function inMask(mask: number, c: number): boolean {
  const l = (c | 0x20) - 97;
  return l >= 0 && l < 26 && ((mask >>> l) & 1) === 1;
}
const TAIL_QUALIFIERS = /* @__PURE__ */ new Set(['police', 'custody']);
/** Capitalised words that do not belong to a station's name. */
const NOT_PLACE_WORDS = /* @__PURE__ */ new Set([
  'the', 'a', 'an', 'at', 'to', 'from', 'in', 'on', 'attend', 'attended', 'visit', 'contact', 'call', 'phone', 'ring', 'dear', 'hi', 'via',
  'and', 'or', 'of', 'by', 'for', 'with', 'new', 'old', 'main', 'local', 'this', 'that', 'our', 'your', 'their', 'his', 'her', 'my', 'nearest',
  'former', 'closed', 'please', 'address', 'location', 'station', 'base', 'meet', 'report', 'reported', 'arrested', 'taken', 'held', 'custody',
  'police', 'metropolitan', 'transport', 'railway', 'fire', 'ambulance', 'bus', 'train', 'tube', 'underground', 'petrol', 'service', 'power',
  'mainline', 'national', 'international', 'subject', 're', 'tel', 'fax', 'mob', 'christmas', 'easter', 'weekend', 'weekends', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'noon', 'midnight', 'least', 'present', 'home', 'work', 'risk', 'first', 'last', 'all',
  'once', 'night', 'nights', 'earlies', 'lates', 'rest', 'day', 'days', 'shift', 'team', 'unit', 'name', 'rank', 'hmp', 'hmyoi', 'yes', 'no',
  'collar', 'warrant', 'rota', 'early', 'late', 'turn', 'driver', 'observer', 'operator', 'enquiries', 'i', 'we', 'he', 'she', 'they',
  'constable', 'sergeant', 'inspector', 'superintendent', 'detective', 'chief', 'pc', 'ps', 'dc', 'ds', 'sgt', 'insp', 'supt', 'pcso', 'mr',
  'mrs', 'ms', 'miss', 'dr',
]);
const MAX_PLACE_WORDS = 4;
/** Last words of a geographic command's name (`Leeds District`, `N Division`, `Central East BCU`, `Tayside Division`). */
const COMMAND_HEADS = /* @__PURE__ */ new Set(['division', 'district', 'bcu', 'ocu', 'lpa', 'npa', 'area']);
/** Compass words that may alone name an area (`East Area`, `North West Division`). */
const COMPASS = /* @__PURE__ */ new Set(['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'mid', 'inner', 'outer', 'greater', 'city']);
/** Words of a functional command, not a place (`Specialist Crime Division`, `Operations Support Division`). */
const FUNCTIONAL_WORDS = /* @__PURE__ */ new Set([
  'crime', 'crimes', 'operations', 'operational', 'specialist', 'support', 'criminal', 'justice', 'intelligence', 'investigation', 'investigations',
  'protection', 'public', 'services', 'service', 'headquarters', 'force', 'professional', 'standards', 'counter', 'terrorism', 'economic', 'cyber',
  'roads', 'traffic', 'firearms', 'custody', 'response', 'training', 'learning', 'development', 'finance', 'human', 'resources', 'information',
  'technology', 'communications', 'contact', 'management', 'command', 'control', 'tactical', 'security', 'safeguarding', 'fraud', 'serious',
  'organised', 'major', 'homicide', 'corporate', 'legal', 'business', 'people', 'digital', 'forensic', 'forensics', 'scientific', 'dog', 'mounted',
  'marine', 'air', 'transport', 'policing', 'neighbourhood', 'partnership', 'partnerships', 'community', 'communities', 'uniform', 'detective',
  'vetting', 'armed', 'strategic', 'local', 'car', 'park', 'reception', 'waiting', 'holding', 'storage', 'network', 'search', 'staff', 'rest',
  'property', 'exhibits', 'records', 'estates', 'fleet', 'welfare', 'health', 'occupational', 'learning',
]);
const MAX_COMMAND_WORDS = 5;
/** Lower-case words that make the unit after a place a police one (`the Colchester response team`). */
const POLICING_UNIT_WORDS = /* @__PURE__ */ new Set([
  'response', 'neighbourhood', 'neighbourhoods', 'custody', 'patrol', 'traffic', 'roads', 'firearms', 'beat', 'policing', 'investigation',
  'investigations', 'intelligence', 'dog', 'tactical', 'safeguarding', 'cid', 'uniform', 'proactive', 'enquiry', 'crime', 'burglary', 'drugs',
]);
/** Lower-case words (case-sensitive) that join a place name: `King's Lynn`, `Stratford upon Avon`. */
const CONNECTORS: ReadonlySet<string> = /* @__PURE__ */ new Set(['s', 'upon', 'on', 'le', 'under']);
/** Words after a capitalised run that make it something other than a workplace (a court, a road, a business). */
const PLACE_NOT_FOLLOWED = /^[ '’]+(?:Magistrates|Crown|County|Court|Road|Street|Lane|Avenue|Council|Hospital|University|College|School|Airport|FC|Ltd|Limited|PLC|Hotel|Church|Park|Centre|Club|Prison)\b/u;
/** Words that say where someone works strongly enough to take a capitalised place name not in the gazetteer (`based at Ystradgynlais`). */
const STRONG_CUES = ['based', 'stationed', 'posted', 'working', 'works', 'worked', 'serving', 'serves', 'transferred', 'seconded', 'duty'];
const STRONG_PREPOSITIONS = /* @__PURE__ */ new Set(['at', 'in', 'to', 'from', 'out']);

/** A cell value that names a place (words, not a number, address or sentence). */
function placeLike(v: string): boolean {
  return v.length >= 2 && v.length <= 60 && /^\p{Lu}[\p{L}&'’ .()-]*$/u.test(v) && v.split(' ').length <= 6;
}

/** A workplace cue or an officer on the same line before `s`. */
function workplaceCue(text: string, s: number, allowAt: boolean): boolean {
  const before = text.slice(lineStartNear(text, s, 80), s);
  return WORKPLACE_CUE.test(before.slice(-48).toLowerCase()) || (allowAt && / at $/u.test(before)) || OFFICER_LINE_CUE.test(before);
}

/** Does a segment next to `[s, e)` on its line hold a digit (a shift number, date or time)? */
function headingNeighbour(text: string, s: number, e: number): boolean {
  const lineStart = lineStartNear(text, s, 161);
  const lineEnd = lineEndNear(text, e, 161);
  if (lineEnd - lineStart > 160 || (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) || (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10)) return false;
  return /\d/u.test(text.slice(lineStart, s)) || /\d/u.test(text.slice(e, lineEnd));
}

/** Is `text[s, e)` longer than one code unit and unchanged by upper-casing (`CID`, `4`), as `w === w.toUpperCase()`? */
function allCapsWord(text: string, s: number, e: number): boolean {
  if (e - s <= 1) return false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 0x80) {
      const w = text.slice(s, e);
      return w === w.toUpperCase();
    }
  }
  return true;
}

/** Is the gap between tokens `a` and `a + 1` one plain space? */
function spaceGap(text: string, tokens: Tokens, a: number): boolean {
  const e = tokens.ends[a] as number;
  return tokens.starts[a + 1] === e + 1 && text.charCodeAt(e) === 32;
}

/** Is the gap between tokens `a` and `a + 1` one of a place name's joints: a space, hyphen or apostrophe (or `. `)? */
function nameGap(text: string, tokens: Tokens, a: number, dotSpace: boolean): boolean {
  const e = tokens.ends[a] as number;
  const len = (tokens.starts[a + 1] as number) - e;
  const c = text.charCodeAt(e);
  if (len === 1) return c === 32 || c === 45 || c === 39 || c === 0x2019;
  return dotSpace && len === 2 && c === 46 && text.charCodeAt(e + 1) === 32;
}

/**
 * The first token of the place name that ends at token `last` (inclusive): the longest gazetteer name ending
 * there, else the run of capitalised words (up to four) with openers such as `Attend` or `the` dropped.
 */
function placeStart(text: string, tokens: Tokens, last: number, gazetteer: TokenTrie<PlaceKind>): { first: number; known: boolean } | undefined {
  let first = last + 1;
  let words = 0;
  let k = last;
  while (k >= 0 && words < MAX_PLACE_WORDS) {
    const s = tokens.starts[k] as number;
    const w = text.slice(s, tokens.ends[k]).toLowerCase();
    // `King's`: a lone lower-case `s` after an apostrophe belongs to the word before.
    const apostropheS = w === 's' && k > 0 && /^['’]$/u.test(text.slice(tokens.ends[k - 1], s));
    if (!apostropheS && (!isUpperAt(text, s) || NOT_PLACE_WORDS.has(w))) break;
    first = k;
    if (!apostropheS) words++;
    if (k === 0 || !nameGap(text, tokens, k - 1, true)) break;
    if (text.slice(tokens.ends[k - 1], s) === '. ' && text.slice(tokens.starts[k - 1], tokens.ends[k - 1]) !== 'St') break;
    k--;
  }
  if (first > last) return undefined;
  for (let f = first; f <= last; f++) {
    const m = matchAt(text, tokens, f, gazetteer, MAX_PLACE_WORDS + 2);
    if (m !== undefined && m.last === last) return { first: f, known: true };
  }
  return { first, known: false };
}

/** Is `text[s, e)` all ASCII? */
function asciiOnly(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Welsh words for police premises before `heddlu` (police), soft and nasal mutations included: station, office, headquarters. */
const WELSH_PREMISES: ReadonlySet<string> = /* @__PURE__ */ new Set(['gorsaf', 'orsaf', 'ngorsaf', 'swyddfa', 'pencadlys', 'bencadlys', 'mhencadlys']);

/**
 * `gorsaf heddlu Caernarfon`, `orsaf heddlu Bangor`, `Swyddfa Heddlu Wrecsam`: Welsh police premises and their
 * place, reported as written (as `Brixton police station` is). Found from the rare `eddlu`, so the cost is
 * one native substring search.
 */
function welshPremises(text: string, push: (start: number, end: number, score: number, reason: string) => void): void {
  const words = new RegExp(CAPITALISED_WORDS.source, CAPITALISED_WORDS.flags);
  for (let i = text.indexOf('eddlu', 1); i !== -1; i = text.indexOf('eddlu', i + 5)) {
    const h = i - 1;
    const after = i + 5;
    if ((text.charCodeAt(h) | 32) !== 104 || text.charCodeAt(after) !== 32 || text.charCodeAt(h - 1) !== 32) continue;
    let ws = h - 1;
    while (ws > 0 && ws > h - 12 && isLetterAt(text, ws - 1)) ws--;
    if (!WELSH_PREMISES.has(text.slice(ws, h - 1).toLowerCase()) || (ws > 0 && isLetterAt(text, ws - 1))) continue;
    words.lastIndex = after + 1;
    const m = words.exec(text);
    if (m !== null) push(ws, after + 1 + m[0].length, 0.9, 'lexicon:welsh-premises');
  }
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 32;
  return (c >= 97 && c <= 122) || text.charCodeAt(i) >= 0xc0;
}

/** The location detector's compiled tables for the default gazetteer: built on first use, then shared read-only by every instance. */
const locationTables = /* @__PURE__ */ lazy(() => buildLocationTables(sharedGazetteer()));

/** The location detector's compiled tables over a gazetteer. */
function buildLocationTables(places: Gazetteer) {
  const tails = buildTrie(Object.entries(TAILS));
  const strongCues = buildTrie(STRONG_CUES.map((w) => [w, true] as const));
  const { trie: gazetteer, first: gazetteerFirst } = places;
  const gazetteerShape = wordShapeFilter(gazetteer);
  // First and last letter and length of the tail and cue words: most tokens are ruled out before any hashing.
  const tailsShape = wordShapeFilter(tails);
  const strongCuesShape = wordShapeFilter(strongCues);
  const notPlaceWords = buildTrie([...NOT_PLACE_WORDS].map((w) => [w, true] as const));
  const notPlaceShape = wordShapeFilter(notPlaceWords);
  /**
   * Is token `t` one of {@link NOT_PLACE_WORDS} (plain lower-case words)? A trie hit on a word with a non-ASCII
   * letter is confirmed against the set (`İ` lower-cases differently there), so the test is unchanged.
   */
  const notPlaceWord = (text: string, tokens: Tokens, t: number): boolean => {
    if (!mayBeWord(notPlaceShape, text, tokens, t) || tokenChild(notPlaceWords, text, tokens, t)?.value === undefined) return false;
    const s = tokens.starts[t] as number;
    const e = tokens.ends[t] as number;
    return asciiOnly(text, s, e) || NOT_PLACE_WORDS.has(text.slice(s, e).toLowerCase());
  };
  const commandHeads = buildTrie([...COMMAND_HEADS].map((w) => [w, true] as const));
  const commandHeadsShape = wordShapeFilter(commandHeads);
  // The same for the first words of the unit lexicon, the unit head words and the force names.
  const { trie: unitTrie, heads: unitHeads } = unitLexicon();
  const unitsShape = wordShapeFilter(unitTrie);
  const unitHeadsShape = wordShapeFilter(unitHeads);
  const forcesShape = wordShapeFilter(forceNames());
  return { tails, strongCues, gazetteer, gazetteerFirst, gazetteerShape, tailsShape, strongCuesShape, notPlaceWords, notPlaceWord, commandHeads, commandHeadsShape, unitsShape, unitHeadsShape, forcesShape };
}

/**
 * Options of {@link location}.
 *
 * @example
 * ```ts
 * const o: LocationOptions = { places: ['Wivenhoe', 'Coldharbour Lane'] };
 * ```
 */
export interface LocationOptions {
  /**
   * More places and station names where officers may work (a force's own station list, say), added to the
   * built-in gazetteer. The tables are compiled when the detector is made: build it once and reuse it.
   */
  readonly places?: readonly string[];
}

/**
 * Detects workplaces. Scores: `X Police Station` 0.9; a gazetteer place with a workplace cue (`based at`, `on duty
 * at`, `Unit at`) 0.85; a whole roster/signature segment 0.8; a Location/Station column value 0.9; a well-known
 * station name after `at` 0.75; `X station` / `X nick` for a known place 0.45, raised by nearby police words.
 *
 * @example
 * ```ts
 * location().detect('based at Brixton police station', detectContext('…'))[0].text; // 'Brixton police station'
 * location({ places: ['Wivenhoe'] }); // the same, with one more place in its gazetteer
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function location(options: LocationOptions = {}): Detector {
  if (options === null || typeof options !== 'object') throw new PiiError('INVALID_OPTION', 'location options must be an object');
  const extra = options.places;
  if (extra !== undefined && (!Array.isArray(extra) || !extra.every((p) => typeof p === 'string' && p.trim().length > 0 && p.length <= 100))) {
    throw new PiiError('INVALID_OPTION', 'location places must be an array of non-empty strings of at most 100 characters');
  }
  const tables = extra === undefined || extra.length === 0 ? locationTables() : buildLocationTables(gazetteerWith(extra));
  const { tails, strongCues, gazetteer, gazetteerFirst, gazetteerShape, tailsShape, strongCuesShape, notPlaceWord, commandHeads, commandHeadsShape, unitsShape, unitHeadsShape, forcesShape } = tables;
  const units = unitLexicon();
  const forces = forceNames();
  return defineDetector({
    id: 'location',
    types: ['LOCATION'],
    context: { LOCATION: ['police', 'officer', 'officers', 'custody', 'based', 'collar', 'constable', 'sergeant', 'inspector', 'briefing', 'shift', 'duty', 'duties', 'posted', 'stationed', 'pc', 'ps', 'dc', 'ds', 'sgt', 'insp', 'pcso'] },
    detect(text, ctx) {
      const { out, push } = findingCollector(text, ctx, 'LOCATION', 'location');
      if (text.length === 0) return out;
      const whole = wholeCellOf(text, ctx, 'LOCATION', placeLike);
      if (whole !== undefined) {
        push(whole[0], whole[1], 0.9, 'cell:location-column');
        return out;
      }
      const cellSpans: { s: number; e: number }[] = [];
      const shapeSeen = new Map<string, boolean>();
      const { cells: allCells, types } = sharedCellTypes(ctx);
      for (let i = 0; i < allCells.length; i++) {
        if (types[i] !== 'LOCATION') continue;
        const c = allCells[i] as TextCell;
        // Column values repeat from row to row: each distinct one is tested once.
        const v = text.slice(c.start, c.end);
        let ok = shapeSeen.get(v);
        if (ok === undefined) {
          ok = placeLike(v);
          shapeSeen.set(v, ok);
        }
        if (ok) cellSpans.push({ s: c.start, e: c.end });
      }
      const tokens = sharedTokens(text, ctx);
      const { starts, ends } = tokens;
      // Station phrases: `<Place> Police Station`, `<Place> custody suite`, `<known place> station|nick`.
      const stationSpans: { s: number; e: number }[] = [];
      /**
       * The last token of a capitalised place-like run starting at `first`, or -1 (units, forces, station phrases,
       * non-place words). With `notKnown`, the caller has already found no gazetteer name starting there.
       */
      const placeRun = (first: number, notKnown: boolean): number => {
        let last = first - 1;
        const known = notKnown ? undefined : matchAt(text, tokens, first, gazetteer, MAX_PLACE_WORDS + 2);
        if (known !== undefined) last = known.last;
        else {
          for (let t = first; t < tokens.count && t - first < MAX_PLACE_WORDS; t++) {
            if (t > first && !nameGap(text, tokens, t - 1, false)) break;
            const wl = (ends[t] as number) - (starts[t] as number);
            const connector = t > first && wl <= 5 && wl !== 3 && CONNECTORS.has(text.slice(starts[t], ends[t]));
            if (!connector && (!isUpperAt(text, starts[t] as number) || notPlaceWord(text, tokens, t) || allCapsWord(text, starts[t] as number, ends[t] as number))) break;
            last = t;
          }
        }
        while (last >= first && !isUpperAt(text, starts[last] as number)) last--;
        if (last < first) return -1;
        // Not a unit, force or station phrase (`posted to Special Branch`, `working at Essex Police`).
        const upTo = last + 1 < tokens.count && spaceGap(text, tokens, last) ? last + 1 : last;
        for (let t = first; t <= upTo; t++) if (notPlaceAt(t)) return -1;
        // Both patterns open with a space (PLACE_NOT_FOLLOWED also with an apostrophe): test the next character first.
        const e = ends[last] as number;
        const after = text.charCodeAt(e);
        if (after !== 32 && after !== 39 && after !== 0x2019) return last;
        if (STATION_TAIL.test(text.slice(e, e + 24)) || PLACE_NOT_FOLLOWED.test(text.slice(e, e + 24))) return -1;
        return last;
      };
      /** Does a unit's name start at token `j`: a unit in the lexicon (`CID`, `Response`, `Road Policing Unit`), or capitalised words ending in a unit head (`Missing Persons Unit`)? */
      const opensUnit = (j: number): boolean => {
        if (!isUpperAt(text, starts[j] as number)) {
          // `the Colchester response team`: a policing word, then a unit head (`the Bath rugby team` is no unit).
          return (
            j + 1 < tokens.count &&
            POLICING_UNIT_WORDS.has(text.slice(starts[j], ends[j])) &&
            spaceGap(text, tokens, j) &&
            !isUpperAt(text, starts[j + 1] as number) &&
            tokenChild(units.heads, text, tokens, j + 1) !== undefined
          );
        }
        if (mayStart(units.trieFirst, text, tokens, j) && matchAt(text, tokens, j, units.trie, 6) !== undefined) return true;
        for (let t = j; t < tokens.count && t - j < 4; t++) {
          if (t > j && !spaceGap(text, tokens, t - 1)) return false;
          if (!isUpperAt(text, starts[t] as number)) return false;
          if (t > j && tokenChild(units.heads, text, tokens, t) !== undefined) return true;
        }
        return false;
      };
      /** Does a unit's name end at token `j`, just before `, ` (`Neighbourhood Policing Team, …`, `Response, …`, `CID, …`)? */
      const unitEndsAt = (j: number): boolean => {
        if (j < 0 || text.charCodeAt(ends[j] as number) !== 44 || !isUpperAt(text, starts[j] as number)) return false;
        if (tokenChild(units.heads, text, tokens, j) !== undefined && j > 0 && isUpperAt(text, starts[j - 1] as number)) return true;
        return phraseEndingAt(text, tokens, j, units.trie, 4, units.trieFirst);
      };
      /** Does a unit, a force or a unit head word start at token `t` (`posted to Special Branch`, `Essex Police`)? */
      const notPlaceAt = (t: number): boolean =>
        (mayBeWord(unitsShape, text, tokens, t) && matchAt(text, tokens, t, units.trie, 8) !== undefined) ||
        (mayBeWord(forcesShape, text, tokens, t) && matchAt(text, tokens, t, forces, 8) !== undefined) ||
        (mayBeWord(unitHeadsShape, text, tokens, t) && tokenChild(units.heads, text, tokens, t) !== undefined);
      /** Does a force's name end at token `j`, just before `, ` (`Devon and Cornwall Police, …`)? */
      const forceEndsAt = (j: number): boolean => text.charCodeAt(ends[j] as number) === 44 && phraseEndingAt(text, tokens, j, forces, 6);
      const stationAt = (k: number): void => {
        const tail = tokenChild(tails, text, tokens, k)?.value;
        if (tail === undefined) return;
        let last = k - 1;
        const q = text.slice(starts[last], ends[last]).toLowerCase();
        const qualified = TAIL_QUALIFIERS.has(q) && spaceGap(text, tokens, last);
        if (qualified) last--;
        else if (tail === 'needs-police') return;
        if (last < 0 || !spaceGap(text, tokens, last)) return;
        const place = placeStart(text, tokens, last, gazetteer);
        if (place === undefined || (!qualified && !place.known && !workplaceCue(text, starts[place.first] as number, false))) return;
        const s = starts[place.first] as number;
        const e = ends[k] as number;
        stationSpans.push({ s, e });
        if (qualified) push(s, e, 0.9, 'pattern:police-station');
        else push(s, e, workplaceCue(text, s, place.known) ? 0.75 : 0.45, 'lexicon:place+station');
      };
      // Strong workplace cues before a capitalised name not in the gazetteer: `based at Ystradgynlais`.
      const strongAt = (k: number): void => {
        let p = k + 1;
        const prep = text.slice(starts[p], ends[p]).toLowerCase();
        if (!STRONG_PREPOSITIONS.has(prep) || !spaceGap(text, tokens, k)) return;
        if (prep === 'out') {
          if (text.slice(starts[p + 1], ends[p + 1]).toLowerCase() !== 'of') return;
          p++;
        }
        const first = p + 1;
        if (first >= tokens.count || !spaceGap(text, tokens, p) || !isUpperAt(text, starts[first] as number)) return;
        const last = placeRun(first, false);
        if (last >= 0) push(starts[first] as number, ends[last] as number, 0.7, 'context:strong-workplace-cue');
      };
      // Geographic commands: `Leeds District`, `Highlands and Islands Division`, `N Division`, `Central East BCU`,
      // `East Area` (an area only with compass words or a gazetteer place before it), with the head word at token `k`.
      const commandAt = (k: number): void => {
        const head = text.slice(starts[k], ends[k]).toLowerCase();
        let headFirst = k;
        if (head === 'area' && spaceGap(text, tokens, k - 1) && /^(?:policing|command)$/iu.test(text.slice(starts[k - 1], ends[k - 1]))) {
          headFirst = k - 1;
          if (headFirst > 0 && spaceGap(text, tokens, headFirst - 1) && /^local$/iu.test(text.slice(starts[headFirst - 1], ends[headFirst - 1]))) headFirst--;
        }
        let f = headFirst;
        let words = 0;
        let compassOnly = true;
        while (f > 0 && words < MAX_COMMAND_WORDS && spaceGap(text, tokens, f - 1)) {
          const p = f - 1;
          const w = text.slice(starts[p], ends[p]).toLowerCase();
          if ((w === 'and' || w === '&') && words > 0) {
            f = p;
            continue;
          }
          if (!isUpperAt(text, starts[p] as number) || FUNCTIONAL_WORDS.has(w) || NOT_PLACE_WORDS.has(w) || COMMAND_HEADS.has(w)) break;
          if (!COMPASS.has(w)) compassOnly = false;
          f = p;
          words++;
        }
        while (f < headFirst && !isUpperAt(text, starts[f] as number)) f++;
        if (words === 0 || f >= headFirst) return;
        if (head === 'area' && !compassOnly) {
          const g = matchAt(text, tokens, f, gazetteer, MAX_PLACE_WORDS + 2);
          if (g === undefined || g.last !== headFirst - 1) return;
        }
        // Not a unit or force name ending there (`Specialist Crime Division` is curated, `Kent Police` is a force).
        if (notPlaceAt(f)) return;
        push(starts[f] as number, ends[k] as number, 0.85, 'pattern:command-area');
      };
      // One pass over the tokens for command heads, station tails and strong cues: cheap length and letter tests
      // before any lookup. Commands are taken at once; tails (kept as 2k) and cues (2k + 1) after the pass, so their
      // findings still come after all the commands' (the collector keeps the first finding at a start).
      const later: number[] = [];
      for (let k = 1; k < tokens.count; k++) {
        const s = starts[k] as number;
        const len = (ends[k] as number) - s;
        if (len < 2 || len > 12) continue;
        const c = text.charCodeAt(s);
        if (len >= 3 && len <= 8 && inMask(COMMAND_FIRST, c) && isUpperAt(text, s) && mayBeWord(commandHeadsShape, text, tokens, k) && tokenChild(commandHeads, text, tokens, k) !== undefined) commandAt(k);
        if (inMask(TAIL_FIRST, c) && mayBeWord(tailsShape, text, tokens, k)) later.push(2 * k);
        if (len >= 4 && len <= 11 && k + 2 < tokens.count && inMask(CUE_FIRST, c) && mayBeWord(strongCuesShape, text, tokens, k) && tokenChild(strongCues, text, tokens, k) !== undefined) later.push(2 * k + 1);
      }
      for (const x of later) {
        if ((x & 1) === 0) stationAt(x >> 1);
        else strongAt(x >> 1);
      }
      let si = 0;
      // The next column value's start, read once per value rather than per token.
      let ci = 0;
      let cellStart = cellSpans.length > 0 ? (cellSpans[0] as { s: number }).s : Infinity;
      for (let k = 0; k < tokens.count; k++) {
        const s = starts[k] as number;
        while (cellStart < s) cellStart = ++ci < cellSpans.length ? (cellSpans[ci] as { s: number }).s : Infinity;
        if (cellStart === s) {
          const cellEnd = (cellSpans[ci] as { e: number }).e;
          push(s, cellEnd, 0.9, 'cell:location-column');
          while (k + 1 < tokens.count && (starts[k + 1] as number) < cellEnd) k++;
          continue;
        }
        if (!isUpperAt(text, s)) continue;
        // The shape test only narrows the first-word test: a token opening with `İ` stays ruled out, as it always was.
        const m = mayStart(gazetteerFirst, text, tokens, k) && mayBeWord(gazetteerShape, text, tokens, k) ? matchAt(text, tokens, k, gazetteer, MAX_PLACE_WORDS + 2) : undefined;
        if (m === undefined) {
          // A place not in the gazetteer, where the shape says workplace: a roster heading segment next to a
          // shift or date (`Team 5 nights<TAB>Ystrad<TAB>CID`, `Early turn – Ystrad – 08/03`), after `at` near
          // police words (scored low, raised by context), or after an officer's number (`… 4979, Ystrad.`).
          const c1 = text.charCodeAt(s - 1);
          if (c1 !== 9 && c1 !== 32 && c1 !== 124 && c1 !== 40) continue;
          const c2 = text.charCodeAt(s - 2);
          const headingSlot = c1 === 9 || c1 === 124 || (c1 === 32 && (c2 === 0x2013 || c2 === 0x2014 || c2 === 124 || (c2 === 45 && text.charCodeAt(s - 3) === 32)));
          const atSlot = c1 === 32 && c2 === 116 && text.charCodeAt(s - 3) === 97 && text.charCodeAt(s - 4) === 32;
          const idSlot = c1 === 32 && c2 === 44 && /\d[A-Z]{0,3}$/u.test(text.slice(Math.max(0, s - 6), s - 2));
          const parenSlot = c1 === 40 && OFFICER_LINE_CUE.test(text.slice(lineStartNear(text, s, 80), s));
          const unitSlot = c1 === 32 && c2 === 44 && k > 0 && unitEndsAt(k - 1);
          // `PC 2615 Ibrahim Darwish-Lane, Spinney Hill.`: several capitalised words closing an officer's line.
          const nameSlot = c1 === 32 && c2 === 44 && !unitSlot && !idSlot && OFFICER_LINE_CUE.test(text.slice(lineStartNear(text, s, 80), s));
          if (!headingSlot && !atSlot && !idSlot && !parenSlot && !unitSlot && !nameSlot) continue;
          // No gazetteer name starts here, unless the word opens with a non-ASCII letter (`İ`), which the first-word test rules out.
          const last = placeRun(k, text.charCodeAt(s) < 0x80);
          if (last < 0) continue;
          const e = ends[last] as number;
          if (parenSlot) {
            // `Constable Pryde (Lothians and Scottish Borders)`: where an officer on the line works. Not in the
            // gazetteer, so scored low (raised by police words nearby), and never a single word (`(Chair)`, `(Retired)`).
            if (text.charCodeAt(e) === 41 && last > k) push(s, e, 0.45, 'context:officer-parenthesis');
          } else if (unitSlot && /^(?:[.,;)\n\r]|$| [–-] )/u.test(text.slice(e, e + 3))) push(s, e, 0.6, 'context:after-unit');
          else if (nameSlot && last > k && /^(?:[.;)\n\r]|$)/u.test(text.slice(e, e + 1))) push(s, e, 0.6, 'context:after-officer');
          else if (headingSlot && isDelimitedSegment(text, s, e) && headingNeighbour(text, s, e) && cellAt(allCells, s, e) === undefined) push(s, e, 0.65, 'segment:roster-heading');
          else if (idSlot && /^(?:[.,;\n]|$)/u.test(text.slice(e, e + 1)) && OFFICER_LINE_CUE.test(text.slice(Math.max(0, s - 80), s))) push(s, e, 0.6, 'context:officer-line');
          else if (atSlot && !NOT_WORKPLACE_CUE.test(text.slice(Math.max(0, s - 28), s).toLowerCase())) {
            // `the Firearms Unit at Ystrad`, `based at Ystrad`: a unit or workplace cue just before makes it likely.
            const cue = k >= 2 && (tokenChild(units.heads, text, tokens, k - 2) !== undefined || WORKPLACE_CUE.test(text.slice(Math.max(0, s - 48), s).toLowerCase()));
            push(s, e, cue ? 0.7 : 0.45, cue ? 'context:unit-at' : 'context:at');
          }
          k = last;
          continue;
        }
        let e = ends[m.last] as number;
        k = m.last;
        // `Leicester Central`, `Aldershot North`, `Glasgow City Centre`: a station or area named after the town.
        const tail = PLACE_TAIL.exec(text.slice(e, e + 14));
        if (tail !== null) {
          e += tail[0].length;
          while (k + 1 < tokens.count && (starts[k + 1] as number) < e) k++;
        }
        while (si < stationSpans.length && (stationSpans[si] as { e: number }).e <= s) si++;
        const st = stationSpans[si];
        if (st !== undefined && st.s <= s && s < st.e) continue;
        // `Hackney's new borough commander`, `Colindale custody`, `the Hucknall team`: the place's own police.
        const afterPlace = text.slice(e, e + 32);
        const capitalBefore = m.first > 0 && text.charCodeAt(s - 1) === 32 && (ends[m.first - 1] as number) === s - 1 && isUpperAt(text, starts[m.first - 1] as number) && text.slice(starts[m.first - 1], s - 1) !== 'The';
        if (PLACE_POLICE_AFTER.test(afterPlace) || (!capitalBefore && PLACE_TEAM_AFTER.test(afterPlace))) {
          push(s, e, 0.75, 'context:place-police');
          continue;
        }
        // `Lloyd House, Birmingham` opening a signature line: a well-known station's name.
        if (m.value === 'station' && lineStartNear(text, s, 4) === s && text.charCodeAt(e) === 44) {
          push(s, e, 0.75, 'lexicon:station-line');
          continue;
        }
        // `Dundee Road Policing Unit`, `Keighley NPT`, `Exeter Response`, `the Colchester response team`: a place
        // naming where a unit works (before the street and venue tests: `Road Policing` is no road).
        if (text.charCodeAt(e) === 32 && m.last + 1 < tokens.count && starts[m.last + 1] === e + 1 && opensUnit(m.last + 1)) {
          push(s, e, 0.8, 'context:before-unit');
          continue;
        }
        const rest = text.slice(e, e + 24);
        if (STATION_TAIL.test(rest) || /^[ \t]+(?:Police|Constabulary|Magistrates|Crown|County|Court|Road|Street|Lane|Avenue|Council|Hospital|University|College|Airport|FC|City)\b/u.test(rest)) continue;
        if (isDelimitedSegment(text, s, e)) {
          push(s, e, 0.8, 'segment');
          continue;
        }
        // `Sale Sharks`, `Leeds Town Hall`, `Reading Festival`: a place opening a longer name is not a workplace.
        if (text.charCodeAt(e) === 32 && isUpperAt(text, e + 1)) continue;
        const lineStart = lineStartNear(text, s, 80);
        // `PC 3117 WINTERBOTTOM (Oldham)`: in parentheses after an officer on the same line.
        if (text.charCodeAt(s - 1) === 40 && text.charCodeAt(e) === 41 && OFFICER_LINE_CUE.test(text.slice(lineStart, s))) {
          push(s, e, 0.75, 'context:officer-parenthesis');
          continue;
        }
        // `Neighbourhood Policing Team, Dewsbury`, `formerly of Response, Lisburn`, `(Devon and Cornwall Police,
        // Torquay)`: after a unit or a force and a comma.
        if (text.charCodeAt(s - 1) === 32 && text.charCodeAt(s - 2) === 44 && m.first > 0 && (unitEndsAt(m.first - 1) || forceEndsAt(m.first - 1))) {
          push(s, e, 0.75, 'context:after-unit');
          continue;
        }
        const before = text.slice(Math.max(lineStart, s - 48), s).toLowerCase();
        if (NOT_WORKPLACE_CUE.test(before.slice(-24))) continue;
        if (WORKPLACE_CUE.test(before)) {
          push(s, e, 0.85, 'context:workplace-cue');
          continue;
        }
        if (/ at $/u.test(before)) {
          push(s, e, m.value === 'station' ? 0.75 : 0.45, 'lexicon:place-after-at');
          continue;
        }
        const after = text.charAt(e);
        if (before.endsWith(', ') && (after === '.' || after === ',' || after === ';' || after === ')' || after === '\n' || after === '\r' || after === '') && OFFICER_LINE_CUE.test(text.slice(Math.max(lineStart, s - 80), s))) {
          push(s, e, 0.7, 'context:officer-line');
        }
      }
      welshPremises(text, push);
      return out;
    },
  });
}
