import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { nodeExternals } from './vite.main.config';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * The preload script, as one CommonJS file `.vite/build/preload.cjs`. A sandboxed preload cannot
 * be an ES module and may only `require('electron')`, so everything else (zod, the contract) is
 * inlined. The `.cjs` extension keeps it CommonJS despite package.json "type": "module".
 */
export default defineConfig(({ command }) => ({
  root: projectRoot,
  publicDir: false,
  clearScreen: false,
  build: {
    outDir: '.vite/build',
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'chrome130',
    minify: command === 'build',
    // Inline maps only while developing: a shipped preload stays small.
    sourcemap: command === 'build' ? false : 'inline',
    rollupOptions: {
      input: 'electron/preload/index.ts',
      external: nodeExternals,
      output: {
        format: 'cjs',
        inlineDynamicImports: true,
        entryFileNames: 'preload.cjs',
        chunkFileNames: 'preload-[hash].cjs',
        assetFileNames: '[name].[ext]',
      },
    },
  },
}));
