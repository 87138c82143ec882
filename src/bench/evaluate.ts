/**
 * `evaluate`: scores a pipeline on a labelled corpus, entity by entity, as `../shared/eval/README.md` describes.
 *
 * @module
 */
import { ENTITY_TYPES } from '../core/types.js';
import { Tally } from './scores.js';
import type { BenchPipeline, CorpusItem, Evaluation, PredictedSpan } from './types.js';

/**
 * Options of {@link evaluate}.
 *
 * @example
 * ```ts
 * const o: EvaluateOptions = { types: ['PERSON', 'EMAIL'], errors: 20 };
 * ```
 */
export interface EvaluateOptions {
  /** Score only these types (gold spans and predictions of other entity types are ignored). Default: every entity type, plus any other type the corpus labels. */
  readonly types?: readonly string[];
  /** Keep up to this many misses and false positives as examples (default 0: none). */
  readonly errors?: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Scored types in report order: entity types first, then the corpus's own labels. */
function scoredTypes(corpus: readonly CorpusItem[], types: readonly string[] | undefined): string[] {
  if (types !== undefined) return [...new Set(types)];
  const out: string[] = [...ENTITY_TYPES];
  const known = new Set<string>(out);
  for (const item of corpus) {
    for (const s of item.spans) {
      if (!known.has(s.type)) {
        known.add(s.type);
        out.push(s.type);
      }
    }
  }
  return out;
}

/**
 * Scores `pipeline.scan` on every item of a labelled corpus.
 *
 * Per scored type: overlap matching (a gold span is found when a same-type prediction overlaps it; a prediction is
 * correct when it overlaps a same-type gold span) and exact matching (same bounds), precision, recall, F1 and F2;
 * micro-averaged figures; PERSON recall per name `origin` with the worst origin and its gaps; false positives on items
 * of `kind: 'negative'` (any prediction there that matches no labelled span: only FORCE is labelled in negatives); a confusion table of
 * gold spans overlapped by a prediction of another type; figures per item kind. Predictions whose label is not an
 * entity type (another tool's own labels) are counted apart in `otherLabels` and in `anyRecall`.
 *
 * @example
 * ```ts
 * import { defaultPipeline } from 'police-pii';
 * import { evaluate, parseCorpus } from 'police-pii/bench';
 * const ev = evaluate(defaultPipeline(), parseCorpus(jsonlText));
 * console.log(ev.micro.f2, ev.perType.PERSON?.recall, ev.origins.worst);
 * ```
 */
export function evaluate(pipeline: BenchPipeline, corpus: readonly CorpusItem[], options: EvaluateOptions = {}): Evaluation {
  const types = scoredTypes(corpus, options.types);
  const known = new Set<string>(ENTITY_TYPES);
  const tally = new Tally(types, options.errors ?? 0);
  let chars = 0;
  let elapsedMs = 0;
  for (const item of corpus) {
    const t0 = performance.now();
    const raw = pipeline.scan(item.text);
    elapsedMs += performance.now() - t0;
    chars += item.text.length;
    const kind = item.kind ?? 'text';
    const gold = item.spans.filter((g) => tally.isScored(g.type));
    const preds: PredictedSpan[] = [];
    const others: PredictedSpan[] = [];
    for (const p of raw) {
      if (tally.isScored(p.type)) preds.push(p);
      else if (!known.has(p.type)) others.push(p);
    }
    const example = (s: PredictedSpan | (typeof gold)[number]) => ({ id: item.id, type: s.type, start: s.start, end: s.end, text: item.text.slice(s.start, s.end) });
    for (const g of gold) {
      let found = false;
      let exact = false;
      let any = false;
      const confusedWith = new Set<string>();
      for (const p of preds) {
        if (!overlaps(p, g)) continue;
        any = true;
        if (p.type === g.type) {
          found = true;
          if (p.start === g.start && p.end === g.end) exact = true;
        } else confusedWith.add(p.type);
      }
      if (!any) any = others.some((p) => overlaps(p, g));
      for (const t of confusedWith) tally.confused(g.type, t);
      tally.gold(g.type, kind, { found, exact, any }, g.origin, example(g));
    }
    const negativeFps: string[] = [];
    for (const p of preds) {
      let correct = false;
      let exact = false;
      for (const g of gold) {
        if (g.type !== p.type || !overlaps(p, g)) continue;
        correct = true;
        if (g.start === p.start && g.end === p.end) exact = true;
      }
      tally.predicted(p.type, kind, { correct, exact }, example(p));
      if (item.kind === 'negative' && !correct) negativeFps.push(p.type);
    }
    for (const p of others) {
      tally.otherLabel(p.type, item.spans.some((g) => overlaps(p, g)));
      if (item.kind === 'negative') negativeFps.push(p.type);
    }
    if (item.kind === 'negative') tally.negative(negativeFps);
  }
  return tally.result({ items: corpus.length, chars, elapsedMs });
}
