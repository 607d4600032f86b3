import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const repo = fileURLToPath(new URL('..', import.meta.url));

/**
 * The production renderer plus the benchmark harness, built together so they share one origin
 * (and so one IndexedDB) when served by `vite preview`. Used only by `npm run bench`.
 */
export default defineConfig({
  root: repo,
  plugins: [react()],
  worker: { format: 'es' },
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/bench', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 8000,
    rollupOptions: {
      input: {
        app: fileURLToPath(new URL('../renderer/index.html', import.meta.url)),
        harness: fileURLToPath(new URL('../bench/browser/index.html', import.meta.url)),
      },
    },
  },
});
