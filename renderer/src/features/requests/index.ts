export { RequestsSection } from './RequestsSection';
export { RequestDueChip, safeRequestDue } from './RequestDueChip';
export * from './queries';
