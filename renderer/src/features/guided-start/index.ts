export { GuidedStartBanner } from './GuidedStartBanner';
export { GuidedStartPage } from './GuidedStartPage';
