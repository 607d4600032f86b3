export * from './wording';
export * from './format';
export * from './progress';
export * from './pdf';
export * from './docx';
export * from './text';
