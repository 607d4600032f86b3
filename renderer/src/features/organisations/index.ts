export { OrganisationsSection } from './OrganisationsSection';
export { OrganisationList } from './OrganisationList';
export { OrganisationShow, formatAddress } from './OrganisationShow';
export { OrganisationCreate, OrganisationEdit } from './OrganisationEdit';
export { OrganisationForm } from './OrganisationForm';
export * from './queries';
