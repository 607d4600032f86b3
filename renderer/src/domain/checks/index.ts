/**
 * The checks engine: what is missing, inconsistent or risky in one organisation's record.
 *
 * - `runChecks(ws, { today })` → a CheckReport (findings sorted, grouped by severity and by record).
 * - `findingsFor(report, table, id)` / `worstSeverity(findings)` → badges next to a record.
 * - `findingsForPolicy(ws, report, policy)` → warnings before exporting a policy.
 * - `activityCompleteness` / `completenessScore` / `policyCompleteness` → Art. 30 and Art. 13/14 scores.
 * - `screenDpia(activity.dpia)` → the Art. 35 screening with its reasons; `recordingDuty` → Art. 30(5).
 * Finding texts live in assets/i18n/<lang>/checks.json under `messageKey`, filled with `params`.
 */
export * from './types';
export * from './engine';
export * from './errors';
export * from './rules';
export * from './completeness';
export * from './dpia';
export * from './small-organisation';
export { policyFacts, periodsIn, requiredSections, type PolicyFacts, type MentionedPeriod } from './policy-rules';
export { lastReviewOf, REVIEW_INTERVAL_MONTHS, DPA_EXPIRY_NOTICE_DAYS } from './reminders';
