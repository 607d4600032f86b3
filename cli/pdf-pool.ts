import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PdfPartPool } from '../renderer/src/export/common/pdf/parts';
import {
  createPdfWorkerPool,
  type FromPartWorker,
  type PartWorkerPort,
} from '../renderer/src/export/common/pdf/worker-pool';

/**
 * Worker threads for large PDFs, one per core by default. The threads run the TypeScript sources
 * through tsx, as the command-line tool itself does.
 */
export const createNodePdfPool = (size = availableParallelism()): PdfPartPool & { close(): void } =>
  createPdfWorkerPool(Math.max(1, size), (): PartWorkerPort => {
    const worker = new Worker(new URL('./pdf-part-worker.mjs', import.meta.url));
    // A pool that is idle must not keep the process alive.
    worker.unref();
    return {
      post: (message) => worker.postMessage(message),
      onMessage: (listener) => worker.on('message', (m: FromPartWorker) => listener(m)),
      onError: (listener) => {
        worker.on('error', (err) => listener(err.message));
        worker.on('exit', (code) => {
          if (code !== 0) listener(`exit code ${code}`);
        });
      },
      terminate: () => void worker.terminate(),
    };
  });
