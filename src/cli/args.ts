/**
 * Shared option parsing for the CLI commands.
 *
 * @module
 */
import { PiiError } from '../core/errors.js';
import { ENTITY_TYPES, type EntityType } from '../core/types.js';

/** Parses `--types PERSON,EMAIL`. */
export function parseTypes(value: string | undefined): EntityType[] | undefined {
  if (value === undefined) return undefined;
  const types = value.split(',').map((t) => t.trim().toUpperCase()).filter((t) => t.length > 0);
  for (const t of types) if (!ENTITY_TYPES.includes(t as EntityType)) throw new PiiError('INVALID_OPTION', `unknown type ${JSON.stringify(t)}; known: ${ENTITY_TYPES.join(', ')}`);
  return types as EntityType[];
}

/** Parses `--min-score 0.6`. */
export function parseScore(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new PiiError('INVALID_OPTION', '--min-score must be a number from 0 to 1');
  return n;
}

/** Parses a format option against the allowed values. */
export function parseChoice<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, name: string): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) throw new PiiError('INVALID_OPTION', `${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}
