import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../electron/shared/csp';
import { contentSecurityPolicyMeta, devServerContentSecurityPolicy } from './csp-plugin';

const root = fileURLToPath(new URL('../renderer', import.meta.url));

const DEV_HOST = '127.0.0.1';
const DEV_PORT = 5173;

/**
 * The renderer as a plain web page: the browser edition (`npm run web`) and the end-to-end target.
 * It carries Electron's Content-Security-Policy: as a `<meta>` tag in the built page and as the
 * response header of `vite preview` (the header also carries frame-ancestors, which a meta tag cannot).
 */
export default defineConfig({
  root,
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  define: { 'import.meta.env.DPO_DESK_EDITION': JSON.stringify('web') },
  server: {
    host: DEV_HOST,
    port: DEV_PORT,
    strictPort: false,
    fs: { allow: ['..'] },
    headers: { 'Content-Security-Policy': devServerContentSecurityPolicy(DEV_HOST, DEV_PORT) },
  },
  preview: { host: '127.0.0.1', port: 4173, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
