import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Fails a test file when any error, warning or audited output it provoked repeats personal data.
    setupFiles: ['test/setup/error-audit.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
  },
});
