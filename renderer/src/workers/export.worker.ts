// First: zod must be in jitless mode before any schema is created (see the module).
import '../domain/zod-config';
import { loadCurrentWorkspace } from '../data/repositories/workspace';
import { appHouseStyleFor } from '../data/letterhead/store';
import { setFontFileLoader } from '../export/common/fonts/pdf-fonts';
import { createExportHandler, prepareExportJob, runExportJob } from '../export/worker/handler';
import { startPdfPartPool } from './pdf-part-pool';
import { importFontFile } from './font-files';
import { workerScope } from './scope';

/**
 * The export Web Worker: reads the organisation's stored record from IndexedDB, runs the checks
 * and builds the register or policy, all off the window's thread, so the app stays responsive
 * however large the record. Started by `startExportWorker` as a module worker, one per export;
 * the export dialog starts the next one ahead (`prepare`), so its PDF workers are warm by the time
 * the DPO asks for the document.
 */
const scope = workerScope<unknown, unknown>();
setFontFileLoader(importFontFile);
// Part workers start only if a large PDF (or getting ready for one) asks for them, and end with the job.
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
  (request, houseStyle) => prepareExportJob(request, houseStyle, { pdfPool }),
);
scope.onMessage((request) => {
  void handle(request);
});
