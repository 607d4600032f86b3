import { Route, Routes } from 'react-router';
import { RecipientCreate, RecipientEdit, RecipientShow } from './resource';
import { RecipientList } from './RecipientList';

/** /recipients: list, new, :id (show, with the activities using it), :id/edit. */
export const RecipientsSection = () => (
  <Routes>
    <Route index element={<RecipientList />} />
    <Route path="new" element={<RecipientCreate />} />
    <Route path=":id" element={<RecipientShow />} />
    <Route path=":id/edit" element={<RecipientEdit />} />
  </Routes>
);
