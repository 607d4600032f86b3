export { DocumentsSection } from './DocumentsSection';
export { DocumentList } from './DocumentList';
export { PolicyCreate, PolicyEditor, blankPolicy } from './PolicyEdit';
export { ExportDialog, type ExportTarget, type ExportDialogProps } from './ExportDialog';
export { PolicyPreview, PolicyBlockView } from './PolicyPreview';
export * from './export-plan';
export * from './queries';
