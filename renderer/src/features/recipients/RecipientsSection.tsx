import { Route, Routes } from 'react-router';
import { OneRecord } from '../../components/OneRecord';
import { RecipientCreate, RecipientEdit, RecipientShow } from './resource';
import { RecipientList } from './RecipientList';

/** /recipients: list, new, :id (show, with the activities using it), :id/edit. */
export const RecipientsSection = () => (
  <Routes>
    <Route index element={<RecipientList />} />
    <Route path="new" element={<RecipientCreate />} />
    <Route
      path=":id"
      element={
        <OneRecord>
          <RecipientShow />
        </OneRecord>
      }
    />
    <Route
      path=":id/edit"
      element={
        <OneRecord>
          <RecipientEdit />
        </OneRecord>
      }
    />
  </Routes>
);
