export * from './protocol';
export {
  runExportInWorker,
  prepareExportWorker,
  CANCEL_GRACE_MS,
  type ExportWorkerPort,
  type ExportOutcome,
  type ExportControl,
} from './client';
