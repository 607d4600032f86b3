import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PdfPartJob } from '../renderer/src/export/common/pdf/parts';
import {
  createPdfWorkerPool,
  type FromPartWorker,
  type PartWorkerPort,
} from '../renderer/src/export/common/pdf/worker-pool';
import { pdfWorkerEntry } from './pdf-worker-bundle';

/**
 * Worker threads for large PDFs, one per core by default. The threads run the part worker bundled
 * (./pdf-worker-bundle.ts), or its TypeScript sources through tsx while no fresh bundle exists.
 */
export const createNodePdfPool = (size = availableParallelism()): ReturnType<typeof createPdfWorkerPool> => {
  const entry = pdfWorkerEntry();
  return createPdfWorkerPool(Math.max(1, size), (): PartWorkerPort => {
    const worker = new Worker(entry);
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
};

/** One line of text: what a worker needs to have read pdfmake and the fonts before the first real part. */
const START_UP_JOB: PdfPartJob = {
  content: [{ text: 'DPO Desk' }],
  pageOrientation: 'portrait',
  pageMargins: [40, 40, 40, 40],
  metadata: { title: 'DPO Desk', author: 'DPO Desk', subject: 'Start-up', language: 'en' },
};

/**
 * A pool whose workers start now, while the caller still reads the record and builds the document's
 * view model: a worker's first part otherwise waits for it to load its code and fonts (0.7 s bundled).
 */
export const startNodePdfPool = (size?: number): ReturnType<typeof createNodePdfPool> => {
  const pool = createNodePdfPool(size);
  pool.warm(START_UP_JOB);
  return pool;
};
