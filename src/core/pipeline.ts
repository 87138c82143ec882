/**
 * Pipelines: detect → context boost → allow-list → resolve overlaps (same-type partial overlaps joined first) → threshold → sort.
 *
 * @module
 */
import { assertOption, PiiError } from './errors.js';
import { detectContext, runDetector, clampScore } from './detector.js';
import { lowerSameLength, normalizeForDetection } from './text.js';
import type { DenyEntry, Detector, EntityType, Finding, Pipeline, PipelineOptions, ScanOptions } from './types.js';
import { ENTITY_TYPES } from './types.js';

/** Default threshold. */
export const DEFAULT_MIN_SCORE = 0.5;
/** Default largest input (UTF-16 code units). */
export const DEFAULT_MAX_LENGTH = 64 * 1024 * 1024;
/** How much a context word raises a score, and the floor a boosted score reaches. */
export const CONTEXT_BOOST = 0.35;
export const CONTEXT_FLOOR = 0.6;
/** How far (UTF-16 units) before and after a candidate context words are looked for. */
export const CONTEXT_BEFORE = 48;
export const CONTEXT_AFTER = 24;

function validateOptions(o: PipelineOptions): void {
  assertOption(Array.isArray(o.detectors), 'detectors must be an array');
  for (const d of o.detectors) {
    assertOption(d !== null && typeof d === 'object' && typeof d.id === 'string' && typeof d.detect === 'function' && Array.isArray(d.types), 'each detector needs an id, types and a detect function');
  }
  if (o.minScore !== undefined) assertOption(typeof o.minScore === 'number' && o.minScore >= 0 && o.minScore <= 1, 'minScore must be a number from 0 to 1');
  if (o.maxLength !== undefined) assertOption(Number.isInteger(o.maxLength) && o.maxLength > 0, 'maxLength must be a positive integer');
  if (o.types !== undefined) for (const t of o.types) assertOption(ENTITY_TYPES.includes(t), 'types holds an unknown entity type');
  if (o.allow !== undefined) for (const a of o.allow) assertOption(typeof a === 'string' || a instanceof RegExp, 'allow entries must be strings or regular expressions');
  if (o.deny !== undefined) {
    for (const d of o.deny) assertOption(d !== null && typeof d === 'object' && typeof d.text === 'string' && d.text.length > 0 && ENTITY_TYPES.includes(d.type), 'deny entries need a non-empty text and a known type');
  }
  if (o.contextWords !== undefined) {
    for (const [t, words] of Object.entries(o.contextWords)) {
      assertOption(ENTITY_TYPES.includes(t as EntityType), 'contextWords has an unknown entity type');
      assertOption(Array.isArray(words) && words.every((w) => typeof w === 'string' && w.trim().length > 0), 'contextWords values must be arrays of non-empty strings');
    }
  }
}

type ContextTable = Map<EntityType, string[]>;

function buildContextTable(detectors: readonly Detector[], extra: PipelineOptions['contextWords']): ContextTable {
  const table: ContextTable = new Map();
  const add = (t: EntityType, words: readonly string[] | undefined): void => {
    if (words === undefined) return;
    const list = table.get(t) ?? [];
    for (const w of words) list.push(w.toLowerCase());
    table.set(t, list);
  };
  for (const d of detectors) if (d.context !== undefined) for (const t of ENTITY_TYPES) add(t, d.context[t]);
  if (extra !== undefined) for (const t of ENTITY_TYPES) add(t, extra[t]);
  return table;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * One type's context words: the list (for evidence, in order) and the same words grouped by their first code unit,
 * so that a window is read once, looking up only where a word may start. Built on first use per pipeline.
 */
interface ContextMatcher {
  readonly words: readonly string[];
  readonly byFirst: ReadonlyMap<number, readonly string[]>;
}

function contextMatcher(words: readonly string[]): ContextMatcher {
  const byFirst = new Map<number, string[]>();
  for (const w of words) {
    const list = byFirst.get(w.charCodeAt(0));
    if (list === undefined) byFirst.set(w.charCodeAt(0), [w]);
    else list.push(w);
  }
  return { words, byFirst };
}

/**
 * The lower case of one UTF-16 code unit, as `toLowerCase` gives it when that is one unit (else the unit itself:
 * `İ` lower-cases to two units and is kept, as {@link lowerSameLength} keeps it).
 */
function lowerUnit(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : c;
}

/**
 * Is some context word in `s[from, to)` as a whole word, ignoring case? Words are compared unit by unit with
 * {@link lowerUnit}, so the text is never lower-cased as a whole. A word may start where no ASCII letter or digit
 * precedes it and must end where none follows, the window's edges counting as boundaries. With `hits`, every word
 * found is added to it (the whole window is read); without, the first one found ends the search.
 */
function wordsIn(s: string, from: number, to: number, byFirst: ReadonlyMap<number, readonly string[]>, hits?: Set<string>): boolean {
  let found = false;
  for (let p = from; p < to; p++) {
    if (p > from && isAlnum(s.charCodeAt(p - 1))) continue;
    const candidates = byFirst.get(lowerUnit(s.charCodeAt(p)));
    if (candidates === undefined) continue;
    for (const w of candidates) {
      const end = p + w.length;
      if (end <= to && sameWordAt(s, p, w) && (end === to || !isAlnum(s.charCodeAt(end)))) {
        if (hits === undefined) return true;
        hits.add(w);
        found = true;
      }
    }
  }
  return found;
}

/** Does `s` hold the lower-case `word` at `p`, ignoring case? (Its first unit is already known to match.) */
function sameWordAt(s: string, p: number, word: string): boolean {
  for (let k = 1; k < word.length; k++) if (lowerUnit(s.charCodeAt(p + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * Are any of a type's context words within {@link CONTEXT_BEFORE} units before or {@link CONTEXT_AFTER} after a
 * finding? With `hits`, every word found is collected.
 */
function contextNear(text: string, f: Finding, context: ContextMatcher, hits?: Set<string>): boolean {
  const from = Math.max(0, f.start - CONTEXT_BEFORE);
  const to = Math.min(text.length, f.end + CONTEXT_AFTER);
  const inBefore = wordsIn(text, from, f.start, context.byFirst, hits);
  if (inBefore && hits === undefined) return true;
  return wordsIn(text, f.end, to, context.byFirst, hits) || inBefore;
}

/** Raises a finding's score when one of its type's context words stands near it. */
function boost(text: string, f: Finding, context: ContextMatcher | undefined, explain: boolean): Finding {
  if (context === undefined || f.score >= 1 || !contextNear(text, f, context)) return f;
  const score = clampScore(Math.min(0.99, Math.max(f.score + CONTEXT_BOOST, CONTEXT_FLOOR)));
  if (!explain || f.evidence === undefined) return { ...f, score };
  const seen = new Set<string>();
  contextNear(text, f, context, seen);
  // In the type's own order (and as often as the list holds them).
  return { ...f, score, evidence: { ...f.evidence, contextWords: context.words.filter((w) => seen.has(w)) } };
}

/**
 * Longest finding an allow-list regular expression is tried on. Callers' patterns are not checked for
 * backtracking, so they only ever see a finding's text, and not a long one: a longer finding is reported
 * (fail safe) rather than risk a catastrophic match on it.
 */
export const MAX_ALLOW_REGEX_INPUT = 1024;

function isAllowed(f: Finding, allowStrings: ReadonlySet<string>, allowRegexes: readonly RegExp[]): boolean {
  if (allowStrings.has(f.text.toLowerCase())) return true;
  if (f.text.length > MAX_ALLOW_REGEX_INPUT) return false;
  for (const re of allowRegexes) {
    re.lastIndex = 0;
    if (re.test(f.text)) return true;
  }
  return false;
}

function denyFindings(text: string, deny: readonly DenyEntry[], explain: boolean): Finding[] {
  const out: Finding[] = [];
  // Same-length lower case, so offsets found in `lower` are offsets in `text`.
  const lower = lowerSameLength(text);
  for (const d of deny) {
    const needle = lowerSameLength(d.text);
    for (let i = lower.indexOf(needle); i !== -1; i = lower.indexOf(needle, i + needle.length)) {
      const f: Finding = { type: d.type, start: i, end: i + needle.length, text: text.slice(i, i + needle.length), score: 1, detector: 'deny' };
      out.push(explain ? { ...f, evidence: { reasons: ['deny-list'], baseScore: 1 } } : f);
    }
  }
  return out;
}

/**
 * One finding per character range: a higher score wins, then a longer span, then the earlier start, then the
 * earlier place in `findings`. Returned in text order. Findings that overlap nothing (most of them) are kept
 * without sorting; only each cluster of overlapping findings is ranked, so the cost is about a sort by start.
 *
 * @example
 * ```ts
 * resolveOverlaps([{ type: 'PERSON', start: 0, end: 5, text: 'Smith', score: 0.6, detector: 'a' }], 5).length; // 1
 * ```
 */
export function resolveOverlaps(findings: readonly Finding[], textLength: number): Finding[] {
  if (findings.length < 2) return findings.slice();
  let taken: Uint8Array | undefined;
  const order = orderByStart(findings);
  const at = (k: number): Finding => findings[order[k] as number] as Finding;
  const kept: Finding[] = [];
  let k = 0;
  while (k < order.length) {
    // A cluster: findings chained by overlaps (each starts before the furthest end so far).
    let end = at(k).end;
    let m = k + 1;
    while (m < order.length && at(m).start < end) {
      end = Math.max(end, at(m).end);
      m++;
    }
    if (m === k + 1) kept.push(at(k));
    else {
      const cluster: Ranked[] = [];
      for (let c = k; c < m; c++) cluster.push({ f: at(c), i: order[c] as number });
      for (const f of resolveCluster(cluster, (taken ??= new Uint8Array(Math.max(textLength, end) + 1)))) kept.push(f);
    }
    k = m;
  }
  return kept;
}

/**
 * The positions of `findings` ordered by start, ties in list order (a stable sort by start). Each position is
 * packed with its start into one number (`start * length + position`), so that the engine's native numeric sort
 * of a typed array does the work with no comparator calls; a list already in order is returned as it is.
 */
function orderByStart(findings: readonly Finding[]): ArrayLike<number> {
  const n = findings.length;
  const order = new Float64Array(n);
  let inOrder = true;
  let maxStart = 0;
  for (let i = 0; i < n; i++) {
    const s = (findings[i] as Finding).start;
    if (s < maxStart) inOrder = false;
    else maxStart = s;
    order[i] = i;
  }
  if (inOrder) return order;
  if ((maxStart + 1) * n <= Number.MAX_SAFE_INTEGER) {
    for (let i = 0; i < n; i++) order[i] = (findings[i] as Finding).start * n + i;
    order.sort();
    for (let i = 0; i < n; i++) order[i] = (order[i] as number) % n;
    return order;
  }
  return Array.from(order).sort((a, b) => (findings[a] as Finding).start - (findings[b] as Finding).start || a - b);
}

interface Ranked {
  readonly f: Finding;
  readonly i: number;
}

/**
 * Greedy choice inside one cluster, best first, marking the characters taken (clusters do not share characters,
 * so one array serves them all); the kept findings in text order.
 */
function resolveCluster(cluster: Ranked[], taken: Uint8Array): Finding[] {
  cluster.sort((a, b) => b.f.score - a.f.score || b.f.end - b.f.start - (a.f.end - a.f.start) || a.f.start - b.f.start || a.i - b.i);
  const kept: Finding[] = [];
  for (const { f } of cluster) {
    let free = true;
    for (let i = f.start; i < f.end; i++) {
      if (taken[i] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, f.start, f.end);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Joins findings of the same type that partly overlap (each has characters the other lacks) into one finding
 * over both spans, scored as the better one. Without this, overlap resolution would keep one and leave the
 * other's remainder in clear (two e-mail candidates sharing a domain label, say), and redaction would leave a
 * detectable fragment. A finding inside another is left to overlap resolution.
 */
function joinPartialOverlaps(input: string, buckets: ReadonlyMap<EntityType, Finding[]>): Finding[] {
  const out: Finding[] = [];
  // Types in code-unit order, each bucket by start then longest first (stable: equal spans keep their order).
  for (const type of [...buckets.keys()].sort()) {
    const bucket = buckets.get(type) as Finding[];
    // Detectors report in text order as a rule: the sort is skipped when the bucket is already in order.
    const sorted = isInJoinOrder(bucket) ? bucket : bucket.sort(joinOrder);
    let cur = sorted[0] as Finding;
    for (let i = 1; i < sorted.length; i++) {
      const f = sorted[i] as Finding;
      if (f.start < cur.end && f.end > cur.end) {
        const lead = f.score > cur.score ? f : cur;
        cur = { ...lead, start: cur.start, end: f.end, text: input.slice(cur.start, f.end) };
      } else if (f.start < cur.end) {
        out.push(f);
      } else {
        out.push(cur);
        cur = f;
      }
    }
    out.push(cur);
  }
  return out;
}

const joinOrder = (a: Finding, b: Finding): number => a.start - b.start || b.end - a.end;

function isInJoinOrder(list: readonly Finding[]): boolean {
  for (let i = 1; i < list.length; i++) if (joinOrder(list[i - 1] as Finding, list[i] as Finding) > 0) return false;
  return true;
}

function mapBack(input: string, f: Finding, toOriginal: (o: number) => number): Finding {
  const start = toOriginal(f.start);
  const end = f.end > f.start ? toOriginal(f.end - 1) + 1 : start;
  return { ...f, start, end, text: input.slice(start, end) };
}

/** Longest redaction marker looked for around a finding (`[DRIVING_LICENCE]`, `PERSON_` + 64 hex digits). */
const MARKER_MAX = 96;
const MARKER_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set<string>([...ENTITY_TYPES, 'REDACTED']);

function isMarkerChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}

function isHex(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/**
 * True when a finding lies inside what this library's own redaction wrote: a label such as `[PERSON]` or
 * `[REDACTED]`, or a pseudonym such as `PERSON_3b1f0c9a52de`. Re-scanning a redacted text must not report them.
 */
function insideRedactionMarker(text: string, f: Finding): boolean {
  for (let k = f.start; k < f.end; k++) if (!isMarkerChar(text.charCodeAt(k))) return false;
  let i = f.start;
  while (i > 0 && f.start - i < MARKER_MAX && isMarkerChar(text.charCodeAt(i - 1))) i--;
  let j = f.end;
  while (j < text.length && j - f.end < MARKER_MAX && isMarkerChar(text.charCodeAt(j))) j++;
  // Most findings are neither bracketed nor joined to a digest by `_`: decided without taking the word out.
  const bracketed = text.charCodeAt(i - 1) === 91 && text.charCodeAt(j) === 93;
  let cut = -1;
  for (let k = j - 1; k > i; k--) {
    if (text.charCodeAt(k) === 95) {
      cut = k - i;
      break;
    }
  }
  if (!bracketed && cut === -1) return false;
  const word = text.slice(i, j);
  if (bracketed && MARKER_WORDS.has(word)) return true;
  if (cut === -1) return false;
  const digest = word.slice(cut + 1);
  return ENTITY_TYPES.includes(word.slice(0, cut) as EntityType) && digest.length >= 8 && digest.length <= 64 && isHex(digest);
}

const KNOWN_TYPES: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(ENTITY_TYPES);

function isValidFinding(f: Finding, length: number): boolean {
  return (
    f !== null &&
    typeof f === 'object' &&
    Number.isInteger(f.start) &&
    Number.isInteger(f.end) &&
    f.start >= 0 &&
    f.end <= length &&
    f.start < f.end &&
    KNOWN_TYPES.has(f.type)
  );
}

/** Restores the finding invariants a faulty detector may break: `text` is the span, the score is in [0, 1]. */
function sanitize(text: string, f: Finding): Finding {
  const score = clampScore(f.score);
  // Compared in place: no copy of the span unless it differs.
  const same = typeof f.text === 'string' && f.text.length === f.end - f.start && text.startsWith(f.text, f.start);
  return same && score === f.score ? f : { ...f, text: text.slice(f.start, f.end), score };
}

/**
 * Builds an immutable pipeline from detectors and options.
 *
 * @example
 * ```ts
 * const p = createPipeline({ detectors: [email(), policeRank()], minScore: 0.5 });
 * p.scan('Contact PC Jones at j.jones@met.police.uk');
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function createPipeline(options: PipelineOptions): Pipeline {
  if (options === null || typeof options !== 'object') throw new PiiError('INVALID_OPTION', 'createPipeline needs an options object');
  validateOptions(options);
  const opts: PipelineOptions = Object.freeze({ ...options, detectors: Object.freeze(options.detectors.slice()) });
  const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
  const maxLength = opts.maxLength ?? DEFAULT_MAX_LENGTH;
  const explain = opts.explain === true;
  const normalize = opts.normalize !== false;
  const contextTable = buildContextTable(opts.detectors, opts.contextWords);
  // Each type's matcher is compiled the first time a finding of that type needs it, then kept with the pipeline.
  const matchers = new Map<EntityType, ContextMatcher | undefined>();
  const matcherFor = (t: EntityType): ContextMatcher | undefined => {
    if (matchers.has(t)) return matchers.get(t);
    const words = contextTable.get(t);
    const m = words === undefined || words.length === 0 ? undefined : contextMatcher(words);
    matchers.set(t, m);
    return m;
  };
  const allowStrings = new Set((opts.allow ?? []).filter((a): a is string => typeof a === 'string').map((a) => a.toLowerCase()));
  const allowRegexes = (opts.allow ?? []).filter((a): a is RegExp => a instanceof RegExp);
  const typeFilter = opts.types === undefined ? undefined : new Set(opts.types);

  const scan = (input: string, scanOptions?: ScanOptions): Finding[] => {
    if (typeof input !== 'string') throw new PiiError('INVALID_INPUT', 'scan expects a string');
    if (input.length > maxLength) throw new PiiError('INPUT_TOO_LARGE', `input is longer than the limit of ${maxLength} UTF-16 code units`);
    if (input.length === 0) return [];
    const norm = normalize ? normalizeForDetection(input) : { text: input, changed: false, toOriginal: (o: number) => o };
    const text = norm.text;
    const ctx = detectContext(text, { explain, cell: scanOptions?.cell });
    const allowing = allowStrings.size > 0 || allowRegexes.length > 0;
    // Each finding goes through boost → map back → marker, allow and type filters as it comes, into its type's bucket.
    const buckets = new Map<EntityType, Finding[]>();
    const accept = (candidate: Finding): void => {
      let f = boost(text, candidate, matcherFor(candidate.type), explain);
      if (norm.changed) f = mapBack(input, f, norm.toOriginal);
      if (insideRedactionMarker(input, f)) return;
      if (allowing && isAllowed(f, allowStrings, allowRegexes)) return;
      if (typeFilter !== undefined && !typeFilter.has(f.type)) return;
      const bucket = buckets.get(f.type);
      if (bucket === undefined) buckets.set(f.type, [f]);
      else bucket.push(f);
    };
    for (const d of opts.detectors) {
      for (const f of runDetector(d, text, ctx)) if (isValidFinding(f, text.length)) accept(sanitize(text, f));
    }
    // A loop, not push(...list): a deny entry can match millions of times, beyond the spread argument limit.
    if (opts.deny !== undefined && opts.deny.length > 0) for (const f of denyFindings(text, opts.deny, explain)) accept(f);
    const found = resolveOverlaps(joinPartialOverlaps(input, buckets), input.length).filter((f) => f.score >= minScore);
    // Already in text order (kept findings do not overlap); the sort only guards that.
    found.sort((a, b) => a.start - b.start || a.end - b.end);
    return found;
  };

  const pipeline: Pipeline = {
    options: opts,
    scan,
    with: (more) => createPipeline({ ...opts, ...more }),
  };
  return Object.freeze(pipeline);
}

