/**
 * PERSON from an organisation's own staff list: finds mentions of listed people, including initials-only forms
 * (`J. Smith`, `Smith J`, `SMITH John`), case changes, missing diacritics and typos, and says which entry matched.
 *
 * @module
 */
import { distance } from 'fastest-levenshtein';
import { defineDetector, makeFinding } from '../core/detector.js';
import { PiiError } from '../core/errors.js';
import { ROSTER_WORD } from '../core/regex/rosterDetector.js';
import type { Detector, Finding } from '../core/types.js';
import { foldName } from './personName.js';

/**
 * One person on a staff list.
 *
 * @example
 * ```ts
 * const s: StaffMember = { given: 'Łukasz', surname: 'Wiśniewski', rank: 'DC', ids: ['4521'] };
 * ```
 */
export interface StaffMember {
  readonly given?: string;
  readonly surname: string;
  /** Initials of the given names (`RA`); derived from `given` when absent. */
  readonly initials?: string;
  readonly rank?: string;
  /** Collar, warrant or pay numbers; the first is reported as the entry's id. */
  readonly ids?: readonly string[];
}

/**
 * Options of {@link rosterDetector}.
 *
 * @example
 * ```ts
 * const o: RosterOptions = { typos: true, surnameOnly: false };
 * ```
 */
export interface RosterOptions {
  /** Accept misspellings within a bound that grows with length: 0 up to 3 letters, 1 up to 7, 2 from 8 (default true). */
  readonly typos?: boolean;
  /** Report a listed surname standing alone, capitalised and spelt exactly (default true). */
  readonly surnameOnly?: boolean;
}

/**
 * One mention of a roster entry.
 *
 * @example
 * ```ts
 * const m: RosterMatch = { start: 0, end: 8, text: 'J. Smith', index: 0, form: 'initials-surname', distance: 0 };
 * ```
 */
export interface RosterMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index of the matched entry in the staff list. */
  readonly index: number;
  /** The entry's first id, when it has one. */
  readonly id?: string;
  /** `given-surname`, `initials-surname`, `surname-given`, `surname-initials` or `surname`. */
  readonly form: string;
  /** Edit distance between the written and the listed surname (after folding case and diacritics). */
  readonly distance: number;
}

/**
 * A prepared staff list: `match(text)` returns every mention, `size` the number of entries.
 *
 * @example
 * ```ts
 * rosterMatcher(['John Smith']).match('Smith J said').length; // 1
 * ```
 */
export interface RosterMatcher {
  readonly size: number;
  match(text: string): RosterMatch[];
}

interface Entry {
  readonly index: number;
  readonly id?: string;
  readonly surname: string;
  /** Folded given names. */
  readonly given: readonly string[];
  /** Upper-case initials of the given names. */
  readonly initials: string;
}

interface Word {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly raw: string;
}

/** Lower-case or Gaelic particles that open a multi-word surname. */
const SURNAME_PARTICLES = /* @__PURE__ */ new Set(['de', 'da', 'di', 'du', 'dos', 'das', 'del', 'della', 'van', 'von', 'der', 'den', 'le', 'la', 'ter', 'ten', 'bin', 'binti', 'ibn', 'al', 'el', 'ap', 'ab', 'ni', 'nic', 'o', 'mac', 'ua', 'st']);

/** Largest accepted edit distance for a surname of this length. */
function bound(length: number): number {
  return length <= 3 ? 0 : length <= 7 ? 1 : 2;
}

function parseEntry(raw: unknown, index: number): Entry {
  if (typeof raw === 'string') {
    const s = raw.trim();
    if (s === '') throw new PiiError('INVALID_OPTION', 'roster entries must not be empty', `staff[${index}]`);
    const comma = s.indexOf(',');
    // `Smith, John` or `John Smith`.
    const parts = comma >= 0 ? [...s.slice(comma + 1).trim().split(/\s+/u), s.slice(0, comma).trim()] : s.split(/\s+/u);
    // Particles before the last word belong to the surname: `Luca de Vries`, `Siobhán Ní Bhriain`.
    let cut = parts.length - 1;
    if (comma < 0) while (cut > 1 && SURNAME_PARTICLES.has(foldName(parts[cut - 1] as string))) cut--;
    const surname = comma >= 0 ? (parts[parts.length - 1] as string) : parts.slice(cut).join(' ');
    const given = (comma >= 0 ? parts.slice(0, -1) : parts.slice(0, cut)).filter((p) => p !== '');
    return { index, surname: foldName(surname), given: given.map(foldName), initials: given.map((g) => g.charAt(0).toUpperCase()).join('') };
  }
  if (raw === null || typeof raw !== 'object') throw new PiiError('INVALID_OPTION', 'roster entries must be strings or objects', `staff[${index}]`);
  const m = raw as Partial<StaffMember>;
  if (typeof m.surname !== 'string' || m.surname.trim() === '') throw new PiiError('INVALID_OPTION', 'roster entries need a surname', `staff[${index}]`);
  if (m.given !== undefined && typeof m.given !== 'string') throw new PiiError('INVALID_OPTION', 'given must be a string', `staff[${index}]`);
  if (m.initials !== undefined && typeof m.initials !== 'string') throw new PiiError('INVALID_OPTION', 'initials must be a string', `staff[${index}]`);
  if (m.ids !== undefined && (!Array.isArray(m.ids) || !m.ids.every((x) => typeof x === 'string'))) throw new PiiError('INVALID_OPTION', 'ids must be an array of strings', `staff[${index}]`);
  const given = (m.given ?? '').split(/\s+/u).filter((g) => g !== '');
  const initials = (m.initials ?? given.map((g) => g.charAt(0)).join('')).replace(/\P{L}/gu, '').toUpperCase();
  const id = m.ids?.[0];
  const base = { index, surname: foldName(m.surname.trim()), given: given.map(foldName), initials: foldName(initials).toUpperCase() };
  return id === undefined ? base : { ...base, id };
}

function words(text: string): Word[] {
  const out: Word[] = [];
  const re = new RegExp(ROSTER_WORD.source, 'gu');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let raw = m[0];
    if (raw.length > 3 && (raw.endsWith("'s") || raw.endsWith('’s'))) raw = raw.slice(0, -2);
    out.push({ start: m.index, end: m.index + raw.length, key: foldName(raw), raw });
  }
  return out;
}

function isUpperInitial(raw: string): boolean {
  return raw.length <= 3 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

function isCapitalised(raw: string): boolean {
  const c = raw.charAt(0);
  return c !== c.toLowerCase();
}

/** True when only spaces, a dot or a comma separate two words. */
function adjacent(text: string, a: Word, b: Word): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 3 && /^[.,]?[ \t]{0,2}$/u.test(gap) && gap.length > 0;
}

/**
 * Prepares a staff list for matching; throws `PiiError('INVALID_OPTION')` on a malformed list or options.
 * Surnames are indexed by their folded form and blocked by first and second letter and length for typo search,
 * so a 10,000-person list costs a few comparisons per capitalised word.
 *
 * @example
 * ```ts
 * const m = rosterMatcher([{ given: 'Łukasz', surname: 'Wiśniewski' }]);
 * m.match('DC L. Wisniewski attended')[0].form; // 'initials-surname'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function rosterMatcher(staff: ReadonlyArray<StaffMember | string>, options: RosterOptions = {}): RosterMatcher {
  if (!Array.isArray(staff)) throw new PiiError('INVALID_OPTION', 'staff must be an array');
  if (options === null || typeof options !== 'object') throw new PiiError('INVALID_OPTION', 'options must be an object');
  if (options.typos !== undefined && typeof options.typos !== 'boolean') throw new PiiError('INVALID_OPTION', 'typos must be a boolean');
  if (options.surnameOnly !== undefined && typeof options.surnameOnly !== 'boolean') throw new PiiError('INVALID_OPTION', 'surnameOnly must be a boolean');
  const typos = options.typos ?? true;
  const surnameOnly = options.surnameOnly ?? true;
  const entries = staff.map((s, i) => parseEntry(s, i));
  const bySurname = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = bySurname.get(e.surname);
    if (list === undefined) bySurname.set(e.surname, [e]);
    else list.push(e);
  }
  // Multi-word surnames (`Ní Bhriain`, `van der Berg`, `dos Santos`) are found from their last word.
  const byLastWord = new Map<string, string[]>();
  for (const s of bySurname.keys()) {
    const sp = s.lastIndexOf(' ');
    if (sp < 0) continue;
    const last = s.slice(sp + 1);
    const list = byLastWord.get(last);
    if (list === undefined) byLastWord.set(last, [s]);
    else list.push(s);
  }
  // Typo blocks: surnames keyed by (first letter, length) and (second letter, length).
  const blocks = new Map<string, string[]>();
  const addBlock = (k: string, s: string): void => {
    const b = blocks.get(k);
    if (b === undefined) blocks.set(k, [s]);
    else if (b[b.length - 1] !== s) b.push(s);
  };
  for (const s of bySurname.keys()) {
    if (s.length < 4) continue;
    if (s.includes(' ')) continue;
    addBlock(`a${s.charAt(0)}${s.length}`, s);
    addBlock(`b${s.charAt(1)}${s.length}`, s);
  }

  const lookup = (key: string): { surname: string; distance: number } | undefined => {
    if (bySurname.has(key)) return { surname: key, distance: 0 };
    if (!typos || key.length < 4) return undefined;
    const max = bound(key.length);
    let best: { surname: string; distance: number } | undefined;
    for (let len = key.length - max; len <= key.length + max; len++) {
      for (const k of [`a${key.charAt(0)}${len}`, `b${key.charAt(1)}${len}`]) {
        const block = blocks.get(k);
        if (block === undefined) continue;
        for (const s of block) {
          const limit = Math.min(max, bound(s.length));
          if (Math.abs(s.length - key.length) > limit) continue;
          const d = distance(key, s);
          if (d <= limit && (best === undefined || d < best.distance)) best = { surname: s, distance: d };
        }
      }
    }
    return best;
  };

  const givenMatches = (e: Entry, w: Word): boolean => {
    if (e.given.length === 0) return false;
    const g = e.given[0] as string;
    if (w.key === g) return true;
    return typos && w.key.length >= 4 && distance(w.key, g) <= bound(g.length);
  };
  const initialsMatch = (e: Entry, raw: string): boolean => {
    const letters = foldName(raw.replace(/\P{L}/gu, '')).toUpperCase();
    return letters.length > 0 && e.initials.length > 0 && e.initials.startsWith(letters.slice(0, e.initials.length));
  };

  return Object.freeze({
    size: entries.length,
    match(text: string): RosterMatch[] {
      const out: RosterMatch[] = [];
      if (text.length === 0 || entries.length === 0) return out;
      const ws = words(text);
      let lastEnd = -1;
      for (let i = 0; i < ws.length; i++) {
        const w = ws[i] as Word;
        if (w.start < lastEnd || w.key.length < 2) continue;
        // A multi-word surname ending here: its other words must stand just before, spelt as listed.
        let first = i;
        let hit: { surname: string; distance: number } | undefined;
        const multi = byLastWord.get(w.key);
        if (multi !== undefined) {
          for (const full of multi) {
            const parts = full.split(' ');
            const k0 = i - parts.length + 1;
            if (k0 < 0) continue;
            let ok = true;
            for (let k = k0; k < i && ok; k++) ok = (ws[k] as Word).key === parts[k - k0] && (ws[k] as Word).start >= lastEnd && adjacent(text, ws[k] as Word, ws[k + 1] as Word);
            if (ok) {
              hit = { surname: full, distance: 0 };
              first = k0;
              break;
            }
          }
        }
        // Typos are sought only in capitalised words; exact matches in any case.
        hit ??= isCapitalised(w.raw) ? lookup(w.key) : bySurname.has(w.key) ? { surname: w.key, distance: 0 } : undefined;
        if (hit === undefined) continue;
        const cands = bySurname.get(hit.surname) as Entry[];
        const prev = first > 0 ? ws[first - 1] : undefined;
        const prev2 = first > 1 ? ws[first - 2] : undefined;
        const sw = ws[first] as Word;
        const next = ws[i + 1];
        let found: { e: Entry; start: number; end: number; form: string } | undefined;
        for (const e of cands) {
          // Given name or initials before: `John Smith`, `J. Smith`, `R.A. Smith`.
          if (prev !== undefined && adjacent(text, prev, sw) && prev.end > lastEnd) {
            if (givenMatches(e, prev)) {
              found = { e, start: prev.start, end: w.end, form: 'given-surname' };
              break;
            }
            if (isUpperInitial(prev.raw) && initialsMatch(e, prev.raw)) {
              let start = prev.start;
              if (prev2 !== undefined && adjacent(text, prev2, prev) && isUpperInitial(prev2.raw) && prev2.end > lastEnd && initialsMatch(e, prev2.raw + prev.raw)) start = prev2.start;
              found = { e, start, end: w.end, form: 'initials-surname' };
              break;
            }
          }
          // Given name or initials after: `SMITH John`, `Smith J`, `Smith, John`.
          if (next !== undefined && adjacent(text, w, next)) {
            if (givenMatches(e, next)) {
              found = { e, start: sw.start, end: next.end, form: 'surname-given' };
              break;
            }
            if (isUpperInitial(next.raw) && initialsMatch(e, next.raw)) {
              found = { e, start: sw.start, end: next.end, form: 'surname-initials' };
              break;
            }
          }
        }
        if (found === undefined && surnameOnly && hit.distance === 0 && isCapitalised(w.raw) && w.key.length >= 3) {
          found = { e: cands[0] as Entry, start: sw.start, end: w.end, form: 'surname' };
        }
        if (found === undefined) continue;
        const m: RosterMatch = {
          start: found.start,
          end: found.end,
          text: text.slice(found.start, found.end),
          index: found.e.index,
          form: found.form,
          distance: hit.distance,
          ...(found.e.id === undefined ? {} : { id: found.e.id }),
        };
        out.push(m);
        lastEnd = found.end;
        if (found.end > w.end) i++;
      }
      return out;
    },
  });
}

/**
 * Detects mentions of the people on a staff list (PERSON). Each finding's evidence (with `explain: true`) names
 * the matched entry: `details.rosterIndex`, `details.rosterId`, `details.form`, `details.distance`.
 * Throws `PiiError('INVALID_OPTION')` on a malformed list or options.
 *
 * @example
 * ```ts
 * const d = rosterDetector([{ given: 'Oluwaseun', surname: 'Adeyemi', ids: ['4521'] }]);
 * d.detect('ADEYEMI Oluwaseun', detectContext('ADEYEMI Oluwaseun'))[0].text; // 'ADEYEMI Oluwaseun'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function rosterDetector(staff: ReadonlyArray<StaffMember | string>, options: RosterOptions = {}): Detector {
  const matcher = rosterMatcher(staff, options);
  return defineDetector({
    id: 'rosterDetector',
    types: ['PERSON'],
    detect(text, ctx) {
      const out: Finding[] = [];
      for (const m of matcher.match(text)) {
        const score = m.form === 'surname' ? 0.7 : m.distance === 0 ? 0.97 : 0.85;
        const details: Record<string, string | number | boolean> = { rosterIndex: m.index, form: m.form, distance: m.distance };
        if (m.id !== undefined) details['rosterId'] = m.id;
        out.push(makeFinding(text, m.start, m.end, 'PERSON', score, 'rosterDetector', ctx, [`roster:${m.form}`], details));
      }
      return out;
    },
  });
}
