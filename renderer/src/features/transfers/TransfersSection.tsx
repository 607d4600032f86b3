import { Route, Routes } from 'react-router';
import { OneRecord } from '../../components/OneRecord';
import { TransferCreate, TransferEdit } from './resource';
import { TransferList } from './TransferList';
import { TransferShow } from './TransferShow';

/** /transfers: transfers to third countries and international organisations (Art. 44–49). */
export const TransfersSection = () => (
  <Routes>
    <Route index element={<TransferList />} />
    <Route path="new" element={<TransferCreate />} />
    <Route
      path=":id"
      element={
        <OneRecord>
          <TransferShow />
        </OneRecord>
      }
    />
    <Route
      path=":id/edit"
      element={
        <OneRecord>
          <TransferEdit />
        </OneRecord>
      }
    />
  </Routes>
);
