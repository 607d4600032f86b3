export * from './protocol';
export {
  runExportInWorker,
  CANCEL_GRACE_MS,
  type ExportWorkerPort,
  type ExportOutcome,
  type ExportControl,
} from './client';
