/**
 * An optional PERSON signal from the compromise NLP library, loaded lazily. Not part of any preset: compromise
 * costs about a second to import and runs at well under 1 MB/s, and on this project's labelled data it finds
 * fewer than half the names the lexicon detector finds (see docs/benchmarks.md). Use it as an extra signal
 * beside `personName()` when speed does not matter.
 *
 * @module
 */
import { defineDetector, makeFinding } from '../core/detector.js';
import { PiiError } from '../core/errors.js';
import { NLP_CAPITALISED, NLP_LETTER } from '../core/regex/personNameNlp.js';
import type { Detector, Finding } from '../core/types.js';

/** The part of compromise's API this detector uses. */
interface NlpPerson {
  readonly text: string;
  readonly offset?: { readonly start: number; readonly length: number };
}
type Nlp = (text: string) => { people(): { json(options: { offset: boolean }): NlpPerson[] } };

/**
 * Options of {@link loadPersonNameNlp}.
 *
 * @example
 * ```ts
 * const o: PersonNameNlpOptions = { score: 0.55, maxWindow: 2000 };
 * ```
 */
export interface PersonNameNlpOptions {
  /** Score of a compromise-only finding (default 0.55: just over the default threshold). */
  readonly score?: number;
  /** Text is handed to compromise one line at a time, lines longer than this are cut (default 2,000). */
  readonly maxWindow?: number;
}


/**
 * Loads compromise (once: the module system caches it) and returns a synchronous PERSON detector using its
 * `people()` tagger on each line that holds a capitalised word. Never imported by any entry at load time.
 *
 * @example
 * ```ts
 * const nlpNames = await loadPersonNameNlp();
 * createPipeline({ detectors: [...defaultDetectors(), nlpNames] }).scan('Thanks, Dal Babu said.');
 * ```
 */
export async function loadPersonNameNlp(options: PersonNameNlpOptions = {}): Promise<Detector> {
  const score = options.score ?? 0.55;
  const maxWindow = options.maxWindow ?? 2000;
  if (!(score >= 0 && score <= 1)) throw new PiiError('INVALID_OPTION', 'score must be a number from 0 to 1');
  if (!Number.isInteger(maxWindow) || maxWindow < 16) throw new PiiError('INVALID_OPTION', 'maxWindow must be an integer of at least 16');
  const mod = (await import('compromise')) as unknown as { default?: Nlp } & Nlp;
  const nlp: Nlp = typeof mod.default === 'function' ? mod.default : mod;
  return defineDetector({
    id: 'personNameNlp',
    types: ['PERSON'],
    detect(text, ctx) {
      const out: Finding[] = [];
      let lineStart = 0;
      while (lineStart < text.length) {
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd === -1) lineEnd = text.length;
        const end = Math.min(lineEnd, lineStart + maxWindow);
        const line = text.slice(lineStart, end);
        if (NLP_CAPITALISED.test(' ' + line)) {
          let people: NlpPerson[] = [];
          try {
            people = nlp(line).people().json({ offset: true });
          } catch {
            people = [];
          }
          for (const p of people) {
            const found = locate(line, p);
            if (found === undefined) continue;
            out.push(makeFinding(text, lineStart + found[0], lineStart + found[1], 'PERSON', score, 'personNameNlp', ctx, ['nlp:compromise']));
          }
        }
        lineStart = lineEnd + 1;
      }
      return out;
    },
  });
}

/** Aligns compromise's person (offset, or its text) with the line, trimming punctuation and possessives. */
function locate(line: string, p: NlpPerson): [number, number] | undefined {
  let s = 0;
  let e = p.text.length;
  while (s < e && !NLP_LETTER.test(p.text[s] as string)) s++;
  while (e > s && !NLP_LETTER.test(p.text[e - 1] as string)) e--;
  if (e - s > 2 && p.text.slice(e - 2, e).toLowerCase() === "'s") e -= 2;
  const name = p.text.slice(s, e);
  if (name.length < 2) return undefined;
  const hint = p.offset?.start ?? 0;
  let at = line.indexOf(name, Math.max(0, hint - 4));
  if (at === -1) at = line.indexOf(name);
  return at === -1 ? undefined : [at, at + name.length];
}
