export { LogExportButton, LogExportDialog, type LogExportTarget } from './LogExportDialog';
