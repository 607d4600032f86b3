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
  '/electron',
  'docx',
  'pdfmake',
  'pdfmake/*',
  'exceljs',
  'i18next',
  'react-i18next',
];

/**
 * Import zones: each folder may only reach what its layer is allowed to know about.
 *
 * ESLint keeps ONE set of options per rule for a file: a later block matching the same file
 * replaces an earlier one, it does not add to it. So each zone lists every group that applies to
 * it (the database rule included), and the catch-all renderer zone comes first.
 */
const zone = (files, ...groups) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: groups }] },
});
const group = (patterns, message) => ({ group: patterns, message });

const NO_DATABASE = group(
  ['dexie', '**/data/db', '**/data/db.ts'],
  'Only renderer/src/data (repositories, backup, migrations) may touch the database.',
);
/** app/ composes the screens (routes, layout); nothing below it may reach back up. */
const NO_APP = group(['**/app', '**/app/**'], 'app/ composes the features: import the session hooks from session/.');
const UI = group(
  ['/electron', 'dexie', '**/data/db', '**/data/db.ts'],
  'UI code reads and writes through repositories and talks to the desktop through platform/.',
);
/** What the main process, the preload and the renderer share: pure, so every side may load it. */
const SHARED_IS_PURE = group(
  ['/electron', 'node:*', 'react', '@mui/*', 'dexie', '**/main/**', '**/preload/**'],
  'electron/shared is loaded by main, preload and renderer alike: zod and plain TypeScript only.',
);
const MAIN_NOT_RENDERER = group(
  ['react', 'react-dom', '@mui/*', 'dexie', '**/renderer/**'],
  'The main process and preload do not load the renderer: what both sides need lives in electron/shared.',
);

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
  // Everything in the renderer (platform, i18n, examples…) and the command line: the database rule.
  zone(['renderer/src/**', 'cli/**'], NO_DATABASE),
  // The pure domain: zod, plain TypeScript and reference data only. date-holidays counts as reference
  // data (public-holiday rules per country, no I/O): domain/public-holidays.ts feeds it to the deadlines.
  // What it shares with the main process (problem wording, backup file names) is in electron/shared.
  zone(
    ['renderer/src/domain/**'],
    group(
      [
        ...UI_AND_IO,
        '**/data/**',
        '**/features/**',
        '**/components/**',
        '**/export/**',
        '**/platform/**',
        '**/i18n/**',
        '**/app/**',
        '**/session/**',
      ],
      'The domain is pure: no UI, database, Electron or document library.',
    ),
  ),
  // Exports are pure builders: domain → view model → bytes. No UI, no database.
  zone(
    ['renderer/src/export/**'],
    group(
      [
        'react',
        'react-dom',
        '@mui/*',
        'dexie',
        'dexie-react-hooks',
        '/electron',
        '**/data/**',
        '**/features/**',
        '**/components/**',
        '**/platform/**',
        '**/app/**',
        '**/session/**',
      ],
      'Export builders are pure functions: no UI, database or Electron.',
    ),
  ),
  // Only renderer/src/data touches Dexie and the database object.
  zone(
    ['renderer/src/data/**'],
    group(
      ['react', '@mui/*', '/electron', '**/features/**', '**/components/**', '**/app/**', '**/session/**'],
      'The data layer has no UI.',
    ),
  ),
  // Workers compose the data layer and the builders off the window's thread: no UI, no Electron.
  zone(
    ['renderer/src/workers/**'],
    group(
      [
        'react',
        'react-dom',
        '@mui/*',
        '/electron',
        '**/features/**',
        '**/components/**',
        '**/platform/**',
        '**/app/**',
        '**/session/**',
      ],
      'Workers have no UI and do not talk to the desktop.',
    ),
  ),
  // The renderer never sees Electron; it talks to the bridge through platform/. Arrows point down:
  // app/ → features/ → session/, components/ → data/, domain/.
  zone(['renderer/src/app/**'], UI),
  zone(['renderer/src/features/**'], UI, NO_APP),
  zone(
    ['renderer/src/components/**', 'renderer/src/session/**'],
    UI,
    NO_APP,
    group(['**/features', '**/features/**'], 'Shared UI and the session hooks sit below the features.'),
  ),
  zone(['electron/**'], MAIN_NOT_RENDERER),
  zone(['electron/shared/**'], MAIN_NOT_RENDERER, SHARED_IS_PURE),
  // The command line answers a refused option, --help or a missing file before loading the export
  // pipeline (seconds: zod, the reference data, docx, pdfmake, exceljs): its entry modules import
  // those with import() once the arguments are checked, never statically. Types cost nothing.
  // A rule of its own, so that it adds to the zones' no-restricted-imports instead of replacing it.
  {
    files: ['cli/export.ts', 'cli/export-args.ts', 'cli/export-core.ts', 'cli/import.ts', 'cli/import-args.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Everything of the app but the plain bounds and the lists the options are checked against.
              regex:
                '^(zod|docx|pdfmake|exceljs|fflate|fake-indexeddb)(/.*)?$|/electron/|renderer/src/(?!data/limits$|export/logs/kinds$|export/register/xlsx-layouts$)|^\\./(import-core|pdf-pool|in-memory-indexeddb)$',
              allowTypeImports: true,
              message:
                'The command line checks its arguments before loading the export pipeline: load this with await import() where it is needed.',
            },
          ],
        },
      ],
    },
  },
);
