import { rmSync } from 'node:fs';
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

const runtimeDependencies = ['compromise', 'libphonenumber-js', 'fastest-levenshtein', 'fflate', 'piscina'];

// Both builds write into dist/ at the same time, and tsup's `clean` (which also deletes every .d.ts in outDir
// when its DTS step starts) would race with the other build: clean dist once, before either starts.
export default defineConfig(() => {
  rmSync('dist', { recursive: true, force: true });
  return [
    {
      entry: Object.fromEntries(Object.entries(libraryEntries).filter(([k]) => !k.startsWith('cli/'))),
      format: ['esm', 'cjs'],
      dts: true,
      platform: 'neutral',
      target: 'es2022',
      splitting: true,
      treeshake: true,
      sourcemap: false,
      clean: false,
      outDir: 'dist',
      external: runtimeDependencies,
    },
    {
      entry: { 'cli/main': 'src/cli/main.ts', 'cli/index': 'src/cli/index.ts', 'cli/worker': 'src/cli/worker.ts' },
      format: ['esm', 'cjs'],
      dts: { entry: { 'cli/main': 'src/cli/main.ts' } },
      platform: 'node',
      target: 'node20',
      // The CLI finds its pool worker next to itself through import.meta.url, which the CJS build must shim.
      shims: true,
      splitting: true,
      clean: false,
      outDir: 'dist',
      external: runtimeDependencies,
    },
  ];
});
