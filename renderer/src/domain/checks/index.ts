export * from './types';
export * from './engine';
export * from './errors';
export * from './rules';
export * from './completeness';
export * from './dpia';
export * from './small-organisation';
export { policyFacts, periodsIn, requiredSections, type PolicyFacts, type MentionedPeriod } from './policy-rules';
export { lastReviewOf, REVIEW_INTERVAL_MONTHS, DPA_EXPIRY_NOTICE_DAYS } from './reminders';
