import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { contentSecurityPolicyMeta } from './csp-plugin';
import { treeshake } from './treeshake';
import { RENDERER_NAME } from './vite.main.config';

const rendererRoot = fileURLToPath(new URL('../renderer', import.meta.url));
const outDir = fileURLToPath(new URL(`../.vite/renderer/${RENDERER_NAME}`, import.meta.url));

/** The renderer inside Electron: the same React app as the web edition, marked as the desktop edition. */
export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  define: { 'import.meta.env.DPO_DESK_EDITION': JSON.stringify('desktop') },
  // The renderer imports reference data and i18n from assets/ and the IPC contract from electron/shared.
  server: { fs: { allow: ['..'] } },
  worker: { format: 'es', rollupOptions: { treeshake } },
  clearScreen: false,
  build: {
    rollupOptions: { treeshake },
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
