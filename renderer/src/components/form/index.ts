export * from './fields';
export * from './FormArraySection';
export * from './FormActions';
export * from './FormSection';
export * from './useSaveRecord';
