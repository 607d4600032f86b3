import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { fakeElectron, FakeWebContents, navigationEvent } from '../test-support/fake-electron';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../shared/csp';
import {
  type AppOrigin,
  applyContentSecurityPolicy,
  denyAllPermissions,
  isAppUrl,
  lockDownWebContents,
} from './security';

vi.mock('electron', async () => (await import('../test-support/fake-electron')).fakeElectron);

const indexFile = path.resolve('/opt/dpo-desk/resources/app.asar/.vite/renderer/main_window/index.html');
const bundle: AppOrigin = { kind: 'bundle', indexFile };
const devServer: AppOrigin = { kind: 'dev-server', url: 'http://localhost:5173' };
const appPage = `${pathToFileURL(indexFile).toString()}#/activities`;
const fakeSession = () => fakeElectron.session.defaultSession as unknown as Session;

beforeEach(() => fakeElectron.reset());

describe('content security policy', () => {
  it('is the strict policy: nothing but the app bundle, inline styles for emotion only', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
        "frame-ancestors 'none'; form-action 'none'",
    );
  });

  it('has a <meta> form without the header-only frame-ancestors directive', () => {
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(META_CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(META_CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it("is set on the app's responses, replacing any policy already there", () => {
    applyContentSecurityPolicy(fakeSession(), bundle);
    const listener = fakeElectron.state.headersListener;
    expect(listener).toBeDefined();
    const callback = vi.fn();
    listener?.(
      { url: appPage, responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('leaves responses that are not the app page untouched', () => {
    applyContentSecurityPolicy(fakeSession(), bundle);
    const callback = vi.fn();
    fakeElectron.state.headersListener?.({ url: 'https://example.com/', responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({});
  });

  it('allows inline scripts (React Fast Refresh) only on the development server', () => {
    applyContentSecurityPolicy(fakeSession(), devServer);
    const callback = vi.fn();
    fakeElectron.state.headersListener?.({ url: 'http://localhost:5173/index.html', responseHeaders: {} }, callback);
    const policy = (callback.mock.calls[0]?.[0] as { responseHeaders: Record<string, string[]> }).responseHeaders[
      'Content-Security-Policy'
    ]?.[0];
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy).toContain("connect-src 'self' ws://localhost:5173");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
  });
});

describe('isAppUrl', () => {
  it('accepts the bundled index page with any route, and nothing else on disk', () => {
    expect(isAppUrl(appPage, bundle)).toBe(true);
    expect(isAppUrl(pathToFileURL('/etc/passwd').toString(), bundle)).toBe(false);
    expect(isAppUrl(pathToFileURL(path.join(path.dirname(indexFile), 'other.html')).toString(), bundle)).toBe(false);
    expect(isAppUrl('https://evil.example/index.html', bundle)).toBe(false);
    expect(isAppUrl('', bundle)).toBe(false);
  });

  it('accepts the dev server origin only', () => {
    expect(isAppUrl('http://localhost:5173/#/x', devServer)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', devServer)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', devServer)).toBe(false);
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    denyAllPermissions(fakeSession());
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      fakeElectron.state.permissionRequestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(fakeElectron.state.permissionCheckHandler?.({}, 'media', 'file://', {})).toBe(false);
  });
});

describe('navigation and new windows', () => {
  const lockedContents = () => {
    const contents = new FakeWebContents();
    lockDownWebContents(contents as unknown as WebContents);
    return contents;
  };

  it('cancels every navigation, opening allow-listed links in the system browser instead', async () => {
    const contents = lockedContents();
    const toEvil = navigationEvent();
    contents.emit('will-navigate', toEvil, 'https://evil.example/phish');
    const toEurLex = navigationEvent();
    contents.emit('will-navigate', toEurLex, 'https://eur-lex.europa.eu/eli/reg/2016/679/oj');
    await vi.waitFor(() => expect(fakeElectron.shell.openExternal).toHaveBeenCalledTimes(1));
    expect(toEvil.defaultPrevented).toBe(true);
    expect(toEurLex.defaultPrevented).toBe(true);
    expect(fakeElectron.shell.openExternal).toHaveBeenCalledWith('https://eur-lex.europa.eu/eli/reg/2016/679/oj');
  });

  it('denies window.open, handing allow-listed https links to the OS only', async () => {
    const contents = lockedContents();
    expect(contents.windowOpenHandler?.({ url: 'https://www.cnil.fr/fr/rgpd' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'http://www.cnil.fr/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(fakeElectron.shell.openExternal).toHaveBeenCalledTimes(1));
    expect(fakeElectron.shell.openExternal).toHaveBeenCalledWith('https://www.cnil.fr/fr/rgpd');
  });

  it('refuses <webview> and redirects, and locks a contents down only once', () => {
    const contents = new FakeWebContents();
    lockDownWebContents(contents as unknown as WebContents);
    lockDownWebContents(contents as unknown as WebContents);
    expect(contents.listenerCount('will-navigate')).toBe(1);
    const attach = navigationEvent();
    contents.emit('will-attach-webview', attach);
    const redirect = navigationEvent();
    contents.emit('will-redirect', redirect);
    expect(attach.defaultPrevented).toBe(true);
    expect(redirect.defaultPrevented).toBe(true);
  });
});
