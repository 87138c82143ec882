/**
 * Values built on first use and then shared: for read-only tables (lexicons, tries) that several detector
 * factories need. Nothing is built at import time, and the value never changes once built, so sharing it is
 * not shared state in any observable sense.
 *
 * @module
 */

/**
 * Wraps a builder so that it runs once, on the first call, and every later call returns the same value.
 * The value must be treated as read-only by everyone who receives it.
 *
 * @example
 * ```ts
 * const table = lazy(() => new Map([['pc', 'abbr']]));
 * table() === table(); // true
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T | undefined;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
