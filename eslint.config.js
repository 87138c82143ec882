// Lint: TypeScript sources, with eslint-plugin-regexp blocking super-linear backtracking in every regex.
// A second, independent ReDoS check runs recheck over every pattern (exported from src/core/regex/ and inline):
// `node scripts/check-regex.mjs`, also run by test/robustness/regex.test.ts in `npm test`.
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default [
  { ignores: ['dist/**', 'node_modules/**', 'src/data/**/*.gen.ts'] },
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { regexp },
    rules: {
      ...regexp.configs['flat/recommended'].rules,
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/require-unicode-regexp': 'error',
    },
  },
];
