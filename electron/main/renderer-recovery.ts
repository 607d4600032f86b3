import { app, type BrowserWindow, dialog, type RenderProcessGoneDetails } from 'electron';
import en from '../../assets/i18n/en/recovery.json';
import fr from '../../assets/i18n/fr/recovery.json';
import de from '../../assets/i18n/de/recovery.json';

export type RecoveryLabels = typeof en;

const LABELS: Readonly<Record<string, RecoveryLabels>> = { en, fr, de };

/** The language of the locale's first subtag (fr-BE → French, de-AT → German), English otherwise, as the menu does. */
export const recoveryLabelsFor = (locale: string): RecoveryLabels => LABELS[locale.toLowerCase().split(/[-_]/)[0] ?? ''] ?? en;

/**
 * Loop guard: a renderer that dies again right after each reload (a file it reopens at start, a
 * broken build) would otherwise reload forever. Three reloads within five minutes is more than a
 * one-off crash and few enough that the DPO is told quickly.
 */
export const MAX_RELOADS_IN_WINDOW = 3;
export const RELOAD_WINDOW_MS = 5 * 60 * 1000;

export interface RendererRecoveryOptions {
  labels: RecoveryLabels;
  /** Loads the app again (the window's own origin); a crashed renderer is replaced by a fresh one. */
  reload: () => void;
  now?: () => number;
}

const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{\{(\w+)\}\}/g, (m, key: string) => (key in values ? String(values[key]) : m));

/**
 * The main process's answer to a renderer that crashed (out of memory on a huge file, a killed
 * process) or hangs: without it the window stays blank with no word of what happened. A crash
 * reloads the window and says so; a crash loop stops reloading and says that; a hang asks whether
 * to wait or reload.
 */
export const watchRendererHealth = (window: BrowserWindow, options: RendererRecoveryOptions): void => {
  const now = options.now ?? Date.now;
  const { labels } = options;
  let reloads: number[] = [];
  let asking = false;
  let reloadAsked = false;

  window.webContents.on('render-process-gone', (_event: unknown, details: RenderProcessGoneDetails) => {
    // A clean exit is the window closing or the app quitting, not a crash.
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    const at = now();
    reloads = reloads.filter((t) => at - t < RELOAD_WINDOW_MS);
    if (reloads.length >= MAX_RELOADS_IN_WINDOW) {
      void dialog
        .showMessageBox(window, {
          type: 'error',
          title: labels.crashed.title,
          message: labels.crashLoop.message,
          detail: fill(labels.crashLoop.detail, { count: reloads.length + 1, reason: details.reason }),
          buttons: [labels.crashLoop.quit],
          defaultId: 0,
          noLink: true,
        })
        .then(() => app.quit());
      return;
    }
    reloads.push(at);
    options.reload();
    if (reloadAsked) {
      // The DPO chose "Reload the window" on a hang: no need to tell them it stopped.
      reloadAsked = false;
      return;
    }
    void dialog.showMessageBox(window, {
      type: 'warning',
      title: labels.crashed.title,
      message: labels.crashed.message,
      detail: fill(labels.crashed.detail, { reason: details.reason }),
      buttons: [labels.crashed.ok],
      defaultId: 0,
      noLink: true,
    });
  });

  window.on('unresponsive', () => {
    if (asking || window.isDestroyed()) return;
    asking = true;
    void dialog
      .showMessageBox(window, {
        type: 'warning',
        title: labels.crashed.title,
        message: labels.unresponsive.message,
        detail: labels.unresponsive.detail,
        buttons: [labels.unresponsive.wait, labels.unresponsive.reload],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      })
      .then(({ response }) => {
        asking = false;
        if (response === 1 && !window.isDestroyed()) {
          // A hung renderer may not process a reload: kill it first, the crash handler reloads it.
          reloadAsked = true;
          window.webContents.forcefullyCrashRenderer();
        }
      });
  });
};
