/**
 * Imports every subpath of the built package as ESM and as CJS, and checks the export map matches the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { libraryEntries } from '../../tsup.config.js';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, { import: { types: string; default: string }; require: { types: string; default: string } }> };
const require = createRequire(join(root, 'package.json'));
const subpaths = Object.entries(pkg.exports).filter(([k]) => k !== './package.json');

describe('package exports', () => {
  it('has a tsup entry for every export and vice versa', () => {
    const fromExports = subpaths.map(([, v]) => v.import.default.replace(/^\.\/dist\//u, '').replace(/\.js$/u, '')).sort();
    expect(fromExports).toEqual(Object.keys(libraryEntries).sort());
  });

  it.each(subpaths)('%s resolves to built ESM, CJS and types', async (sub, v) => {
    if (!existsSync(join(root, v.import.default))) {
      console.warn(`skipping ${sub}: not built (run npm run build)`);
      return;
    }
    for (const f of [v.import.types, v.import.default, v.require.types, v.require.default]) expect(existsSync(join(root, f))).toBe(true);
    const esm = (await import(pathToFileURL(join(root, v.import.default)).href)) as Record<string, unknown>;
    const cjs = require(join(root, v.require.default)) as Record<string, unknown>;
    expect(Object.keys(esm).sort()).toEqual(Object.keys(cjs).sort());
    expect(Object.keys(esm).length).toBeGreaterThan(0);
  });

  it('the root entry scans and redacts from dist in both formats', async () => {
    const esm = (await import(pathToFileURL(join(root, 'dist/index.js')).href)) as typeof import('../../src/index.js');
    const cjs = require(join(root, 'dist/index.cjs')) as typeof import('../../src/index.js');
    for (const m of [esm, cjs]) {
      const text = 'Mail j.smith@met.police.uk';
      const found = m.scan(text);
      expect(found.map((f) => f.type)).toContain('EMAIL');
      expect(m.redact(text, found).text).toBe('Mail [EMAIL]');
    }
  });
});
