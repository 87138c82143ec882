/**
 * VETTING_LEVEL: police vetting (RV, MV, NPPV 1–3 with their written variants) and national security
 * vetting (BPSS, CTC, SC, eSC, DV, eDV, AC) levels, as written, qualifier included.
 *
 * @module
 */
import { lazy } from '../core/lazy.js';
import { defineDetector, makeFinding } from '../core/detector.js';
import { cellColumnIs } from '../core/headers.js';
import { NPPV_LEVEL, VETTING_ANTI_CUE, VETTING_CUE, VETTING_CURRENT_AFTER } from '../core/regex/vettingLevel.js';
import { isWordChar, lineEndNear, lineStartNear } from '../core/text.js';
import { buildTrie, firstWordFilter, isUpperAt, matchAt, mayStart, sharedCellTypes, sharedTokens, tokenChild } from '../data/police/phrases.js';
import { GENERIC_WRITTEN, VETTING_SHORT_FORMS, VETTING_WRITTEN } from '../data/police/vetting.js';
import type { Detector, Finding, TextCell } from '../core/types.js';

const CUE_BEFORE = 48;
/**
 * The literals an NPPV form starts with, each with a part of it to search for: `indexOf` is fastest when the
 * needle's first code unit is rare in the text (`pv` rather than `nppv`, `Non` rather than the whole phrase).
 */
const NPPV_NEEDLES: ReadonlyArray<readonly [literal: string, part: string]> = [
  ['NPPV', 'NPPV'],
  ['nppv', 'pv'],
  ['Nppv', 'Nppv'],
  ['Non-Police Personnel', 'Non'],
  ['Non Police Personnel', 'Non'],
];
const CUE_AFTER = 32;
const UNAMBIGUOUS_SHORT = /* @__PURE__ */ new Set(['eSC', 'eDV', 'BPSS']);

/** Does `, ` after a capitalised word end just before `s` (`Charleston, SC`)? */
function afterPlaceName(text: string, s: number): boolean {
  if (s < 4 || text.charCodeAt(s - 1) !== 32 || text.charCodeAt(s - 2) !== 44) return false;
  let i = s - 3;
  while (i > 0 && isWordChar(text.charCodeAt(i - 1)) && s - i < 30) i--;
  return i < s - 3 && /\p{Lu}/u.test(text.charAt(i));
}

/** The first offset at or after `from` where `literal` occurs, found through its `part` (see {@link NPPV_NEEDLES}). */
function nextLiteral(text: string, literal: string, part: string, from: number): number {
  const shift = literal.indexOf(part);
  for (let h = text.indexOf(part, from + shift); h !== -1; h = text.indexOf(part, h + 1)) if (text.startsWith(literal, h - shift)) return h - shift;
  return -1;
}

/** The same line's text around `[start, end)`, lower-cased: the window where cues are looked for. */
function window(text: string, start: number, end: number): { before: string; after: string } {
  const a = lineStartNear(text, start, CUE_BEFORE);
  const b = lineEndNear(text, end, CUE_AFTER);
  return { before: text.slice(a, start).toLowerCase(), after: text.slice(end, b).toLowerCase() };
}

/** The vettingLevel detector's compiled tables: built on first use, then shared read-only by every instance. */
const vettingLevelTables = /* @__PURE__ */ lazy(() => {
  const written = buildTrie(VETTING_WRITTEN.map((w) => [w, true] as const));
  const short = buildTrie(VETTING_SHORT_FORMS.map((w) => [w, w] as const));
  const generic = new Set(GENERIC_WRITTEN);
  const writtenFirst = firstWordFilter(written);
  const shortFirst = firstWordFilter(short);
  // Either filter: most tokens start neither table, and are passed over after one test.
  const anyFirst = writtenFirst.map((bits, i) => bits | (shortFirst[i] as number));
  return { written, short, generic, writtenFirst, shortFirst, anyFirst };
});

/**
 * Detects vetting levels. `NPPV` forms and written-out levels always count; short forms (`SC`, `DV`, `MV`, `RV`,
 * `AC`, `CTC`) only with a vetting cue on the same line (cleared, clearance, vetting, level, holds…) or in a
 * vetting column / `Vetting:` line, and never next to domestic-abuse, short-circuit or place words.
 * Scores: NPPV 0.95, column 0.95, short form with cue 0.85, written-out 0.9.
 *
 * @example
 * ```ts
 * vettingLevel().detect('She is SC cleared', detectContext('She is SC cleared'))[0].text; // 'SC'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function vettingLevel(): Detector {
  const { written, short, generic, writtenFirst, shortFirst, anyFirst } = vettingLevelTables();
  return defineDetector({
    id: 'vettingLevel',
    types: ['VETTING_LEVEL'],
    detect(text, ctx) {
      const out: Finding[] = [];
      if (text.length === 0) return out;
      const inColumn = cellColumnIs(ctx.cell, 'VETTING_LEVEL');
      const seen = new Set<number>();
      // Where the last level found ends (a short form glossing it may follow in parentheses).
      let lastEnd = -1;
      const push = (s: number, e: number, score: number, reason: string): void => {
        if (seen.has(s)) return;
        seen.add(s);
        lastEnd = e;
        out.push(makeFinding(text, s, e, 'VETTING_LEVEL', score, 'vettingLevel', ctx, ctx.explain ? [reason] : undefined));
      };
      // NPPV forms: find the literal, then match the level there (sticky), so the scan is a plain substring search.
      for (const [literal, part] of NPPV_NEEDLES) {
        for (let i = nextLiteral(text, literal, part, 0); i !== -1; i = nextLiteral(text, literal, part, i + literal.length)) {
          if (i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
          NPPV_LEVEL.lastIndex = i;
          const m = NPPV_LEVEL.exec(text);
          if (m !== null) push(i, i + m[0].length, 0.95, 'pattern:nppv');
        }
      }
      // Cells of vetting columns and `Vetting:` lines.
      const cellStarts = new Set<number>();
      const { cells, types } = sharedCellTypes(ctx);
      for (let i = 0; i < cells.length; i++) if (types[i] === 'VETTING_LEVEL') cellStarts.add((cells[i] as TextCell).start);
      const tokens = sharedTokens(text, ctx);
      for (let k = 0; k < tokens.count; k++) {
        const s = tokens.starts[k] as number;
        const c = text.charCodeAt(s);
        if ((c !== 101 && !isUpperAt(text, s)) || !mayStart(anyFirst, text, tokens, k)) continue;
        // Written-out levels (`Management Vetting`); `Security Check` only after a vetting cue.
        const w0 = mayStart(writtenFirst, text, tokens, k) ? matchAt(text, tokens, k, written, 5) : undefined;
        if (w0 !== undefined) {
          const e = tokens.ends[w0.last] as number;
          const phrase = text.slice(s, e);
          const isGeneric = generic.has(phrase.toLowerCase());
          if ((isUpperAt(text, s) || phrase.startsWith('enhanced ')) && (!isGeneric || inColumn || VETTING_CUE.test(window(text, s, e).before))) push(s, e, 0.9, 'lexicon:written-level');
          k = w0.last;
          continue;
        }
        const canonical = mayStart(shortFirst, text, tokens, k) ? tokenChild(short, text, tokens, k)?.value : undefined;
        if (canonical === undefined) continue;
        const e = tokens.ends[k] as number;
        const form = text.slice(s, e);
        if (form !== canonical) continue;
        if (inColumn || cellStarts.has(s)) {
          push(s, e, 0.95, 'cell:vetting-column');
          continue;
        }
        // `SC012345`, `DV-123` are references; `SC:` after a name is a post-nominal list rarely; keep simple.
        const next = text.charCodeAt(e);
        if (next === 45 && /\d/u.test(text.charAt(e + 1))) continue;
        // `Charleston, SC.`: a US state after a place name.
        if (afterPlaceName(text, s) && /^(?:[.,;)\s]|$)/u.test(text.slice(e, e + 1)) && !/^\s+(?:cleared|clearance|vetted|level)\b/iu.test(text.slice(e, e + 12))) continue;
        const w = window(text, s, e);
        if (VETTING_ANTI_CUE.test(w.after.slice(0, 24)) || VETTING_ANTI_CUE.test(w.before.slice(-24)) || VETTING_CURRENT_AFTER.test(w.after)) continue;
        // `Counter Terrorist Check (CTC)`: the short form of a level just written out.
        const glossed = text.charCodeAt(s - 1) === 40 && text.charCodeAt(e) === 41 && s >= 2 && lastEnd === s - 2;
        if (UNAMBIGUOUS_SHORT.has(form) || glossed) push(s, e, 0.85, glossed ? 'context:after-written-level' : 'lexicon:unambiguous');
        else if (VETTING_CUE.test(w.before) || VETTING_CUE.test(w.after)) push(s, e, 0.85, 'context:vetting-cue');
      }
      return out;
    },
  });
}
