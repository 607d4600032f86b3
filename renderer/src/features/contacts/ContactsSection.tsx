import { Route, Routes } from 'react-router';
import { ContactCreate, ContactEdit } from './ContactEdit';
import { ContactList } from './ContactList';
import { ContactShow } from './ContactShow';

/** /contacts: DPO, privacy contact and Art. 27 representative. */
export const ContactsSection = () => (
  <Routes>
    <Route index element={<ContactList />} />
    <Route path="new" element={<ContactCreate />} />
    <Route path=":id" element={<ContactShow />} />
    <Route path=":id/edit" element={<ContactEdit />} />
  </Routes>
);
