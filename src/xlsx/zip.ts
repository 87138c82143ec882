/**
 * Safe ZIP reading for OOXML packages on top of fflate's synchronous unzip: entry-count, per-entry and
 * total uncompressed-size and compression-ratio limits are checked from the central directory before any
 * entry is inflated, and fflate never writes past the declared size, so a zip bomb cannot exhaust memory.
 *
 * @module
 */
import { unzipSync } from 'fflate';
import { PiiError } from '../core/errors.js';

/**
 * Limits applied while reading an OOXML package.
 *
 * @example
 * ```ts
 * const l: PackageLimits = { maxEntries: 500 };
 * ```
 */
export interface PackageLimits {
  /** Largest total uncompressed size of the entries read, in bytes (default 512 MiB). */
  readonly maxUncompressedBytes?: number;
  /** Largest number of entries in the package (default 10,000). */
  readonly maxEntries?: number;
  /** Largest ratio of uncompressed to compressed size for an entry over 1 MiB (default 200). */
  readonly maxCompressionRatio?: number;
}

/**
 * Default limits of {@link readPackage}.
 *
 * @example
 * ```ts
 * DEFAULT_PACKAGE_LIMITS.maxCompressionRatio; // 200
 * ```
 */
export const DEFAULT_PACKAGE_LIMITS: Required<PackageLimits> = Object.freeze({
  maxUncompressedBytes: 512 * 1024 * 1024,
  maxEntries: 10_000,
  maxCompressionRatio: 200,
});

/**
 * An opened package: all entry names, and the bytes of the entries that were selected.
 *
 * @example
 * ```ts
 * const p: Package = readPackage(bytes, (n) => n.endsWith('.xml'));
 * ```
 */
export interface Package {
  readonly names: readonly string[];
  readonly files: Record<string, Uint8Array>;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Throws a clear `PiiError` unless the bytes start like a ZIP file; recognises encrypted/legacy Office files.
 *
 * @example
 * ```ts
 * assertZip(new Uint8Array([0x50, 0x4b, 3, 4])); // ok
 * ```
 */
export function assertZip(bytes: Uint8Array): void {
  if (bytes.length >= 4 && OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new PiiError('ENCRYPTED_FILE', 'encrypted or legacy .xls workbook (OLE compound file); save it unencrypted as .xlsx', 'package');
  }
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new PiiError('UNSUPPORTED_FORMAT', 'not an OOXML workbook (no ZIP signature)', 'package');
  }
}

/**
 * Opens a ZIP package, extracting the entries `want` accepts, within the limits.
 *
 * @example
 * ```ts
 * const pkg = readPackage(bytes, (name) => name.endsWith('.xml'));
 * ```
 */
export function readPackage(bytes: Uint8Array, want: (name: string) => boolean, limits: PackageLimits = {}): Package {
  assertZip(bytes);
  const maxTotal = limits.maxUncompressedBytes ?? DEFAULT_PACKAGE_LIMITS.maxUncompressedBytes;
  const maxEntries = limits.maxEntries ?? DEFAULT_PACKAGE_LIMITS.maxEntries;
  const maxRatio = limits.maxCompressionRatio ?? DEFAULT_PACKAGE_LIMITS.maxCompressionRatio;
  const names: string[] = [];
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(info) {
        if (names.length >= maxEntries) throw new PiiError('LIMIT_EXCEEDED', `more than ${maxEntries} entries in the package`, 'package');
        names.push(info.name);
        if (!want(info.name)) return false;
        if (info.compression !== 0 && info.compression !== 8) {
          throw new PiiError('UNSUPPORTED_FORMAT', `unsupported compression method ${info.compression}`, info.name);
        }
        if (info.originalSize > 1024 * 1024 && info.originalSize > info.size * maxRatio) {
          throw new PiiError('LIMIT_EXCEEDED', `compression ratio above ${maxRatio} (possible zip bomb)`, info.name);
        }
        total += info.originalSize;
        if (total > maxTotal) throw new PiiError('LIMIT_EXCEEDED', `uncompressed size above ${maxTotal} bytes`, info.name);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof PiiError) throw e;
    const msg = e instanceof Error ? e.message : 'unreadable';
    throw new PiiError('MALFORMED_FILE', `corrupt or truncated ZIP package: ${msg.slice(0, 80)}`, 'package');
  }
  return { names, files };
}
