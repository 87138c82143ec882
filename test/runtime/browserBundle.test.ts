/**
 * Bundles every library entry for the browser with esbuild (from source) and fails on any Node built-in,
 * on `process`/`Buffer` globals, and on compromise reached through static imports from an entry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** The library entries (every entry but the CLI). */
const entries = ['src/index.ts', 'src/core/index.ts', 'src/xlsx/index.ts', 'src/risk/index.ts', 'src/bench/index.ts'];

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Files reachable from the entry through static imports only (dynamic `import()` is a lazy load). */
function staticClosure(meta: Metafile, entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const imp of meta.inputs[file]?.imports ?? []) if (imp.kind !== 'dynamic-import' && imp.external !== true) todo.push(imp.path);
  }
  return seen;
}

describe.each(entries)('browser bundle of %s', (entry) => {
  const present = existsSync(join(root, entry));
  if (!present) console.warn(`skipping ${entry}: the entry does not exist yet`);

  it.skipIf(!present)('bundles for the browser without Node built-ins or Node globals', async () => {
    const result = await build({
      absWorkingDir: root,
      entryPoints: [entry],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
      // A Node built-in would make the browser build fail to resolve; mark none as external.
    }).catch((e: unknown) => {
      const errors = (e as { errors?: Array<{ text: string; location?: { file: string } | null }> }).errors ?? [];
      throw new Error(`esbuild failed for ${entry}:\n${errors.map((x) => `${x.location?.file ?? '?'}: ${x.text}`).join('\n')}`);
    });
    const inputs = Object.keys(result.metafile.inputs);
    const nodeImports = Object.entries(result.metafile.inputs).flatMap(([file, v]) => v.imports.filter((i) => builtins.has(i.path)).map((i) => `${file} -> ${i.path}`));
    expect(nodeImports).toEqual([]);
    expect(inputs.filter((f) => f.startsWith('node:'))).toEqual([]);
    // Node globals in our own sources (dependencies may feature-detect them safely).
    const code = result.outputFiles[0]?.text ?? '';
    expect(code.length).toBeGreaterThan(0);
    const own = inputs.filter((f) => f.startsWith('src/'));
    expect(own.length).toBeGreaterThan(0);
    const offenders: string[] = [];
    for (const f of own) {
      const src = readFileSync(join(root, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/gu, '');
      if (/\bprocess\s*\.|\bBuffer\s*[.(]|\brequire\s*\(|\b__dirname\b|\b__filename\b/u.test(src)) offenders.push(f);
    }
    expect(offenders).toEqual([]);
  });

  it.skipIf(!present)('loads compromise only lazily', async () => {
    const result = await build({ absWorkingDir: root, entryPoints: [entry], bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent' });
    const closure = [...staticClosure(result.metafile, entry)];
    expect(closure.filter((f) => f.includes('node_modules/compromise/'))).toEqual([]);
  });
});
