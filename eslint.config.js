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

// The browser's own dialogs and date/time inputs speak the OS locale and look foreign; the app has its own
// (components/Konfirmasi.tsx, Tanya.tsx, InputWaktu.tsx).
const DIALOG_BROWSER = ['confirm', 'alert', 'prompt'];
const PESAN_DIALOG = "The browser's dialog: use useKonfirmasi (components/Konfirmasi.tsx) or useTanya (Tanya.tsx).";
const INPUT_WAKTU_BROWSER = ['date', 'time', 'datetime-local', 'month', 'week'];

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
      // A component or hook that grows past a screenful is split by what its parts do (toolbar, table, dialog, data
      // hook): issue 12.
      'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }],
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
      'no-restricted-globals': [
        'error',
        ...GLOBAL_NODE,
        ...DIALOG_BROWSER.map((name) => ({ name, message: PESAN_DIALOG })),
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].flatMap((object) =>
          DIALOG_BROWSER.map((property) => ({ object, property, message: PESAN_DIALOG })),
        ),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: `JSXAttribute[name.name='type'][value.value=/^(${INPUT_WAKTU_BROWSER.join('|')})$/]`,
          message:
            "The browser's date/time input follows the OS locale (mm/dd/yyyy, AM/PM): use InputTanggal or InputJam " +
            '(components/InputWaktu.tsx).',
        },
      ],
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
