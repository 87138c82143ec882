/**
 * Scans one file by its format. Text formats are scanned as text; structured formats are added here.
 *
 * @module
 */
import { extname } from 'node:path';
import type { Finding, Pipeline } from '../core/types.js';
import { lineColumn } from '../core/text.js';
import { decodeText, readInput } from './io.js';

/** A finding with where it was in the file. */
export interface LocatedFinding extends Finding {
  /** 1-based line and column, for text formats. */
  readonly line?: number;
  readonly column?: number;
  /** Spreadsheet or structured location. */
  readonly sheet?: string;
  readonly cell?: string;
  readonly part?: string;
  readonly vector?: string;
  readonly path?: string;
}

/** The result of scanning one file. */
export interface FileResult {
  readonly file: string;
  readonly findings: readonly LocatedFinding[];
  /** Lines such as `hidden sheet "Sheet2": 12 PERSON`, printed before the findings. */
  readonly summary?: readonly string[];
  /** True when something was found in a hidden place. */
  readonly hidden?: boolean;
}

/** Locates findings in a text by line and column, in one pass. */
export function locate(text: string, findings: readonly Finding[]): LocatedFinding[] {
  const out: LocatedFinding[] = [];
  let line = 1;
  let lineStart = 0;
  let pos = 0;
  for (const f of findings) {
    while (pos < f.start) {
      const nl = text.indexOf('\n', pos);
      if (nl === -1 || nl >= f.start) break;
      line++;
      lineStart = nl + 1;
      pos = nl + 1;
    }
    out.push({ ...f, line, column: f.start - lineStart + 1 });
  }
  return out;
}

/**
 * Reads and scans one file with a pipeline.
 *
 * @example
 * ```ts
 * scanFile('reply.txt', defaultPipeline()).findings.length;
 * ```
 */
export function scanFile(file: string, pipeline: Pipeline): FileResult {
  const bytes = readInput(file);
  const ext = file === '-' ? '.txt' : extname(file).toLowerCase();
  void ext;
  const text = decodeText(bytes);
  return { file, findings: locate(text, pipeline.scan(text)) };
}

export { lineColumn };
