export { OrganisationsSection } from './OrganisationsSection';
