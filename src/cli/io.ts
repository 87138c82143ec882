/**
 * CLI input and output helpers: reading files and directories, masking values, progress on stderr.
 *
 * @module
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { PiiError } from '../core/errors.js';

/** File extensions the CLI scans when given a directory. */
export const SCANNABLE = /* @__PURE__ */ new Set(['.txt', '.md', '.csv', '.tsv', '.json', '.jsonl', '.xlsx', '.xlsm', '.text', '.log', '.eml']);

/** Largest file the CLI reads (bytes). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/**
 * Expands files and directories into a sorted list of files to scan; `-` stands for standard input.
 *
 * @example
 * ```ts
 * expandInputs(['docs']); // ['docs/a.txt', 'docs/b.csv']
 * ```
 */
export function expandInputs(inputs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number): void => {
    if (depth > 32) return;
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p, depth + 1);
      else if (st.isFile() && SCANNABLE.has(extname(name).toLowerCase())) out.push(p);
    }
  };
  for (const input of inputs) {
    if (input === '-') {
      out.push('-');
      continue;
    }
    let st;
    try {
      st = statSync(input);
    } catch {
      throw new PiiError('IO_ERROR', 'cannot read the input', input);
    }
    if (st.isDirectory()) walk(input, 0);
    else out.push(input);
  }
  return out;
}

/**
 * Reads a file (or standard input for `-`) as bytes, refusing files over the size limit.
 *
 * @example
 * ```ts
 * readInput('report.txt').length;
 * ```
 */
export function readInput(path: string, maxBytes = MAX_FILE_BYTES): Uint8Array {
  try {
    if (path !== '-') {
      const size = statSync(path).size;
      if (size > maxBytes) throw new PiiError('INPUT_TOO_LARGE', `file is larger than ${maxBytes} bytes`, path);
    }
    const bytes = readFileSync(path === '-' ? 0 : path);
    if (bytes.length > maxBytes) throw new PiiError('INPUT_TOO_LARGE', `input is larger than ${maxBytes} bytes`, path === '-' ? 'stdin' : path);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  } catch (e) {
    if (e instanceof PiiError) throw e;
    throw new PiiError('IO_ERROR', 'cannot read the file', path === '-' ? 'stdin' : path);
  }
}

/**
 * Decodes text bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252 when not valid UTF-8.
 *
 * @example
 * ```ts
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])); // 'A'
 * ```
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}

/**
 * Masks a value for display: first letter of each word, the rest as `*` (`J*** S****`).
 *
 * @example
 * ```ts
 * maskValue('John Smith'); // 'J*** S****'
 * ```
 */
export function maskValue(value: string): string {
  return value.replace(/[\p{L}\p{N}]+/gu, (w) => {
    const chars = [...w];
    return (chars[0] as string) + '*'.repeat(chars.length - 1);
  });
}

/**
 * A progress bar on stderr, drawn only when stderr is a terminal.
 *
 * @example
 * ```ts
 * const p = progress(10, 'scanning'); p.tick(); p.done();
 * ```
 */
export function progress(total: number, label: string): { tick(n?: number): void; done(): void } {
  const tty = process.stderr.isTTY === true && process.env.CI === undefined;
  let count = 0;
  let lastDraw = 0;
  const draw = (): void => {
    const width = 30;
    const filled = total === 0 ? width : Math.round((count / total) * width);
    process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total}`);
  };
  return {
    tick(n = 1) {
      count += n;
      if (!tty) return;
      const now = Date.now();
      if (now - lastDraw > 100 || count >= total) {
        lastDraw = now;
        draw();
      }
    },
    done() {
      if (tty) process.stderr.write('\r\u001b[K');
    },
  };
}
