/**
 * OFFICER_ID: collar, shoulder, warrant and service numbers of officers: after a rank (`PC 4521`,
 * `Insp 11669 Novák`), after a context word (`collar number 580RA`), in brackets or after a ranked name
 * (`PC Emma Rose (5216)`), or under a matching column header.
 *
 * @module
 */
import { defineDetector, findingCollector, wholeCellOf } from '../core/detector.js';
import { OFFICER_ID_VALUE } from '../core/regex/officerId.js';
import { CUE_VALUE_GAP, CUE_VALUE_GAP_OPEN } from '../core/regex/payNumber.js';
import { YEAR_TOKEN } from '../core/regex/policeRank.js';
import type { Detector, TextCell } from '../core/types.js';
import { isOfficerNumberToken, rankLexicon, sharedRanks, startsName, type RankLexicon } from './policeRank.js';
import { closesBracketedValue, cueTrie, isUpperAt, numberCueBefore, sharedCellTypes, sharedIdTokens, sharedTokens, type Tokens } from '../data/police/phrases.js';

const gapOk = (g: string): boolean => CUE_VALUE_GAP.test(g) || CUE_VALUE_GAP_OPEN.test(g);

const MAX_NAME_TOKENS = 5;

/** Is `value` a plausible officer number (not a year-like or all-zero value)? */
function plausible(value: string): boolean {
  return OFFICER_ID_VALUE.test(value) && !/^0+$/u.test(value);
}

/** After a ranked name, the index of an officer number token that ends it (`Emma Rose (5216)`, `Z. Ionescu 4979,`). */
function numberAfterName(text: string, tokens: Tokens, first: number, lexicon: RankLexicon): number | undefined {
  let k = first;
  let names = 0;
  while (k < tokens.count && names < MAX_NAME_TOKENS) {
    const afterHyphen = names > 0 && text.charCodeAt((tokens.starts[k] as number) - 1) === 45;
    // The cheap tests first: a capitalised word after the first name needs no lexicon look-up.
    if (!afterHyphen && !(names > 0 && isUpperAt(text, tokens.starts[k] as number)) && !startsName(text, tokens, k, lexicon)) break;
    names++;
    const gapStart = tokens.ends[k] as number;
    const next = k + 1;
    if (next >= tokens.count) return undefined;
    const gap = text.slice(gapStart, tokens.starts[next]);
    if (gap === ' (' || gap === ' ' || gap === ', ' || gap === '. ' || gap === ' – ') {
      if (isOfficerNumberToken(text, tokens, next) && !YEAR_TOKEN.test(text.slice(tokens.starts[next], tokens.ends[next]))) {
        const after = text.charAt(tokens.ends[next] as number);
        if (gap === ' (' ? after === ')' : gap === ' ' && (after === ',' || after === '.' || after === '' || after === '\n' || after === '\r' || after === ')' || after === ';')) return next;
      }
    }
    if (!(gap === ' ' || gap === '. ' || gap === '-' || gap === "'" || gap === '\u2019' || gap === '.')) return undefined;
    k = next;
  }
  return undefined;
}

/**
 * Detects officer numbers. Never a bare number: a rank before it, a context word, or an officer-number column
 * is required. Crime, CAD and custody references (`AJ/11591/20`, `CAD 1234`), dates, money and years are not taken.
 * Scores: after a rank 0.9, after a context word 0.9, in a column 0.95, after a ranked name 0.85.
 *
 * @example
 * ```ts
 * officerId().detect('PC 4521 Okafor', detectContext('PC 4521 Okafor'))[0].text; // '4521'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function officerId(): Detector {
  const lexicon = rankLexicon();
  const cues = cueTrie();
  return defineDetector({
    id: 'officerId',
    types: ['OFFICER_ID'],
    context: { OFFICER_ID: ['collar', 'shoulder', 'warrant', 'epaulette'] },
    detect(text, ctx) {
      const { out, push } = findingCollector(text, ctx, 'OFFICER_ID', 'officerId');
      if (text.length === 0) return out;
      const whole = wholeCellOf(text, ctx, 'OFFICER_ID', plausible);
      if (whole !== undefined) {
        push(whole[0], whole[1], 0.95, 'cell:officer-id-column');
        return out;
      }
      const tokens = sharedTokens(text, ctx);
      for (const h of sharedRanks(text, ctx, tokens, lexicon)) {
        const j = h.lastToken + 1;
        if (h.fusedNumberAt !== undefined) push(h.fusedNumberAt, tokens.ends[h.lastToken] as number, 0.85, 'fused-with-rank');
        else if (h.evidence === 'number') push(tokens.starts[j] as number, tokens.ends[j] as number, 0.9, 'after-rank');
        else if (h.evidence === 'name') {
          const k = numberAfterName(text, tokens, j, lexicon);
          if (k !== undefined) push(tokens.starts[k] as number, tokens.ends[k] as number, 0.85, 'after-ranked-name');
        }
      }
      for (const j of sharedIdTokens(text, ctx, tokens)) {
        const s = tokens.starts[j] as number;
        const e = tokens.ends[j] as number;
        if (e - s > 9 || numberCueBefore(text, tokens, j, gapOk, cues) !== 'officer' || !plausible(text.slice(s, e))) continue;
        if (!closesBracketedValue(text, s, e)) continue;
        const after = text.charCodeAt(e);
        if (after === 47 || ((after === 46 || after === 45) && /\d/u.test(text.charAt(e + 1)))) continue;
        push(s, e, 0.9, 'context-word');
      }
      const { cells, types } = sharedCellTypes(ctx);
      for (let i = 0; i < cells.length; i++) {
        if (types[i] !== 'OFFICER_ID') continue;
        const c = cells[i] as TextCell;
        if (plausible(text.slice(c.start, c.end))) push(c.start, c.end, 0.95, 'cell:officer-id-column');
      }
      return out;
    },
  });
}
