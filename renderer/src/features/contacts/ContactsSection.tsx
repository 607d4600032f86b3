import { Route, Routes } from 'react-router';
import { OneRecord } from '../../components/OneRecord';
import { ContactCreate, ContactEdit, ContactShow } from './resource';
import { ContactList } from './ContactList';

/** /contacts: DPO, privacy contact and Art. 27 representative. */
export const ContactsSection = () => (
  <Routes>
    <Route index element={<ContactList />} />
    <Route path="new" element={<ContactCreate />} />
    <Route
      path=":id"
      element={
        <OneRecord>
          <ContactShow />
        </OneRecord>
      }
    />
    <Route
      path=":id/edit"
      element={
        <OneRecord>
          <ContactEdit />
        </OneRecord>
      }
    />
  </Routes>
);
