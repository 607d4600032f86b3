/** Which app the specs drive: the web edition in Chromium (default) or the built Electron app. */
export type E2eTarget = 'web' | 'electron';

const requested = process.env.DPO_DESK_E2E_TARGET ?? 'web';
if (requested !== 'web' && requested !== 'electron')
  throw new Error(`DPO_DESK_E2E_TARGET must be "web" or "electron", not "${requested}".`);
export const E2E_TARGET: E2eTarget = requested;

/** Port of the served web edition; set DPO_DESK_E2E_PORT to run two checkouts' suites side by side. */
export const WEB_PORT = Number(process.env.DPO_DESK_E2E_PORT ?? 5174);
export const WEB_URL = `http://127.0.0.1:${WEB_PORT}`;

/** Debian's Chromium (Playwright's own browser build cannot be downloaded on this machine). */
export const CHROMIUM_LAUNCH_OPTIONS = {
  executablePath: process.env.DPO_DESK_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
