export * from './fields';
export * from './FormArraySection';
export * from './FormActions';
export * from './FormSection';
export * from './useSaveRecord';
export * from './FormDateTimeField';
export * from './unsaved-changes';
export * from './translation-hints';
