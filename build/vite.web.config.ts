import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('../renderer', import.meta.url));

/** The renderer as a plain web page: the browser edition (`npm run web`) and the end-to-end target. */
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  define: { 'import.meta.env.DPO_DESK_EDITION': JSON.stringify('web') },
  server: { host: '127.0.0.1', port: 5173, strictPort: false, fs: { allow: ['..'] } },
  preview: { host: '127.0.0.1', port: 4173 },
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
