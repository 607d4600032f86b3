export { ContactsSection } from './ContactsSection';
export { ContactList } from './ContactList';
export { ContactShow } from './resource';
export * from './queries';
