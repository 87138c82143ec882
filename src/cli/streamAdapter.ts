/**
 * Streams large text files through `scanStream` so the CLI's memory stays bounded by the window, not the file:
 * a Node byte stream becomes a web `ReadableStream<string>`, decoded as `decodeText` would decode the whole file.
 *
 * @module
 */
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { PiiError } from '../core/errors.js';
import { scanStream, type ScanStreamOptions } from '../core/stream.js';
import type { Finding, Pipeline } from '../core/types.js';
import { scanFile, type FileResult, type LocatedFinding } from './scanFile.js';

/**
 * Text files at least this large (bytes) are streamed instead of read whole.
 *
 * @example
 * ```ts
 * if (statSync(file).size >= STREAM_THRESHOLD_BYTES) await scanTextFileStreaming(file, pipeline);
 * ```
 */
export const STREAM_THRESHOLD_BYTES = 32 * 1024 * 1024;

/**
 * Extensions of plain-text files, the only ones streamed (structured formats need the whole file).
 *
 * @example
 * ```ts
 * STREAMED_EXTENSIONS.has('.log'); // true
 * ```
 */
export const STREAMED_EXTENSIONS: ReadonlySet<string> = /* @__PURE__ */ new Set(['.txt', '.text', '.md', '.log', '.eml']);

/**
 * How a text file is decoded: the encoding and the bytes of byte-order mark to skip.
 *
 * @example
 * ```ts
 * const c: TextEncodingChoice = { encoding: 'utf-8', skip: 3 };
 * ```
 */
export interface TextEncodingChoice {
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  readonly skip: number;
}

/**
 * Picks the encoding from the byte-order mark, as `decodeText` does (UTF-8 unless a UTF-16 BOM is present).
 *
 * @example
 * ```ts
 * sniffEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0x00])); // { encoding: 'utf-16le', skip: 2 }
 * ```
 */
export function sniffEncoding(head: Uint8Array): TextEncodingChoice {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  return { encoding: 'utf-8', skip: 0 };
}

/** Raised inside the adapter when bytes are not valid in the chosen encoding. */
class InvalidEncoding extends Error {}

/**
 * Adapts a Node byte stream (or any async iterable of bytes) to a web `ReadableStream<string>`.
 * Multi-byte characters split between chunks are decoded correctly. With `fatal`, invalid bytes error the stream.
 *
 * @example
 * ```ts
 * const text = nodeTextStream(createReadStream('big.txt'), 'utf-8');
 * for await (const f of scanStream(pipeline, text)) console.log(f.start);
 * ```
 */
export function nodeTextStream(bytes: AsyncIterable<Uint8Array | string>, encoding: TextEncodingChoice['encoding'] = 'utf-8', options: { fatal?: boolean } = {}): ReadableStream<string> {
  const decoder = new TextDecoder(encoding, { fatal: options.fatal === true, ignoreBOM: true });
  const it = bytes[Symbol.asyncIterator]();
  const decode = (chunk?: Uint8Array): string => {
    try {
      return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch {
      throw new InvalidEncoding('invalid bytes for the encoding');
    }
  };
  return new ReadableStream<string>({
    async pull(controller) {
      for (;;) {
        const r = await it.next();
        if (r.done === true) {
          const rest = decode();
          if (rest.length > 0) controller.enqueue(rest);
          controller.close();
          return;
        }
        const text = typeof r.value === 'string' ? r.value : decode(r.value);
        if (text.length > 0) {
          controller.enqueue(text);
          return;
        }
      }
    },
    async cancel() {
      await it.return?.();
    },
  });
}

function readHead(file: string): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const head = new Uint8Array(3);
    const n = readSync(fd, head, 0, 3, 0);
    return head.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

function fileText(file: string, choice: TextEncodingChoice, fatal: boolean): ReadableStream<string> {
  return nodeTextStream(createReadStream(file, { start: choice.skip, highWaterMark: 256 * 1024 }), choice.encoding, { fatal });
}

/** Adds 1-based line and column to findings sorted by start, reading the text once more as a stream. */
async function locateStreamed(text: ReadableStream<string>, findings: readonly Finding[]): Promise<LocatedFinding[]> {
  const out: LocatedFinding[] = [];
  let line = 1;
  let lineStart = 0;
  let pos = 0;
  let i = 0;
  const reader = text.getReader();
  try {
    for (let r = await reader.read(); r.done !== true && i < findings.length; r = await reader.read()) {
      const chunk = r.value;
      const chunkEnd = pos + chunk.length;
      let from = 0;
      const countTo = (rel: number): void => {
        for (let nl = chunk.indexOf('\n', from); nl !== -1 && nl < rel; nl = chunk.indexOf('\n', nl + 1)) {
          line++;
          lineStart = pos + nl + 1;
        }
        from = Math.max(from, rel);
      };
      for (let f = findings[i]; f !== undefined && f.start < chunkEnd; f = findings[++i]) {
        countTo(f.start - pos);
        out.push({ ...f, line, column: f.start - lineStart + 1 });
      }
      countTo(chunk.length);
      pos = chunkEnd;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return out;
}

/**
 * Scans a text file as a stream: memory is bounded by the window and read size, not the file size.
 * Decodes like `decodeText` (BOMs, UTF-8, else Windows-1252) and reports line and column like `scanFile`.
 *
 * @example
 * ```ts
 * const r = await scanTextFileStreaming('huge.log', defaultPipeline());
 * r.findings[0]?.line;
 * ```
 */
export async function scanTextFileStreaming(file: string, pipeline: Pipeline, options: ScanStreamOptions = {}): Promise<FileResult> {
  let choice: TextEncodingChoice;
  try {
    choice = sniffEncoding(readHead(file));
  } catch {
    throw new PiiError('IO_ERROR', 'cannot read the file', file);
  }
  const attempt = async (c: TextEncodingChoice, fatal: boolean): Promise<Finding[]> => {
    const found: Finding[] = [];
    for await (const f of scanStream(pipeline, fileText(file, c, fatal), options)) found.push(f);
    return found;
  };
  let findings: Finding[];
  try {
    findings = await attempt(choice, choice.encoding === 'utf-8');
  } catch (e) {
    if (!(e instanceof InvalidEncoding)) throw e instanceof PiiError ? e : new PiiError('IO_ERROR', 'cannot read the file', file);
    // Not valid UTF-8: start again as Windows-1252, as decodeText does for a whole file.
    choice = { encoding: 'windows-1252', skip: choice.skip };
    findings = await attempt(choice, false);
  }
  return { file, findings: await locateStreamed(fileText(file, choice, false), findings) };
}

/**
 * Scans one input path: large plain-text files are streamed, everything else goes to `scanFile`.
 *
 * @example
 * ```ts
 * (await scanPath('reply.txt', defaultPipeline())).findings.length;
 * ```
 */
export async function scanPath(file: string, pipeline: Pipeline, threshold = STREAM_THRESHOLD_BYTES): Promise<FileResult> {
  if (file !== '-' && STREAMED_EXTENSIONS.has(extname(file).toLowerCase())) {
    let size = -1;
    try {
      size = statSync(file).size;
    } catch {
      size = -1;
    }
    if (size >= threshold) return scanTextFileStreaming(file, pipeline);
  }
  return await scanFile(file, pipeline);
}
