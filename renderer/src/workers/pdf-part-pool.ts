import type { PdfPartPool } from '../export/common/pdf/parts';
import { createPdfWorkerPool, type FromPartWorker } from '../export/common/pdf/worker-pool';

/** At most this many part workers whatever the machine reports: memory, not cores, is then the limit. */
const MAX_PDF_WORKERS = 8;

/**
 * The pool of PDF part workers for one export, sized from the cores the browser reports (the
 * export worker itself only waits meanwhile). Vite bundles the worker from the `new URL(…)` form.
 */
export const startPdfPartPool = (): PdfPartPool & { close(): void } =>
  createPdfWorkerPool(Math.min(MAX_PDF_WORKERS, Math.max(1, navigator.hardwareConcurrency || 1)), () => {
    const worker = new Worker(new URL('./pdf-part.worker.ts', import.meta.url), {
      type: 'module',
      name: 'dpo-desk-pdf-part',
    });
    return {
      post: (message) => worker.postMessage(message),
      onMessage: (listener) =>
        worker.addEventListener('message', (event: MessageEvent<FromPartWorker>) => listener(event.data)),
      onError: (listener) => worker.addEventListener('error', (event: ErrorEvent) => listener(event.message)),
      terminate: () => worker.terminate(),
    };
  });
