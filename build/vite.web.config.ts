import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../electron/shared/csp';
import { contentSecurityPolicyMeta } from './csp-plugin';
import { treeshake } from './treeshake';

const root = fileURLToPath(new URL('../renderer', import.meta.url));


/**
 * The renderer as a plain web page: the browser edition (`npm run web`) and the end-to-end target.
 * It carries Electron's Content-Security-Policy: as a `<meta>` tag in the built page and as the
 * response header of `vite preview` (the header also carries frame-ancestors, which a meta tag cannot).
 * The dev server (`npm run web`) carries none: Vite's HMR client needs inline scripts.
 */
export default defineConfig({
  root,
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  define: { 'import.meta.env.DPO_DESK_EDITION': JSON.stringify('web') },
  server: { host: '127.0.0.1', port: 5173, strictPort: false, fs: { allow: ['..'] } },
  preview: { host: '127.0.0.1', port: 4173, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  worker: { format: 'es', rollupOptions: { treeshake } },
  build: {
    rollupOptions: { treeshake },
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
