export { ChecksSection } from './ChecksSection';
export { NO_FINDINGS, useFindingsColumn, useTableFindings } from './findings-column';
export { FindingsBadge } from './FindingsBadge';
export { DpiaScreeningSummary } from './DpiaScreeningSummary';
export { findingHref } from './finding-links';
