// First: zod must be in jitless mode before any schema is created (see the module).
import '../domain/zod-config';
import { loadCurrentWorkspace } from '../data/repositories/workspace';
import { appHouseStyleFor } from '../data/letterhead/store';
import { setFontFileLoader } from '../export/common/fonts/pdf-fonts';
import { createExportHandler, runExportJob } from '../export/worker/handler';
import { startPdfPartPool } from './pdf-part-pool';
import { importFontFile } from './font-files';

const isRegisterPdfJob = (data: unknown): boolean => {
  const request = (data as { type?: unknown; request?: { kind?: unknown; options?: { format?: unknown } } } | null)
    ?.request;
  return request?.kind === 'register' && request.options?.format === 'pdf';
};

/** The part of a dedicated worker's global scope this worker uses (the program is typed with DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
}

/**
 * The export Web Worker: reads the organisation's stored record from IndexedDB, runs the checks
 * and builds the register or policy, all off the window's thread, so the app stays responsive
 * however large the record. Started by `startExportWorker` as a module worker, one per export.
 */
const scope = self as unknown as WorkerScope;
setFontFileLoader(importFontFile);
// One export per worker: its part workers end with the job (or with this worker).
const pdfPool = startPdfPartPool();
const { handle } = createExportHandler(
  (message, transfer) => scope.postMessage(message, transfer ?? []),
  loadCurrentWorkspace,
  async (request, control) => {
    try {
      return await runExportJob(request, control, { pdfPool });
    } finally {
      pdfPool.close();
    }
  },
  appHouseStyleFor,
);
scope.onmessage = (event) => {
  // A register PDF may be laid out in parts: its workers start now, while the record is read and
  // checked, rather than once the layout begins (a small register leaves them unused).
  if (isRegisterPdfJob(event.data)) pdfPool.warm();
  void handle(event.data);
};
