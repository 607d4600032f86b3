export { TemplateDialog, type TemplateDialogMode } from './TemplateDialog';
export { TemplateOriginLine, RetentionSource } from './TemplateOrigin';
