import { Route, Routes } from 'react-router';
import { RequestCreate, RequestEdit } from './resource';
import { RequestList } from './RequestList';
import { RequestShow } from './RequestShow';

/** /requests: the log of data-subject requests (Arts. 12, 15–22). */
export const RequestsSection = () => (
  <Routes>
    <Route index element={<RequestList />} />
    <Route path="new" element={<RequestCreate />} />
    <Route path=":id" element={<RequestShow />} />
    <Route path=":id/edit" element={<RequestEdit />} />
  </Routes>
);
