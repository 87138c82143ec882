/**
 * FORCE: UK police forces and services by full name and short form (`Metropolitan Police Service`, `the Met`,
 * `MPS`, `GMP`, `PSNI`, `BTP`, `Police Scotland`, `Dyfed-Powys Police`…).
 *
 * @module
 */
import { lazy } from '../core/lazy.js';
import { defineDetector, makeFinding } from '../core/detector.js';
import type { Detector, Finding } from '../core/types.js';
import { AMBIGUOUS_FORCE_FORMS, FORCES } from '../data/police/forces.js';
import { buildTrie, firstWordFilter, isUpperAt, matchAt, mayStart, phraseTokens, sharedTokens } from '../data/police/phrases.js';

type FormKind = 'name' | 'acronym' | 'ambiguous';

/** Words after `Met` that make it the force (`Met officers`), and words that make it something else (`Met Office`). */
const MET_AFTER = /* @__PURE__ */ new Set(['police', 'officer', 'officers', 'detective', 'detectives', 'commissioner', 'said', 'has', 'have', 'is', 'was', 'spokesperson', 'spokesman', 'spokeswoman', 'statement', 'chief', 'commander', 'sergeant', 'constable', 'inspector', 'pc', 'ds', 'dc', 'dci', 'team', 'unit', 'command', 'borough']);
const MET_NOT_AFTER = /* @__PURE__ */ new Set(['office', 'éireann', 'eireann', 'gala', 'opera', 'museum', 'ball']);

/** The force detector's compiled tables: built on first use, then shared read-only by every instance. */
const forceTables = /* @__PURE__ */ lazy(() => {
  const ambiguous = new Set(AMBIGUOUS_FORCE_FORMS.map((f) => phraseTokens(f).join(' ')));
  const entries: (readonly [string, FormKind])[] = [];
  for (const group of FORCES) {
    for (const form of group) {
      const key = phraseTokens(form).join(' ');
      const kind: FormKind = ambiguous.has(key) ? 'ambiguous' : /^[A-Za-z]{2,5}$/u.test(form) && form !== 'Met' ? 'acronym' : 'name';
      entries.push([form, kind]);
    }
  }
  const trie = buildTrie(entries);
  const trieFirst = firstWordFilter(trie);
  return { trie, trieFirst };
});

/**
 * Detects named police forces. Full names score 0.95, distinctive acronyms 0.85 (upper case only); acronyms
 * with other common meanings (`CNC`, `NCA`, `MDP`) 0.45, raised by nearby police words. `Met` counts after
 * `the` or before a police word, never in `Met Office` or as the verb.
 *
 * @example
 * ```ts
 * force().detect('Essex Police said', detectContext('Essex Police said'))[0].text; // 'Essex Police'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function force(): Detector {
  const { trie, trieFirst } = forceTables();
  return defineDetector({
    id: 'force',
    types: ['FORCE'],
    context: { FORCE: ['police', 'officer', 'officers', 'constable', 'force', 'forces', 'detective', 'crime', 'agency', 'constabulary'] },
    detect(text, ctx) {
      const out: Finding[] = [];
      if (text.length === 0) return out;
      const tokens = sharedTokens(text, ctx);
      for (let k = 0; k < tokens.count; k++) {
        const s = tokens.starts[k] as number;
        if (!isUpperAt(text, s)) continue;
        const m = mayStart(trieFirst, text, tokens, k) ? matchAt(text, tokens, k, trie, 8) : undefined;
        if (m !== undefined) {
          const e = tokens.ends[m.last] as number;
          const written = text.slice(s, e);
          // Acronyms count in capitals only (`MPS`, not `Mps`), `CoLP`/`PSoS` as written.
          if (m.value !== 'name' && m.first === m.last && written !== written.toUpperCase() && written !== 'CoLP' && written !== 'PSoS') continue;
          const score = m.value === 'name' ? 0.95 : m.value === 'acronym' ? 0.85 : 0.45;
          out.push(makeFinding(text, s, e, 'FORCE', score, 'force', ctx, ctx.explain ? [`lexicon:${m.value}`] : undefined));
          k = m.last;
          continue;
        }
        // `the Met`, `Met officers`.
        if ((tokens.ends[k] as number) - s === 3 && text.startsWith('Met', s)) {
          const prev = k > 0 ? text.slice(tokens.starts[k - 1], tokens.ends[k - 1]).toLowerCase() : '';
          const next = k + 1 < tokens.count && (tokens.starts[k + 1] as number) - (tokens.ends[k] as number) <= 2 ? text.slice(tokens.starts[k + 1], tokens.ends[k + 1]).toLowerCase() : '';
          const gapPrev = k > 0 ? text.slice(tokens.ends[k - 1], s) : '';
          if (MET_NOT_AFTER.has(next)) continue;
          const possessive = text.charCodeAt(tokens.ends[k] as number) === 39 || text.charCodeAt(tokens.ends[k] as number) === 0x2019;
          if ((prev === 'the' && gapPrev === ' ') || MET_AFTER.has(next) || (possessive && next === 's')) {
            out.push(makeFinding(text, s, s + 3, 'FORCE', 0.85, 'force', ctx, ['lexicon:met']));
          }
        }
      }
      return out;
    },
  });
}
