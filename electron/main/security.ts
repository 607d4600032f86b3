/**
 * Hardening from Electron's security checklist: a strict CSP on the app's responses, every
 * permission request denied, navigation and new windows denied, IPC only from the app's own page.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { shell, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, developmentContentSecurityPolicy } from '../shared/csp';
import { checkExternalUrl } from '../shared/ipc-contract';

/** Where the renderer legitimately comes from: the Vite dev server, or the packaged bundle. */
export type AppOrigin = { kind: 'dev-server'; url: string } | { kind: 'bundle'; indexFile: string };

/** True when `raw` is the app's own page (any hash or query: the router lives in the hash). */
export const isAppUrl = (raw: string, origin: AppOrigin): boolean => {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (origin.kind === 'dev-server') {
    return url.origin === new URL(origin.url).origin;
  }
  if (url.protocol !== 'file:') return false;
  try {
    return path.resolve(fileURLToPath(url)) === path.resolve(origin.indexFile);
  } catch {
    return false;
  }
};

/** The policy for the current origin: strict when packaged, Fast-Refresh-friendly on the dev server. */
export const contentSecurityPolicyFor = (origin: AppOrigin): string =>
  origin.kind === 'dev-server' ? developmentContentSecurityPolicy(origin.url) : CONTENT_SECURITY_POLICY;

/** Adds the CSP header to the app's responses, replacing any policy a server may have sent. */
export const applyContentSecurityPolicy = (session: Session, origin: AppOrigin): void => {
  const policy = contentSecurityPolicyFor(origin);
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(details.url, origin)) {
      callback({});
      return;
    }
    const responseHeaders: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') responseHeaders[name] = value;
    }
    responseHeaders['Content-Security-Policy'] = [policy];
    callback({ responseHeaders });
  });
};

/** Camera, microphone, notifications, geolocation…: a register of processing needs none of them. */
export const denyAllPermissions = (session: Session): void => {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
};

/** Opens an allow-listed link in the user's browser; anything else is refused with the reason. */
export const openExternalSafely = async (raw: string): Promise<void> => {
  const verdict = checkExternalUrl(raw);
  if (!verdict.allowed) throw new Error(verdict.reason);
  await shell.openExternal(verdict.url);
};

const openIfAllowed = (url: string): void => {
  if (checkExternalUrl(url).allowed) {
    openExternalSafely(url).catch((error: unknown) => console.error('Could not open link', error));
  }
};

const lockedDown = new WeakSet<WebContents>();

/**
 * The window never leaves the app: navigation is cancelled and new windows are refused. An
 * allow-listed https link (EUR-Lex, EDPB, an authority) opens in the system browser instead.
 */
export const lockDownWebContents = (contents: WebContents): void => {
  // Idempotent: the window locks its contents down and so does app 'web-contents-created'.
  if (lockedDown.has(contents)) return;
  lockedDown.add(contents);
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openIfAllowed(url);
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url);
    return { action: 'deny' };
  });
};
