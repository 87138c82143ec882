/**
 * Labelled corpora: parsing and validating the JSONL format `{id, text, spans:[{start,end,type,origin?}], kind?}`.
 * Error messages give line numbers and field names, never the corpus text.
 *
 * @module
 */
import { PiiError } from '../core/errors.js';
import type { CorpusItem, GoldSpan } from './types.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * Checks one parsed corpus item and returns it typed; throws `INVALID_INPUT` naming the broken field.
 * Spans must lie inside the text with `start < end`, and their `text`, when given, must equal the slice.
 *
 * @example
 * ```ts
 * const item = validateItem({ id: 'a', text: 'PC Jones', spans: [{ start: 3, end: 8, type: 'PERSON' }] });
 * ```
 */
export function validateItem(value: unknown, where = 'item'): CorpusItem {
  if (!isObject(value)) throw new PiiError('INVALID_INPUT', 'a corpus item must be an object', where);
  const { id, text, spans, kind } = value;
  if (typeof id !== 'string' && typeof id !== 'number') throw new PiiError('INVALID_INPUT', 'a corpus item needs a string "id"', where);
  if (typeof text !== 'string') throw new PiiError('INVALID_INPUT', 'a corpus item needs a string "text"', where);
  if (kind !== undefined && typeof kind !== 'string') throw new PiiError('INVALID_INPUT', '"kind" must be a string', where);
  if (!Array.isArray(spans)) throw new PiiError('INVALID_INPUT', 'a corpus item needs a "spans" array', where);
  const out: GoldSpan[] = [];
  spans.forEach((s: unknown, i) => {
    const at = `${where}, span ${i}`;
    if (!isObject(s)) throw new PiiError('INVALID_INPUT', 'a span must be an object', at);
    if (!isOffset(s.start) || !isOffset(s.end) || s.start >= s.end || s.end > text.length) {
      throw new PiiError('INVALID_INPUT', 'span offsets must be integers with 0 <= start < end <= text length', at);
    }
    if (typeof s.type !== 'string' || s.type.length === 0) throw new PiiError('INVALID_INPUT', 'a span needs a "type"', at);
    if (s.text !== undefined && s.text !== text.slice(s.start, s.end)) throw new PiiError('INVALID_INPUT', 'span "text" differs from text.slice(start, end)', at);
    if (s.origin !== undefined && typeof s.origin !== 'string') throw new PiiError('INVALID_INPUT', '"origin" must be a string', at);
    const span: GoldSpan = { start: s.start, end: s.end, type: s.type };
    out.push(s.origin === undefined ? span : { ...span, origin: s.origin as string });
  });
  const item: CorpusItem = { id: String(id), text, spans: out };
  return kind === undefined ? item : { ...item, kind };
}

/**
 * Parses corpus JSONL text (one item per line; blank lines skipped) and validates every item.
 *
 * @example
 * ```ts
 * const corpus = parseCorpus('{"id":"a","text":"PC Jones","spans":[{"start":3,"end":8,"type":"PERSON"}]}\n');
 * corpus[0]?.spans.length; // 1
 * ```
 */
export function parseCorpus(jsonl: string): CorpusItem[] {
  const items: CorpusItem[] = [];
  const seen = new Set<string>();
  let lineNo = 0;
  for (const line of jsonl.split('\n')) {
    lineNo++;
    if (line.trim().length === 0) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new PiiError('MALFORMED_FILE', 'not valid JSON', `line ${lineNo}`);
    }
    const item = validateItem(value, `line ${lineNo}`);
    if (seen.has(item.id)) throw new PiiError('INVALID_INPUT', 'duplicate item id', `line ${lineNo}`);
    seen.add(item.id);
    items.push(item);
  }
  return items;
}
