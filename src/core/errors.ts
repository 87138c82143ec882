/**
 * Typed errors. Messages name the problem and never include the input text.
 *
 * @module
 */

/**
 * Machine-readable error codes.
 *
 * @example
 * ```ts
 * const c: PiiErrorCode = 'INPUT_TOO_LARGE';
 * ```
 */
export type PiiErrorCode =
  | 'INVALID_OPTION'
  | 'INVALID_INPUT'
  | 'INPUT_TOO_LARGE'
  | 'UNSUPPORTED_FORMAT'
  | 'MALFORMED_FILE'
  | 'LIMIT_EXCEEDED'
  | 'ENCRYPTED_FILE'
  | 'IO_ERROR'
  | 'DETECTOR_FAILED';

/**
 * The only error type the library throws on purpose. `message` never contains input text.
 *
 * @example
 * ```ts
 * try { createPipeline({ detectors: [], minScore: 2 }); }
 * catch (e) { if (e instanceof PiiError) console.log(e.code); }
 * ```
 */
export class PiiError extends Error {
  readonly code: PiiErrorCode;
  /** Where the problem was (a file name, a package part, an option name); never personal data. */
  readonly where?: string;

  constructor(code: PiiErrorCode, message: string, where?: string) {
    super(where === undefined ? message : `${message} (${where})`);
    this.name = 'PiiError';
    this.code = code;
    if (where !== undefined) this.where = where;
  }
}

/**
 * Throws an `INVALID_OPTION` error unless `ok`.
 *
 * @example
 * ```ts
 * assertOption(n > 0, 'maxLength must be positive');
 * ```
 */
export function assertOption(ok: boolean, message: string): asserts ok {
  if (!ok) throw new PiiError('INVALID_OPTION', message);
}
