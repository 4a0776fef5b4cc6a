// Lint rules: typescript-eslint's recommended set, React hooks rules, and the process boundaries of STYLE.md.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Node's built-in modules by their bare names too ('fs' as well as 'node:fs').
const NODE = ['node:*', ...builtinModules.filter((m) => !m.startsWith('_'))];
// Globals that only exist in Node or only in a page.
const GLOBAL_NODE = ['Buffer', 'process', 'require', '__dirname', '__filename', 'global', 'setImmediate'].map(
  (name) => ({
    name,
    message: 'A Node global; this layer does not run in Node.',
  }),
);
const GLOBAL_DOM = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'alert'].map(
  (name) => ({ name, message: 'A browser global; this layer does not run in a page.' }),
);

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'dist/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', 'electron', 'better-sqlite3', 'kysely', ...NODE],
              message: 'The renderer talks to main only through the API client.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...GLOBAL_NODE],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', '**/renderer/**', 'electron', 'better-sqlite3', 'kysely', 'react', ...NODE],
              message: 'src/shared is pure TypeScript that runs anywhere.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...GLOBAL_NODE, ...GLOBAL_DOM],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', '**/renderer/**'],
              message: 'Only src/main/electron imports electron; the rest runs under plain Node.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...GLOBAL_DOM],
    },
  },
);
