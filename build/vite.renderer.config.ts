import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from '../electron/shared/csp';
import { RENDERER_NAME } from './vite.main.config';

const rendererRoot = fileURLToPath(new URL('../renderer', import.meta.url));
const outDir = fileURLToPath(new URL(`../.vite/renderer/${RENDERER_NAME}`, import.meta.url));

/**
 * Puts the CSP in the built page as a `<meta>` tag: a page loaded from `file://` gets no response
 * headers to carry it. The dev server is covered by the header set in main (electron/main/security.ts).
 */
const contentSecurityPolicyMeta = (): Plugin => ({
  name: 'dpo-desk:csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

/** The renderer inside Electron: the same React app as the web edition, marked as the desktop edition. */
export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  define: { 'import.meta.env.DPO_DESK_EDITION': JSON.stringify('desktop') },
  // The renderer imports reference data and i18n from assets/ and the IPC contract from electron/shared.
  server: { fs: { allow: ['..'] } },
  worker: { format: 'es' },
  clearScreen: false,
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
