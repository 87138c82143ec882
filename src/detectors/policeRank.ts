/**
 * POLICE_RANK: ranks and role titles of UK police forces, full and abbreviated.
 *
 * @module
 */
import { defineDetector, makeFinding } from '../core/detector.js';
import { RANK_FOLLOWER } from '../core/regex.js';
import { isWordChar } from '../core/text.js';
import type { Detector, Finding } from '../core/types.js';

/** Full rank names: unambiguous when followed by a name, but generic on their own ("the sergeant said"). */
const FULL = [
  'Police Constable', 'Detective Constable', 'Police Sergeant', 'Detective Sergeant', 'Inspector', 'Detective Inspector',
  'Chief Inspector', 'Detective Chief Inspector', 'Superintendent', 'Detective Superintendent', 'Chief Superintendent',
  'Detective Chief Superintendent', 'Assistant Chief Constable', 'Deputy Chief Constable', 'Chief Constable', 'Commander',
  'Deputy Assistant Commissioner', 'Assistant Commissioner', 'Deputy Commissioner', 'Commissioner', 'Special Constable',
  'Police Community Support Officer', 'Constable', 'Sergeant',
];
/** Abbreviations that mean a rank wherever they stand. */
const SAFE_ABBR = ['Sgt', 'Insp', 'Supt', 'DCI', 'PCSO', 'Det Sgt', 'Det Con', 'Det Insp', 'Ch Insp', 'Ch Supt', 'Det Supt', 'DSU', 'Cmdr', 'DCC', 'ACC', 'DAC', 'TDC', 'SPC', 'D/Sgt', 'C/Supt', 'D/Supt', 'C/Insp'];
/** Abbreviations with other meanings: a rank only before a name or number. */
const AMBIGUOUS_ABBR = ['PC', 'DC', 'DS', 'PS', 'DI', 'CI', 'CS', 'SC', 'CC', 'AC'];

interface Entry {
  readonly form: string;
  readonly kind: 'full' | 'safe' | 'ambiguous';
}

function buildEntries(): Entry[] {
  const entries: Entry[] = [
    ...FULL.map((form) => ({ form, kind: 'full' as const })),
    ...SAFE_ABBR.map((form) => ({ form, kind: 'safe' as const })),
    ...AMBIGUOUS_ABBR.map((form) => ({ form, kind: 'ambiguous' as const })),
  ];
  return entries.sort((a, b) => b.form.length - a.form.length);
}

/**
 * Detects police ranks. Full names and safe abbreviations count when they stand before a name or number;
 * ambiguous abbreviations (`PC`, `DS`, `SC`…) only then.
 *
 * @example
 * ```ts
 * policeRank().detect('DS Amara Okafor', detectContext('DS Amara Okafor'))[0].text; // 'DS'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function policeRank(): Detector {
  const entries = buildEntries();
  return defineDetector({
    id: 'policeRank',
    types: ['POLICE_RANK'],
    context: { POLICE_RANK: ['officer', 'police', 'rank'] },
    detect(text, ctx) {
      const out: Finding[] = [];
      const lower = text.toLowerCase();
      let i = 0;
      while (i < text.length) {
        if (i > 0 && isWordChar(text.charCodeAt(i - 1))) {
          i++;
          continue;
        }
        let matched: Entry | undefined;
        for (const e of entries) {
          if (lower.startsWith(e.form.toLowerCase(), i)) {
            const after = i + e.form.length;
            if (after < text.length && isWordChar(text.charCodeAt(after))) continue;
            // Abbreviations must match their case (PC, not pc); full names may be any case.
            if (e.kind !== 'full' && text.slice(i, after) !== e.form && text.slice(i, after) !== e.form.toUpperCase()) continue;
            matched = e;
            break;
          }
        }
        if (matched === undefined) {
          i++;
          continue;
        }
        const end = i + matched.form.length;
        const followed = RANK_FOLLOWER.test(text.slice(end, end + 4));
        const score = followed ? 0.9 : matched.kind === 'safe' ? 0.55 : 0;
        if (score > 0) out.push(makeFinding(text, i, end, 'POLICE_RANK', score, 'policeRank', ctx, [`lexicon:${matched.kind}`, ...(followed ? ['followed-by-name-or-number'] : [])]));
        i = end;
      }
      return out;
    },
  });
}
