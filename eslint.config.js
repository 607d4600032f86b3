import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UI_AND_IO = [
  'react',
  'react-dom',
  'react/*',
  '@mui/*',
  'dexie',
  'dexie-react-hooks',
  'electron',
  'docx',
  'pdfmake',
  'pdfmake/*',
  'exceljs',
  'i18next',
  'react-i18next',
];

/** Import zones: each folder may only reach what its layer is allowed to know about. */
const zone = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
  },
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'release/**',
      '.vite/**',
      'out/**',
      'test-results/**',
      'playwright-report/**',
      'test/artifacts/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      ecmaVersion: 2023,
      sourceType: 'module',
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // Command-line tools report on the console; the benchmark harness opens scratch databases of its own.
  { files: ['bench/**', 'cli/**', 'scripts/**'], rules: { 'no-console': 'off' } },
  // The pure domain: zod, plain TypeScript and reference data only. date-holidays counts as reference
  // data (public-holiday rules per country, no I/O): domain/public-holidays.ts feeds it to the deadlines.
  zone(
    ['renderer/src/domain/**'],
    [...UI_AND_IO, '**/data/**', '**/features/**', '**/components/**', '**/export/**', '**/platform/**', '**/i18n/**'],
    'The domain is pure: no UI, database, Electron or document library.',
  ),
  // Exports are pure builders: domain → view model → bytes. No UI, no database.
  zone(
    ['renderer/src/export/**'],
    [
      'react',
      'react-dom',
      '@mui/*',
      'dexie',
      'dexie-react-hooks',
      'electron',
      '**/data/**',
      '**/features/**',
      '**/components/**',
      '**/platform/**',
    ],
    'Export builders are pure functions: no UI, database or Electron.',
  ),
  // Only renderer/src/data touches Dexie and the database object.
  zone(
    ['renderer/src/**', 'cli/**'],
    ['dexie', '**/data/db', '**/data/db.ts'],
    'Only renderer/src/data (repositories, backup, migrations) may touch the database.',
  ),
  {
    files: ['renderer/src/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', '@mui/*', 'electron', '**/features/**', '**/components/**'],
              message: 'The data layer has no UI.',
            },
          ],
        },
      ],
    },
  },
  // Workers compose the data layer and the builders off the window's thread: no UI, no Electron.
  zone(
    ['renderer/src/workers/**'],
    ['react', 'react-dom', '@mui/*', 'electron', '**/features/**', '**/components/**', '**/platform/**'],
    'Workers have no UI and do not talk to the desktop.',
  ),
  // The renderer never sees Electron; it talks to the bridge through platform/.
  zone(
    ['renderer/src/features/**', 'renderer/src/components/**', 'renderer/src/app/**'],
    ['electron', 'dexie', '**/data/db', '**/data/db.ts'],
    'UI code reads and writes through repositories and talks to the desktop through platform/.',
  ),
  zone(
    ['electron/**'],
    [
      'react',
      'react-dom',
      '@mui/*',
      'dexie',
      '**/renderer/src/features/**',
      '**/renderer/src/components/**',
      '**/renderer/src/data/**',
    ],
    'The main process and preload do not load the renderer.',
  ),
);
