import type { DailyBackupResult, InspectResult } from '../data/backup';
import type { ReadSpreadsheetResult } from '../data/import';
import type { ExportWorkerPort } from '../export/worker';
import type { DailyBackupReply, DailyBackupRequest } from './daily-backup-protocol';
import { readFileInWorker } from './file-reading-client';
import type { LetterheadFont } from '../domain/letterhead';
import type { FileReadingWorkerPort, ReadLetterheadFontResult, ReadLetterheadResult } from './file-reading-protocol';

export { FileReadingCancelledError, type ReadLetterheadResult } from './file-reading-protocol';

/**
 * The app's Web Workers. A worker composes the data layer (it reads the stored record itself) with
 * the pure builders; the window only sends what it wants and receives plain results.
 */

/** One export worker; Vite bundles it from the `new URL(…, import.meta.url)` form. */
export const startExportWorker = (): ExportWorkerPort =>
  new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'dpo-desk-export' });

/** Takes today's automatic backup (if not yet taken) in a worker of its own, and prunes old ones. */
export const runDailyBackupInWorker = (appVersion: string): Promise<DailyBackupResult> =>
  new Promise<DailyBackupResult>((resolve, reject) => {
    const worker = new Worker(new URL('./daily-backup.worker.ts', import.meta.url), {
      type: 'module',
      name: 'dpo-desk-daily-backup',
    });
    worker.addEventListener('message', (event: MessageEvent<DailyBackupReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.result);
      else reject(new Error(event.data.message));
    });
    worker.addEventListener('error', (event: ErrorEvent) => {
      worker.terminate();
      reject(new Error(`The backup could not start: ${event.message || 'its worker did not load.'}`));
    });
    worker.postMessage({ appVersion } satisfies DailyBackupRequest);
  });

const startFileReadingWorker = (): FileReadingWorkerPort =>
  new Worker(new URL('./file-reading.worker.ts', import.meta.url), { type: 'module', name: 'dpo-desk-file-reading' });

/** Reads a spreadsheet (bounded: limits.ts) in a worker of its own; aborting `signal` stops it at once. */
export const readSpreadsheetInWorker = (
  bytes: Uint8Array,
  fileName: string,
  signal?: AbortSignal,
): Promise<ReadSpreadsheetResult> =>
  readFileInWorker({ kind: 'spreadsheet', bytes, fileName }, signal, startFileReadingWorker);

/** Checks a backup against the app database in a worker of its own (key derivation included); aborting stops it. */
export const inspectBackupInWorker = (
  bytes: Uint8Array,
  password: string | undefined,
  signal?: AbortSignal,
): Promise<InspectResult> =>
  readFileInWorker(
    password === undefined ? { kind: 'backup', bytes } : { kind: 'backup', bytes, password },
    signal,
    startFileReadingWorker,
  );

/** Reads a letterhead (.docx/.dotx, bounded: LETTERHEAD_LIMITS) in a worker of its own; nothing is stored. */
export const readLetterheadInWorker = (
  bytes: Uint8Array,
  fileName: string,
  signal?: AbortSignal,
): Promise<ReadLetterheadResult> =>
  readFileInWorker({ kind: 'letterhead', bytes, fileName }, signal, startFileReadingWorker);

/** Checks a font file for the letterhead's PDFs (fontkit parses it) in a worker of its own. */
export const readLetterheadFontInWorker = (
  bytes: Uint8Array,
  fileName: string,
  current: LetterheadFont | undefined,
): Promise<ReadLetterheadFontResult> =>
  readFileInWorker(
    current ? { kind: 'letterheadFont', bytes, fileName, current } : { kind: 'letterheadFont', bytes, fileName },
    undefined,
    startFileReadingWorker,
  );

/** Reads every organisation's record and works out what is due, in a worker of its own; one per home screen. */
export const startHomeWorker = (): Worker =>
  new Worker(new URL('./home.worker.ts', import.meta.url), { type: 'module', name: 'dpo-desk-home' });
