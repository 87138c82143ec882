// Runs every data generator in scripts/data/ in name order. Each reads raw tables from data-src/ and
// writes src/data/**/*.gen.ts (committed, never hand-edited).
import { readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'data');
for (const name of readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()) {
  console.log(`build:data ${name}`);
  const mod = await import(pathToFileURL(join(dir, name)).href);
  if (typeof mod.default === 'function') await mod.default();
}
