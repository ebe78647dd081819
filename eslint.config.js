// Lint run by `npm test`. Its first job is the layering rule: the core runs under plain
// Node (CLI, browser harness, tests), so nothing below main/core may import electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'test-results/**', 'screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'main/core must run without Electron; put Electron glue in main/app.' }],
          patterns: [
            { group: ['electron/*', 'electron-store', '**/app/*', '**/app/**'], message: 'main/core must not depend on Electron or main/app.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/main/**', 'electron', 'node:*'], message: 'The renderer talks to main only through window.quoteready.' }] },
      ],
    },
  },
);
