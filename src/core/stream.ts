/**
 * Streaming scans: findings from a stream of text chunks, with absolute offsets and bounded memory.
 *
 * Guarantees of {@link scanStream}:
 * - **Absolute offsets.** `start`/`end` are UTF-16 offsets into the whole concatenated stream, and `text`
 *   equals that slice of it.
 * - **Order and uniqueness.** Findings come out sorted by `start` and never overlap one another: each window
 *   owns a range of start offsets, and a finding that overlaps one already emitted is dropped.
 * - **Boundaries.** The stream is scanned in windows of about `windowSize` units. Each window also sees
 *   `overlap` units (at least) after the end of its own range and `overlap` units before its start (moved back
 *   to a line start when one is near), so every entity shorter than `overlap` is found whole wherever the
 *   chunks or windows happen to be cut, with the pipeline's context words around it. Cuts prefer a line break,
 *   then a space, and never split a surrogate pair.
 * - **Memory** is bounded by `windowSize + 3 × overlap` plus the largest chunk the source delivers, not by the
 *   input length. Emitted findings hold copies of their text, never a slice that pins a window in memory.
 * - **Same results as one scan** for entities and context that fit inside the overlap. Evidence further away
 *   than the overlap (a table header hundreds of lines above a cell, say) is not seen by a window, and an
 *   entity longer than the overlap that is cut by a window edge can come out in part only (a finding that
 *   overlaps one already emitted is dropped): raise `overlap` above the longest entity you expect.
 *
 * @module
 */
import { assertOption, PiiError } from './errors.js';
import type { Finding, Pipeline, ScanOptions } from './types.js';

/**
 * Default window size in UTF-16 code units.
 *
 * @example
 * ```ts
 * scanStream(pipeline, text, { windowSize: 2 * DEFAULT_STREAM_WINDOW });
 * ```
 */
export const DEFAULT_STREAM_WINDOW = 64 * 1024;
/**
 * Default overlap carried across each window boundary, in UTF-16 code units.
 *
 * @example
 * ```ts
 * scanStream(pipeline, text, { overlap: 4 * DEFAULT_STREAM_OVERLAP });
 * ```
 */
export const DEFAULT_STREAM_OVERLAP = 1024;

/**
 * Options of {@link scanStream}.
 *
 * @example
 * ```ts
 * const o: ScanStreamOptions = { windowSize: 128 * 1024, overlap: 2048 };
 * ```
 */
export interface ScanStreamOptions {
  /** UTF-16 code units each window owns (default 65,536; at least 2 and at least `overlap`). */
  readonly windowSize?: number;
  /** UTF-16 code units of context carried across each boundary, before and after (default 1,024). */
  readonly overlap?: number;
  /** Per-call options passed to every `pipeline.scan`. */
  readonly scan?: ScanOptions;
  /** Stops the scan: the iterator throws the signal's reason and cancels the source. */
  readonly signal?: AbortSignal;
}

/**
 * Text sources {@link scanStream} accepts: a web stream of strings, or any (async) iterable of strings.
 *
 * @example
 * ```ts
 * const s: TextSource = ['first chunk, ', 'second chunk'];
 * ```
 */
export type TextSource = ReadableStream<string> | AsyncIterable<string> | Iterable<string>;

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Moves a cut one unit back when it would fall between the halves of a surrogate pair. */
function safeCut(s: string, i: number): number {
  if (i > 0 && i < s.length && isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i))) return i - 1;
  return i;
}

/**
 * Copies a string so it does not keep a larger string alive (engines may represent slices as views).
 * Concatenation makes a rope and slicing it flattens the rope into a fresh copy.
 */
function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** The end of the owned range of a window: after the last line break, else space, in `(lo, target]`. */
function chooseCut(buf: string, lo: number, target: number, overlap: number): number {
  const floor = Math.max(lo, target - overlap);
  const nl = buf.lastIndexOf('\n', target - 1);
  if (nl >= floor) return nl + 1;
  const sp = buf.lastIndexOf(' ', target - 1);
  if (sp >= floor) return sp + 1;
  const cut = safeCut(buf, target);
  return cut > lo ? cut : target + 1;
}

/** Where the next window's text starts: `overlap` before the cut, moved back to a line start when near. */
function chooseKeep(buf: string, cut: number, overlap: number): number {
  const want = Math.max(0, cut - overlap);
  if (want === 0) return 0;
  const nl = buf.lastIndexOf('\n', want - 1);
  if (nl >= 0 && nl >= want - overlap) return nl + 1;
  return safeCut(buf, want);
}

async function* chunksOf(source: TextSource, signal: AbortSignal | undefined): AsyncGenerator<string, void, undefined> {
  if (source !== null && typeof source === 'object' && typeof (source as ReadableStream<string>).getReader === 'function') {
    const reader = (source as ReadableStream<string>).getReader();
    let finished = false;
    try {
      for (;;) {
        const r = await reader.read();
        if (r.done) {
          finished = true;
          return;
        }
        yield r.value;
        signal?.throwIfAborted();
      }
    } finally {
      if (!finished) await reader.cancel().catch(() => undefined);
      reader.releaseLock();
    }
  }
  if (source !== null && typeof source === 'object' && (Symbol.asyncIterator in source || Symbol.iterator in source)) {
    for await (const chunk of source as AsyncIterable<string>) {
      yield chunk;
      signal?.throwIfAborted();
    }
    return;
  }
  throw new PiiError('INVALID_INPUT', 'scanStream expects a ReadableStream or an iterable of strings');
}

/**
 * Scans a stream of text chunks with a pipeline and yields findings with absolute offsets, in order, while
 * the stream is read. Entities that cross chunk boundaries are found; memory stays bounded by the window and
 * the largest chunk (see the module notes for the exact guarantees).
 *
 * @example
 * ```ts
 * const p = createPipeline({ detectors: patternDetectors() });
 * const text = new Response(file).body!.pipeThrough(new TextDecoderStream());
 * for await (const f of scanStream(p, text)) console.log(f.type, f.start, f.end);
 * ```
 */
export async function* scanStream(pipeline: Pick<Pipeline, 'scan'>, source: TextSource, options: ScanStreamOptions = {}): AsyncGenerator<Finding, void, undefined> {
  const overlap = options.overlap ?? DEFAULT_STREAM_OVERLAP;
  const windowSize = options.windowSize ?? DEFAULT_STREAM_WINDOW;
  assertOption(pipeline !== null && typeof pipeline === 'object' && typeof pipeline.scan === 'function', 'scanStream needs a pipeline');
  assertOption(Number.isInteger(overlap) && overlap >= 0, 'overlap must be a non-negative integer');
  assertOption(Number.isInteger(windowSize) && windowSize >= 2 && windowSize >= overlap, 'windowSize must be an integer of at least 2 and at least overlap');
  const maxLength = (pipeline as Partial<Pipeline>).options?.maxLength;
  assertOption(maxLength === undefined || windowSize + 3 * overlap + 2 <= maxLength, "windowSize + 3 × overlap must fit within the pipeline's maxLength");
  const signal = options.signal;
  signal?.throwIfAborted();

  let buf = '';
  let bufStart = 0; // absolute offset of buf[0]
  let owned = 0; // absolute offset where the next window's own range starts
  let emittedEnd = 0; // largest end of an emitted finding

  // Scans buf[0, end) and yields the findings starting in [owned, cutAbs).
  function* emit(end: number, cutAbs: number): Generator<Finding, void, undefined> {
    const found = pipeline.scan(end === buf.length ? buf : buf.slice(0, end), options.scan);
    for (const f of found) {
      const start = f.start + bufStart;
      if (start < owned || start < emittedEnd) continue;
      if (start >= cutAbs) break;
      signal?.throwIfAborted();
      emittedEnd = Math.max(emittedEnd, f.end + bufStart);
      yield { ...f, start, end: f.end + bufStart, text: detach(f.text) };
    }
  }

  for await (const chunk of chunksOf(source, signal)) {
    if (typeof chunk !== 'string') throw new PiiError('INVALID_INPUT', 'scanStream expects chunks of text (strings)');
    if (chunk.length === 0) continue;
    buf += chunk;
    // Process full windows while the buffer holds a window, its lookahead and one more unit (to cut safely).
    for (;;) {
      const lo = owned - bufStart;
      if (buf.length <= lo + windowSize + overlap) break;
      const end = safeCut(buf, lo + windowSize + overlap);
      const cut = Math.min(chooseCut(buf, lo, end - overlap, overlap), end);
      yield* emit(end, cut + bufStart);
      owned = cut + bufStart;
      const keep = chooseKeep(buf, cut, overlap);
      buf = buf.slice(keep);
      bufStart += keep;
      signal?.throwIfAborted();
    }
  }
  if (owned < bufStart + buf.length) yield* emit(buf.length, bufStart + buf.length);
}

/**
 * {@link scanStream} as a web `ReadableStream` of findings, for piping into a response or another stream.
 *
 * @example
 * ```ts
 * const findings = scanReadable(createPipeline({ detectors: patternDetectors() }), request.body!.pipeThrough(new TextDecoderStream()));
 * for await (const f of findings) console.log(f.type);
 * ```
 */
export function scanReadable(pipeline: Pick<Pipeline, 'scan'>, source: TextSource, options: ScanStreamOptions = {}): ReadableStream<Finding> {
  let it: AsyncGenerator<Finding, void, undefined> | undefined;
  return new ReadableStream<Finding>(
    {
      async pull(controller) {
        it ??= scanStream(pipeline, source, options);
        const r = await it.next();
        if (r.done === true) controller.close();
        else controller.enqueue(r.value);
      },
      async cancel() {
        await it?.return(undefined);
      },
    },
    { highWaterMark: 16 },
  );
}
