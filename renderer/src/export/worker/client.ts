import type { Finding } from '../../domain/checks';
import { type BuildControl, ExportCancelledError, type ExportWarning } from '../common/progress';
import { addWarning } from '../common/warnings';
import type { FromWorkerMessage, StoredExportRequest, ToWorkerMessage } from './protocol';

/** What the client needs from a Worker; tests pass a fake. */
export interface ExportWorkerPort {
  postMessage(message: ToWorkerMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromWorkerMessage>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

/**
 * How long a cancelled job may take to reach its next step boundary before the worker is killed.
 * pdfmake's layout checks the signal only between pages, so a huge table may need a moment.
 */
export const CANCEL_GRACE_MS = 1500;

let jobCounter = 0;

/** What an export ends with: the document, or (when asked to stop at them) the gaps it would have. */
export type ExportOutcome =
  { kind: 'document'; bytes: Uint8Array; warnings: ExportWarning[] } | { kind: 'gaps'; gaps: Finding[] };

export interface ExportControl extends BuildControl {
  /** Answer with the gaps instead of building when the document would go out with some. */
  stopAtGaps?: boolean;
}

/**
 * Runs one export in a fresh worker (one per job: a cancelled or crashed layout cannot leave state
 * behind; `createWorker` is the app's worker, or a fake in tests) and resolves with the document's
 * bytes or its gaps. Aborting `control.signal` asks the worker to stop and, if it does not answer
 * within CANCEL_GRACE_MS, terminates it; either way the promise rejects with ExportCancelledError.
 * A failure in reading the record or in the builder rejects with its message.
 */
export const runExportInWorker = (
  request: StoredExportRequest,
  control: ExportControl,
  createWorker: () => ExportWorkerPort,
): Promise<ExportOutcome> =>
  new Promise<ExportOutcome>((resolve, reject) => {
    if (control.signal?.aborted) {
      reject(new ExportCancelledError());
      return;
    }
    jobCounter += 1;
    const jobId = `export-${jobCounter}`;
    const worker = createWorker();
    let settled = false;
    const warnings: ExportWarning[] = [];
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
        case 'warning':
          addWarning(warnings, message.warning);
          control.onWarning?.(message.warning);
          break;
        case 'gaps':
          finish(() => resolve({ kind: 'gaps', gaps: message.gaps }));
          break;
        case 'done':
          finish(() => resolve({ kind: 'document', bytes: message.bytes, warnings }));
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
    worker.postMessage({ type: 'start', jobId, request, stopAtGaps: control.stopAtGaps ?? false });
  });

/**
 * Starts a worker ahead of the job it will run and tells it what is likely to come, so it gets
 * ready meanwhile (a large register PDF: its part workers started and warmed). The worker runs at
 * most one job later, as any other (`runExportInWorker` with a `createWorker` that hands it over);
 * whoever holds it and does not use it terminates it.
 */
export const prepareExportWorker = (
  request: StoredExportRequest,
  createWorker: () => ExportWorkerPort,
): ExportWorkerPort => {
  const worker = createWorker();
  worker.postMessage({ type: 'prepare', request });
  return worker;
};
