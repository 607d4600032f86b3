import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** Name of the renderer entry in forge.config.ts; the main process finds `.vite/renderer/<name>/`. */
export const RENDERER_NAME = 'main_window';

/** Node built-ins and Electron stay `import`s; everything else (zod, the contract) is bundled. */
export const nodeExternals = [
  'electron',
  'electron/main',
  'electron/renderer',
  'electron/common',
  ...builtinModules.flatMap((name) => [name, `node:${name}`]),
];

/**
 * The main process, as one ES module at `.vite/build/main.js` (package.json "main"). package.json
 * has "type": "module", so a `.js` file is ESM to Node; Electron 42 loads an ESM main, and
 * `import.meta.url` replaces `__dirname`. Used by @electron-forge/plugin-vite (which merges its
 * own defaults under this file) and on its own by scripts/dist.mjs.
 */
export default defineConfig(({ command }) => ({
  root: projectRoot,
  publicDir: false,
  clearScreen: false,
  define: { MAIN_WINDOW_VITE_NAME: JSON.stringify(RENDERER_NAME) },
  resolve: { conditions: ['node'], mainFields: ['module', 'jsnext:main', 'jsnext'] },
  build: {
    outDir: '.vite/build',
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'node22',
    minify: command === 'build',
    sourcemap: true,
    lib: {
      entry: 'electron/main/index.ts',
      formats: ['es'],
      fileName: () => 'main.js',
    },
    rollupOptions: { external: nodeExternals },
  },
}));
