import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../electron/shared/csp';
import { docxText, normaliseText } from '../support/document-clients';
import { expect, test } from './fixtures';
import { DocumentsPage } from './pages/DocumentsPage';
import { ExamplesPage } from './pages/ExamplesPage';
import { E2E_TARGET, WEB_URL } from './target';

/**
 * The browser edition carries the Content-Security-Policy of the desktop app (one definition,
 * electron/shared/csp.ts): in the page as a `<meta>` tag, and as the header of the server that
 * serves it. The app still works under it: loading an example and exporting a register in the
 * worker raise no violation.
 */
test.describe('Content-Security-Policy of the browser edition', () => {
  test.setTimeout(180_000);

  test('the served page carries the policy, and loading an example and exporting break none of it', async ({
    app,
    shell,
    profileDir,
  }) => {
    // Both editions' pages carry the meta tag (build/csp-plugin.ts); the browser edition's server also
    // sends the policy as a header (Electron's main process sets it on its own responses).
    if (E2E_TARGET === 'web') {
      const response = await app.page.request.get(`${WEB_URL}/`);
      expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    }
    expect(await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(
      META_CONTENT_SECURITY_POLICY,
    );

    const violations: string[] = [];
    app.page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await app.page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
    await app.page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        );
      });
    });
    // Reload so the listener is there from the first script on.
    await app.page.reload();
    await shell.waitUntilReady();

    const examples = new ExamplesPage(app.page);
    await examples.load('Utixo — hosting provider, processor and controller', 'Utixo');
    const docs = new DocumentsPage(app.page);
    await docs.openList();
    await app.page.getByRole('button', { name: 'Export a register' }).first().click();
    await docs.choose('Format', 'Word (DOCX)');
    const { bytes } = await docs.exportAndDownload(profileDir);
    expect(normaliseText((await docxText(bytes)).text)).toContain('Utixo');
    expect(violations).toEqual([]);

    // A script the policy forbids is refused: the policy is in force, not just present.
    const inlineRan = await app.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.append(s);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(inlineRan).toBe(false);
    await expect.poll(() => violations.join('\n')).toContain('script-src');
  });
});
