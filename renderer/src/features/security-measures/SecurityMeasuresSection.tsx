import { Route, Routes } from 'react-router';
import { SecurityMeasureCreate, SecurityMeasureEdit } from './SecurityMeasureEdit';
import { SecurityMeasureList } from './SecurityMeasureList';
import { SecurityMeasureShow } from './SecurityMeasureShow';

/** /security-measures: the Art. 32 catalogue. */
export const SecurityMeasuresSection = () => (
  <Routes>
    <Route index element={<SecurityMeasureList />} />
    <Route path="new" element={<SecurityMeasureCreate />} />
    <Route path=":id" element={<SecurityMeasureShow />} />
    <Route path=":id/edit" element={<SecurityMeasureEdit />} />
  </Routes>
);
