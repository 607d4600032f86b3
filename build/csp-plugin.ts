import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from '../electron/shared/csp';

/**
 * Puts the CSP (one definition: electron/shared/csp.ts) in the built page as a `<meta>` tag, for
 * both editions: a page loaded from `file://` in Electron gets no response headers, and the
 * browser edition may be served by any static server. The header-only directives
 * (frame-ancestors) go out as headers where we serve the page ourselves (main, `vite preview`).
 * Not applied to the dev server (`apply: 'build'`): Vite's HMR client needs inline scripts.
 */
export const contentSecurityPolicyMeta = (): Plugin => ({
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
