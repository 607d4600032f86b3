export { BreachesSection } from './BreachesSection';
export { BreachClockChip, useBreachClockText } from './BreachClockChip';
export * from './queries';
