import { Route, Routes } from 'react-router';
import { OneRecord } from '../../components/OneRecord';
import { BreachCreate, BreachEdit } from './resource';
import { BreachList } from './BreachList';
import { BreachShow } from './BreachShow';

/** /breaches: the register of personal-data breaches (Art. 33(5)). */
export const BreachesSection = () => (
  <Routes>
    <Route index element={<BreachList />} />
    <Route path="new" element={<BreachCreate />} />
    <Route
      path=":id"
      element={
        <OneRecord>
          <BreachShow />
        </OneRecord>
      }
    />
    <Route
      path=":id/edit"
      element={
        <OneRecord>
          <BreachEdit />
        </OneRecord>
      }
    />
  </Routes>
);
