import { type BuildControl, ExportCancelledError } from '../common/progress';
import type { ExportRequest, FromWorkerMessage, ToWorkerMessage } from './protocol';

/** What the client needs from a Worker; tests pass a fake. */
export interface ExportWorkerPort {
  postMessage(message: ToWorkerMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromWorkerMessage>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

/** The module worker of this folder; Vite bundles it from the `new URL(…, import.meta.url)` form. */
export const startExportWorker = (): ExportWorkerPort =>
  new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'dpo-desk-export' });

/**
 * How long a cancelled job may take to reach its next step boundary before the worker is killed.
 * pdfmake's layout checks the signal only between pages, so a huge table may need a moment.
 */
export const CANCEL_GRACE_MS = 1500;

let jobCounter = 0;

/**
 * Runs one export in a fresh worker (one per job: a cancelled or crashed layout cannot leave state
 * behind) and resolves with the document's bytes. Aborting `control.signal` asks the worker to stop
 * and, if it does not answer within CANCEL_GRACE_MS, terminates it; either way the promise rejects
 * with ExportCancelledError. A failure in the builder rejects with its message.
 */
export const runExportInWorker = (
  request: ExportRequest,
  control: BuildControl = {},
  createWorker: () => ExportWorkerPort = startExportWorker,
): Promise<Uint8Array> =>
  new Promise<Uint8Array>((resolve, reject) => {
    if (control.signal?.aborted) {
      reject(new ExportCancelledError());
      return;
    }
    jobCounter += 1;
    const jobId = `export-${jobCounter}`;
    const worker = createWorker();
    let settled = false;
    let killTimer: ReturnType<typeof setTimeout> | undefined;
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      if (killTimer !== undefined) clearTimeout(killTimer);
      control.signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      outcome();
    };
    const onAbort = (): void => {
      worker.postMessage({ type: 'cancel', jobId });
      killTimer = setTimeout(() => finish(() => reject(new ExportCancelledError())), CANCEL_GRACE_MS);
    };
    control.signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', (event: MessageEvent<FromWorkerMessage>) => {
      const message = event.data;
      if (message.jobId !== jobId) return;
      switch (message.type) {
        case 'progress':
          control.onProgress?.(message.done, message.total);
          break;
        case 'done':
          finish(() => resolve(message.bytes));
          break;
        case 'cancelled':
          finish(() => reject(new ExportCancelledError()));
          break;
        case 'error':
          finish(() => reject(new Error(message.message)));
          break;
      }
    });
    worker.addEventListener('error', (event: ErrorEvent) => {
      finish(() =>
        reject(new Error(`The export stopped unexpectedly: ${event.message || 'the worker could not start.'}`)),
      );
    });
    worker.postMessage({ type: 'start', jobId, request });
  });
