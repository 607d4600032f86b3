import { Route, Routes } from 'react-router';
import { OneRecord } from '../../components/OneRecord';
import { RequestCreate, RequestEdit } from './resource';
import { RequestList } from './RequestList';
import { RequestShow } from './RequestShow';

/** /requests: the log of data-subject requests (Arts. 12, 15–22). */
export const RequestsSection = () => (
  <Routes>
    <Route index element={<RequestList />} />
    <Route path="new" element={<RequestCreate />} />
    <Route
      path=":id"
      element={
        <OneRecord>
          <RequestShow />
        </OneRecord>
      }
    />
    <Route
      path=":id/edit"
      element={
        <OneRecord>
          <RequestEdit />
        </OneRecord>
      }
    />
  </Routes>
);
