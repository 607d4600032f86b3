export { OrganisationsSection } from './OrganisationsSection';
export { OrganisationList } from './OrganisationList';
export { OrganisationShow } from './OrganisationShow';
export { OrganisationCreate, OrganisationEdit } from './resource';
export * from './queries';
