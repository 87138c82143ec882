import { existsSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** Library entries: platform-neutral, ESM + CJS with declarations. Keys are the output paths. */
export const libraryEntries: Record<string, string> = {
  index: 'src/index.ts',
  'core/index': 'src/core/index.ts',
  'xlsx/index': 'src/xlsx/index.ts',
  'risk/index': 'src/risk/index.ts',
  'bench/index': 'src/bench/index.ts',
  'cli/main': 'src/cli/main.ts',
};

const present = Object.fromEntries(Object.entries(libraryEntries).filter(([, file]) => existsSync(file)));

export default defineConfig([
  {
    entry: Object.fromEntries(Object.entries(present).filter(([k]) => !k.startsWith('cli/'))),
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'neutral',
    target: 'es2022',
    splitting: true,
    treeshake: true,
    sourcemap: false,
    clean: true,
    outDir: 'dist',
    external: ['compromise', 'libphonenumber-js', 'fast-levenshtein', 'fflate'],
  },
  {
    entry: { 'cli/main': 'src/cli/main.ts', 'cli/index': 'src/cli/index.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { 'cli/main': 'src/cli/main.ts' } },
    platform: 'node',
    target: 'node20',
    splitting: true,
    clean: false,
    outDir: 'dist',
    external: ['compromise', 'libphonenumber-js', 'fast-levenshtein', 'fflate'],
  },
]);
