export { ContactsSection } from './ContactsSection';
export { ContactList } from './ContactList';
export { ContactShow } from './ContactShow';
export { ContactCreate, ContactEdit } from './ContactEdit';
export { ContactForm } from './ContactForm';
export * from './queries';
