export * from './protocol';
export { runExportInWorker, startExportWorker, CANCEL_GRACE_MS, type ExportWorkerPort } from './client';
