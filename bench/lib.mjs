// Shared helpers of the bench scripts: where the built library is, timing, medians, machine facts.
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

/** Directory of the built library: `dist/` (built by `npm run bench`), or `$BENCH_DIST` (a development bundle). */
export const DIST = resolve(process.env.BENCH_DIST ?? new URL('../dist', import.meta.url).pathname);

/** Imports `<DIST>/<entry>`; `null` when the file does not exist. */
export async function importDist(entry) {
  const file = resolve(DIST, entry);
  if (!existsSync(file)) return null;
  return import(pathToFileURL(file).href);
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 === 1 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
export const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

/** UTF-8 bytes of a string, in MB (10^6 bytes). */
export const mb = (text) => Buffer.byteLength(text, 'utf8') / 1e6;

export function machine() {
  const c = cpus();
  return {
    cpu: c[0]?.model?.trim() ?? 'unknown',
    cores: c.length,
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}
