/**
 * DEPARTMENT: departments, units, squads, teams and commands: a curated list (`Territorial Support Group`,
 * `Professional Standards`, `CID`, `SO15`…), unit codes, the pattern of capitalised words ending in `Unit`,
 * `Squad`, `Team`, `Command`, `Department`, `Branch`, `Group`…, and values under Department/Unit/Team headers.
 *
 * @module
 */
import { lazy } from '../core/lazy.js';
import { defineDetector, makeFinding, wholeCellOf } from '../core/detector.js';
import { UNIT_CODE, UNIT_REGION_TAIL, UNIT_SHIFT_TAIL } from '../core/regex/department.js';
import { OFFICER_LINE_CUE } from '../core/regex/location.js';
import type { Detector, Finding, TextCell } from '../core/types.js';
import { NOT_UNIT_AFTER, UNIT_WORDS } from '../data/police/departments.js';
import { forceNames, gazetteer, unitLexicon } from '../data/police/tables.js';
import { buildTrie, mayBeWord, mayStart, wordShapeFilter, phraseEndingAt, tokenChild, isDelimitedSegment, isUpperAt, matchAt, sharedCellTypes, sharedTokens, type Tokens } from '../data/police/phrases.js';


/** Words that never open a unit name: determiners, pronouns, greetings, sentence openers. */
const NOT_OPENERS = /* @__PURE__ */ new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'your', 'my', 'their', 'his', 'her', 'its', 'each', 'every', 'any', 'all', 'some',
  'no', 'one', 'another', 'same', 'whole', 'entire', 'other', 'new', 'old', 'dear', 'hi', 'hello', 'from', 'to', 're', 'subject', 'cc', 'and',
  'or', 'of', 'for', 'in', 'on', 'at', 'by', 'with', 'please', 'thanks', 'which', 'what', 'whose', 'if', 'when', 'both', 'either', 'neither',
  'contact', 'join', 'joined', 'call', 'email', 'tel', 'via', 'per', 'dept', 'team', 'unit',
]);
/** Lower-case words allowed inside a unit name (`Directorate of Professional Standards`, `Homicide and Major Crime Command`). */
const INNER = /* @__PURE__ */ new Set(['of', 'and', '&', 'for']);
const MAX_WORDS = 6;

/** Is the gap between tokens a plain single space or hyphen? */
function tight(text: string, tokens: Tokens, a: number): boolean {
  const g = text.slice(tokens.ends[a], tokens.starts[a + 1]);
  return g === ' ' || g === '-';
}

/** The first token of the run of capitalised words (with inner `of`/`and`) that ends at token `k`. */
function runStart(text: string, tokens: Tokens, k: number): number {
  let first = k;
  let words = 1;
  while (first > 0 && words < MAX_WORDS && tight(text, tokens, first - 1)) {
    const p = first - 1;
    const lw = text.slice(tokens.starts[p], tokens.ends[p]).toLowerCase();
    if (INNER.has(lw) && p > 0) {
      first = p;
      continue;
    }
    if (!isUpperAt(text, tokens.starts[p] as number) || JOB_WORDS.has(lw)) break;
    if (NOT_OPENERS.has(lw)) {
      // Inside a name it may stand (`Public Contact Command`); it never opens one (`Contact Command` is cut below).
      if (p === 0 || !tight(text, tokens, p - 1) || !isUpperAt(text, tokens.starts[p - 1] as number)) break;
    }
    first = p;
    words++;
  }
  while (first < k) {
    const w = text.slice(tokens.starts[first], tokens.ends[first]).toLowerCase();
    if (!INNER.has(w) && !NOT_OPENERS.has(w)) break;
    first++;
  }
  return first;
}

/** Is a cell value shaped like a unit name (words, not a number, date or sentence)? */
function unitLike(v: string): boolean {
  return v.length >= 2 && v.length <= 60 && /^[\p{Lu}\p{N}][\p{L}\p{N}&'’ ./()-]*$/u.test(v) && /\p{L}/u.test(v) && v.split(' ').length <= 7;
}

/** Last words of a unit that a shift letter or number may follow (`Response Team B`, `Relief 3`). */
const SHIFT_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(['team', 'shift', 'relief', 'group', 'watch', 'section']);

/**
 * How far a unit's name goes on after `end`, where its last token `last` ends: a shift letter or number after a
 * team word (`Response Team B`), or a region after the unit (`Counter Terrorism Policing North East`, `CTP West
 * Midlands`). 0 when nothing follows.
 */
function unitTail(text: string, end: number, tokens: Tokens, last: number): number {
  if (text.charCodeAt(end) !== 32) return 0;
  const region = UNIT_REGION_TAIL.exec(text.slice(end, end + 32));
  if (region !== null) return region[0].length;
  if (!SHIFT_WORDS.has(text.slice(tokens.starts[last], end).toLowerCase())) return 0;
  const shift = UNIT_SHIFT_TAIL.exec(text.slice(end, end + 4));
  return shift === null ? 0 : shift[0].length;
}

/** Welsh head words of a unit, which come first (`Uned Rhyddid Gwybodaeth`, `Tîm Datgelu`, `Adran Gyllid`). */
const WELSH_UNIT_HEADS: ReadonlySet<string> = /* @__PURE__ */ new Set(['uned', 'tîm', 'adran']);

/** Welsh units: a head word, capitalised, then one to four capitalised words (mutated forms included). */
function welshUnits(text: string, tokens: Tokens, push: (s: number, e: number, score: number, reason: string) => void): void {
  for (let k = 0; k + 1 < tokens.count; k++) {
    const s = tokens.starts[k] as number;
    const c = text.charCodeAt(s);
    // `U`, `T`, `A`: the capitals the head words open with.
    if (c !== 85 && c !== 84 && c !== 65) continue;
    if (!WELSH_UNIT_HEADS.has(text.slice(s, tokens.ends[k]).toLowerCase())) continue;
    let last = k;
    while (last + 1 < tokens.count && last - k < 4 && tokens.starts[last + 1] === (tokens.ends[last] as number) + 1 && text.charCodeAt(tokens.ends[last] as number) === 32 && isUpperAt(text, tokens.starts[last + 1] as number)) last++;
    if (last > k) push(s, tokens.ends[last] as number, 0.75, 'pattern:welsh-unit');
    k = last;
  }
}

/** The department detector's own table (the unit lexicon, gazetteer and force names are shared: `data/police/tables`). */
const notAfterTable = /* @__PURE__ */ lazy(() => buildTrie(NOT_UNIT_AFTER.map((w) => [w, true] as const)));
/** First and last letter and length of the unit lexicon's first words and head words: most tokens are ruled out before any hashing. */
const lexiconShapes = /* @__PURE__ */ lazy(() => ({ trie: wordShapeFilter(unitLexicon().trie), heads: wordShapeFilter(unitLexicon().heads) }));
/** Tries for the unit-slot pass: unit words (with their shape filter), job-title words and the joiners of a unit's name. */
const slotTables = /* @__PURE__ */ lazy(() => {
  const unitWords = buildTrie(UNIT_WORDS.map((w) => [w, true] as const));
  return {
    unitWords,
    unitWordsShape: wordShapeFilter(unitWords),
    jobWords: buildTrie([...JOB_WORDS].map((w) => [w, true] as const)),
    joiners: buildTrie([...JOINERS].map((w) => [w, true] as const)),
  };
});
/** Job-title words: a run holding one is a post (`Head of Information Assurance`, `Force Vetting Manager`), not a unit. */
const JOB_WORDS = /* @__PURE__ */ new Set([
  'head', 'manager', 'partner', 'officer', 'adviser', 'advisor', 'analyst', 'lead', 'coordinator', 'co-ordinator', 'director', 'administrator',
  'assistant', 'clerk', 'secretary', 'supervisor', 'deputy', 'consultant', 'practitioner', 'caseworker', 'handler', 'investigator', 'researcher',
  'reviewer', 'controller', 'commissioner', 'chair', 'chairman', 'chairperson', 'member', 'representative', 'rep',
]);
/** Words that may join a unit's name in lower case (`People and Development`, `Response & Patrol`). */
const JOINERS = /* @__PURE__ */ new Set(['and', '&', 'of', 'for']);
const MAX_SLOT_WORDS = 5;

/** Does `text[s, e)` close an officer's line after a comma (`Reviewed: DS Clive Bogle, MASH`)? */
function closesOfficerLine(text: string, s: number, e: number): boolean {
  const a = e < text.length ? text.charCodeAt(e) : 10;
  return text.charCodeAt(s - 1) === 32 && text.charCodeAt(s - 2) === 44 && (a === 10 || a === 13 || a === 46) && OFFICER_LINE_CUE.test(text.slice(Math.max(0, s - 80), s));
}

/**
 * Where a unit's name starts once a leading place or force is left out (`Dundee Road Policing Unit`, `Kent Police
 * Vetting Unit`, `Met Command and Control`): the place is where the unit works (LOCATION) and the force is a FORCE,
 * reported by their own detectors. At least one word before `last` must remain.
 */
function afterPlaceOrForce(text: string, tokens: Tokens, first: number, last: number): number {
  let at = first;
  for (let step = 0; step < 2 && at < last; step++) {
    const place = matchAt(text, tokens, at, gazetteer().trie, 4);
    const force = matchAt(text, tokens, at, forceNames(), 6);
    const end = Math.max(place?.last ?? -1, force?.last ?? -1);
    // Only a whole-word prefix followed by a plain space, with a word of the unit's own name left after it.
    if (end < at || end >= last - 1 || text.charCodeAt(tokens.ends[end] as number) !== 32) break;
    at = end + 1;
  }
  return at;
}

/**
 * Detects departments and units. Scores: curated names 0.9, unit codes and distinctive acronyms 0.85,
 * `… Unit`/`… Squad` patterns 0.6–0.75, ambiguous acronyms (`MIT`, `ECU`) 0.45 unless a whole table cell or
 * signature segment (0.85), column values 0.9. Single words (`Response`, `Custody`) only as a whole cell.
 *
 * @example
 * ```ts
 * department().detect('attached to the Territorial Support Group', detectContext('…'))[0].text; // 'Territorial Support Group'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function department(): Detector {
  const { trie, heads, trieFirst, headFirst } = unitLexicon();
  const notAfter = notAfterTable();
  const shapes = lexiconShapes();
  return defineDetector({
    id: 'department',
    types: ['DEPARTMENT'],
    context: { DEPARTMENT: ['police', 'officer', 'officers', 'detective', 'attached', 'seconded', 'posted', 'joined', 'based', 'transferred', 'investigation', 'investigations', 'constabulary'] },
    detect(text, ctx) {
      const out: Finding[] = [];
      if (text.length === 0) return out;
      const taken: { s: number; e: number }[] = [];
      const push = (s: number, e: number, score: number, reason: string): void => {
        const last = taken[taken.length - 1];
        if (last !== undefined && s < last.e && last.s < e) return;
        taken.push({ s, e });
        out.push(makeFinding(text, s, e, 'DEPARTMENT', score, 'department', ctx, ctx.explain ? [reason] : undefined));
      };
      const whole = wholeCellOf(text, ctx, 'DEPARTMENT', unitLike);
      if (whole !== undefined) {
        push(whole[0], whole[1], 0.9, 'cell:department-column');
        return out;
      }
      // Column values first, so a cell yields one finding.
      const cellSpans: { s: number; e: number }[] = [];
      const shapeSeen = new Map<string, boolean>();
      const { cells, types } = sharedCellTypes(ctx);
      for (let i = 0; i < cells.length; i++) {
        if (types[i] !== 'DEPARTMENT') continue;
        const c = cells[i] as TextCell;
        // Column values repeat from row to row: each distinct one is tested once.
        const v = text.slice(c.start, c.end);
        let ok = shapeSeen.get(v);
        if (ok === undefined) {
          ok = unitLike(v);
          shapeSeen.set(v, ok);
        }
        if (ok) cellSpans.push({ s: c.start, e: c.end });
      }
      const tokens = sharedTokens(text, ctx);
      const { starts, ends } = tokens;
      // The next column value's start, read once per value rather than per token.
      let ci = 0;
      let cellStart = cellSpans.length > 0 ? (cellSpans[0] as { s: number }).s : Infinity;
      for (let k = 0; k < tokens.count; k++) {
        const s = starts[k] as number;
        while (cellStart < s) cellStart = ++ci < cellSpans.length ? (cellSpans[ci] as { s: number }).s : Infinity;
        if (cellStart === s) {
          const cellEnd = (cellSpans[ci] as { e: number }).e;
          push(s, cellEnd, 0.9, 'cell:department-column');
          while (k + 1 < tokens.count && (starts[k + 1] as number) < cellEnd) k++;
          continue;
        }
        if (!isUpperAt(text, s)) continue;
        // The shape tests only narrow the first-word tests: a token opening with `İ` stays ruled out, as it always was.
        let m = mayStart(trieFirst, text, tokens, k) && mayBeWord(shapes.trie, text, tokens, k) ? matchAt(text, tokens, k, trie, MAX_WORDS) : undefined;
        if (m !== undefined) {
          const e = ends[m.last] as number;
          const written = text.slice(s, e);
          const segment = isDelimitedSegment(text, s, e);
          let score = 0;
          if (m.value === 'name') score = 0.9;
          else if (m.value === 'single') score = segment ? 0.8 : 0;
          else if (written === written.toUpperCase() || /^(?:PaDP|RaSP)$/u.test(written)) {
            // An ambiguous acronym right after a place is the place's unit (`Keighley NPT`, `Leeds MIT`).
            const afterPlace = k > 0 && ends[k - 1] === s - 1 && text.charCodeAt(s - 1) === 32 && phraseEndingAt(text, tokens, k - 1, gazetteer().trie, 3, gazetteer().first);
            score = m.value === 'acronym' ? 0.85 : segment || afterPlace || closesOfficerLine(text, s, e) ? 0.85 : 0.45;
          }
          // `Criminal Justice Act`, `Child Protection Register`: a law or a body, not a unit.
          const nx = m.last + 1;
          if (score > 0 && nx < tokens.count && text.charCodeAt(e) === 32 && starts[nx] === e + 1 && isUpperAt(text, e + 1) && tokenChild(notAfter, text, tokens, nx) !== undefined) score = 0;
          if (score > 0) {
            // A curated name may be the tail of a longer one (`Cyber Fraud Squad`): start where the capitalised run starts.
            const start = m.value === 'name' && tokenChild(heads, text, tokens, m.last) !== undefined ? (starts[afterPlaceOrForce(text, tokens, runStart(text, tokens, m.first), m.first + 1)] as number) : s;
            // … and may go on into a head word (`Legal Services Department`).
            let last = m.last;
            if (m.value === 'name' && last + 1 < tokens.count && text.charCodeAt(ends[last] as number) === 32 && starts[last + 1] === (ends[last] as number) + 1 && isUpperAt(text, starts[last + 1] as number) && tokenChild(heads, text, tokens, last + 1) !== undefined) last++;
            push(start, ends[last] as number + unitTail(text, ends[last] as number, tokens, last), score, `lexicon:${m.value}`);
            m = { ...m, last };
            k = m.last;
            continue;
          }
        }
        // Pattern: capitalised words ending in a head word.
        const head = mayStart(headFirst, text, tokens, k) && mayBeWord(shapes.heads, text, tokens, k) ? tokenChild(heads, text, tokens, k)?.value : undefined;
        if (head === undefined || k === 0) continue;
        const first = afterPlaceOrForce(text, tokens, runStart(text, tokens, k), k);
        let modifiers = 0;
        for (let t = first; t < k; t++) if (isUpperAt(text, starts[t] as number)) modifiers++;
        if (modifiers < 1 || (head < 0.7 && modifiers < 2)) continue;
        const prevOverlap = taken[taken.length - 1];
        const ps = starts[first] as number;
        if (prevOverlap !== undefined && ps < prevOverlap.e) {
          // Extend a curated match into the longer pattern (`Counter Terrorism Command` already taken stays).
          continue;
        }
        push(ps, ends[k] as number + unitTail(text, ends[k] as number, tokens, k), head, 'pattern:unit-head');
      }
      welshUnits(text, tokens, push);
      // Short runs of unit words where a unit is written (see UNIT_WORDS): signatures, parentheses after an
      // officer, before a place, after a place.
      const { unitWords, unitWordsShape, jobWords, joiners } = slotTables();
      // Findings of the passes above are in text order: `ti` walks them alongside.
      let ti = 0;
      const slotted: Finding[] = [];
      /** May token `t` follow token `t - 1` inside one run (a plain space or hyphen between)? */
      const joined = (t: number): boolean => {
        const gap = ends[t - 1] as number;
        const g = text.charCodeAt(gap);
        return (g === 32 || g === 45) && starts[t] === gap + 1;
      };
      let doneUntil = -1;
      for (let u = 0; u < tokens.count; u++) {
        // Runs are looked at only around a capitalised unit word (a hash lookup per capitalised token).
        if (u <= doneUntil || !isUpperAt(text, starts[u] as number)) continue;
        // Inside a unit found above (most unit words are): nothing to add.
        while (ti < taken.length && (taken[ti] as { e: number }).e <= (starts[u] as number)) ti++;
        if ((ti < taken.length && (taken[ti] as { s: number }).s <= (starts[u] as number)) || !mayBeWord(unitWordsShape, text, tokens, u) || tokenChild(unitWords, text, tokens, u)?.value === undefined) continue;
        // The run: capitalised words and joiners, single-spaced, up to five words around the unit word.
        let k = u;
        let words = 1;
        while (k > doneUntil + 1 && words < MAX_SLOT_WORDS && joined(k)) {
          const p = k - 1;
          if (isUpperAt(text, starts[p] as number)) {
            k = p;
            words++;
          } else if (p > doneUntil + 1 && tokenChild(joiners, text, tokens, p)?.value !== undefined && joined(p) && isUpperAt(text, starts[p - 1] as number)) {
            k = p - 1;
            words++;
          } else break;
        }
        let last = u;
        while (last + 1 < tokens.count && words < MAX_SLOT_WORDS && joined(last + 1)) {
          const n = last + 1;
          if (isUpperAt(text, starts[n] as number)) {
            last = n;
            words++;
          } else if (n + 1 < tokens.count && tokenChild(joiners, text, tokens, n)?.value !== undefined && joined(n + 1) && isUpperAt(text, starts[n + 1] as number)) {
            last = n + 1;
            words++;
          } else break;
        }
        doneUntil = last;
        let job = false;
        for (let t = k; t <= last && !job; t++) job = tokenChild(jobWords, text, tokens, t)?.value !== undefined;
        const s = starts[k] as number;
        const e = ends[last] as number;
        // `ti` is at the first finding ending after the unit word; one ending after the run's start may come before it.
        let tj = ti;
        while (tj > 0 && (taken[tj - 1] as { e: number }).e > s) tj--;
        if (job || (tj < taken.length && (taken[tj] as { s: number }).s < e)) continue;
        // A place opening the run is the unit's patch (`Exeter Response`): the unit is what follows it.
        const lead = matchAt(text, tokens, k, gazetteer().trie, 4);
        // A place or a force's name (`Suffolk Constabulary`) is not a unit.
        if (lead?.last === last || matchAt(text, tokens, k, forceNames(), 6)?.last === last) continue;
        const unitFirst = lead !== undefined && text.charCodeAt(ends[lead.last] as number) === 32 ? lead.last + 1 : k;
        const before = text.charCodeAt(s - 1);
        const after = text.charCodeAt(e);
        let slot: string | undefined;
        if (after === 44 && text.charCodeAt(e + 1) === 32 && last + 1 < tokens.count && starts[last + 1] === e + 2) {
          // `Fraud Operations, City of London Police`, `Response, Lisburn`.
          if (matchAt(text, tokens, last + 1, forceNames(), 6) !== undefined) slot = 'signature:unit-force';
          else if (matchAt(text, tokens, last + 1, gazetteer().trie, 4) !== undefined) slot = 'context:unit-place';
        }
        if (slot === undefined && before === 40 && (after === 41 || after === 44) && OFFICER_LINE_CUE.test(text.slice(Math.max(0, s - 80), s))) slot = 'context:officer-parenthesis';
        // `Reviewed: DS Clive Bogle, MASH`: closing an officer's line after a comma.
        if (slot === undefined && closesOfficerLine(text, s, e)) slot = 'context:officer-unit';
        if (unitFirst > k && last - unitFirst < 2) slot ??= 'context:place-unit';
        if (slot !== undefined) slotted.push(makeFinding(text, starts[unitFirst] as number, e, 'DEPARTMENT', 0.7, 'department', ctx, ctx.explain ? [slot] : undefined));
      }
      for (const f of slotted) out.push(f);
      // Codes come in text order, as do the findings of the first passes: `tk` walks them alongside.
      let tk = 0;
      UNIT_CODE.lastIndex = 0;
      for (let m = UNIT_CODE.exec(text); m !== null; m = UNIT_CODE.exec(text)) {
        const s = m.index;
        while (tk < taken.length && (taken[tk] as { s: number }).s < s) tk++;
        if (tk < taken.length && (taken[tk] as { s: number }).s === s) continue;
        out.push(makeFinding(text, s, s + m[0].length, 'DEPARTMENT', 0.85, 'department', ctx, ['pattern:unit-code']));
      }
      return out;
    },
  });
}
