export { ChecksSection } from './ChecksSection';
export { ActivitiesSectionWithFindings } from './ActivitiesSectionWithFindings';
export { useFindingsColumn } from './findings-column';
export { FindingsBadge } from './FindingsBadge';
export { DpiaScreeningSummary } from './DpiaScreeningSummary';
export { findingHref } from './finding-links';
