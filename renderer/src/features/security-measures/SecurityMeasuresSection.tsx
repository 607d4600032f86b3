import { Route, Routes } from 'react-router';
import { OneRecord } from '../../components/OneRecord';
import { SecurityMeasureCreate, SecurityMeasureEdit, SecurityMeasureShow } from './resource';
import { SecurityMeasureList } from './SecurityMeasureList';

/** /security-measures: the Art. 32 catalogue. */
export const SecurityMeasuresSection = () => (
  <Routes>
    <Route index element={<SecurityMeasureList />} />
    <Route path="new" element={<SecurityMeasureCreate />} />
    <Route
      path=":id"
      element={
        <OneRecord>
          <SecurityMeasureShow />
        </OneRecord>
      }
    />
    <Route
      path=":id/edit"
      element={
        <OneRecord>
          <SecurityMeasureEdit />
        </OneRecord>
      }
    />
  </Routes>
);
