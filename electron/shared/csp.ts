/**
 * The Content Security Policy of the renderer, as data. Pure (no Electron import) so that main
 * (response headers), the renderer build (the `<meta>` tag) and the tests share one definition.
 */

export type CspDirectives = Readonly<Record<string, readonly string[]>>;

/**
 * Production policy. Everything comes from the app bundle; nothing from the network.
 * - style-src 'unsafe-inline': emotion (MUI's style engine) injects `<style>` elements at run time.
 * - img-src/font-src data: and blob:: bundled fonts and generated previews are inlined or blobs.
 * - worker-src blob:: export builders run in Web Workers so the window never freezes.
 * - object-src, base-uri, form-action, frame-ancestors: closed, the app needs none of them.
 */
export const CSP_DIRECTIVES: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'worker-src': ["'self'", 'blob:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
};

/** Directives a `<meta http-equiv>` policy may not carry (browsers ignore them there with a warning). */
const HEADER_ONLY_DIRECTIVES: readonly string[] = ['frame-ancestors', 'report-uri', 'sandbox'];

export const serializeCsp = (directives: CspDirectives): string =>
  Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');

/** The policy sent as a response header for the app's own pages. */
export const CONTENT_SECURITY_POLICY = serializeCsp(CSP_DIRECTIVES);

/** The same policy in the form a `<meta http-equiv="Content-Security-Policy">` tag accepts. */
export const META_CONTENT_SECURITY_POLICY = serializeCsp(
  Object.fromEntries(Object.entries(CSP_DIRECTIVES).filter(([name]) => !HEADER_ONLY_DIRECTIVES.includes(name))),
);

/**
 * Development only (Vite dev server): React Fast Refresh injects an inline module preamble and
 * the HMR client talks over a WebSocket to the dev server. Never used in a packaged app.
 */
export const developmentContentSecurityPolicy = (devServerUrl: string): string => {
  const server = new URL(devServerUrl);
  const socket = `${server.protocol === 'https:' ? 'wss' : 'ws'}://${server.host}`;
  return serializeCsp({
    ...CSP_DIRECTIVES,
    'script-src': ["'self'", "'unsafe-inline'"],
    'connect-src': ["'self'", socket],
  });
};
