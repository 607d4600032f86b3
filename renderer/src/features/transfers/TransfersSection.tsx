import { Route, Routes } from 'react-router';
import { TransferCreate, TransferEdit } from './resource';
import { TransferList } from './TransferList';
import { TransferShow } from './TransferShow';

/** /transfers: transfers to third countries and international organisations (Art. 44–49). */
export const TransfersSection = () => (
  <Routes>
    <Route index element={<TransferList />} />
    <Route path="new" element={<TransferCreate />} />
    <Route path=":id" element={<TransferShow />} />
    <Route path=":id/edit" element={<TransferEdit />} />
  </Routes>
);
