import { Route, Routes } from 'react-router';
import { SecurityMeasureCreate, SecurityMeasureEdit, SecurityMeasureShow } from './resource';
import { SecurityMeasureList } from './SecurityMeasureList';

/** /security-measures: the Art. 32 catalogue. */
export const SecurityMeasuresSection = () => (
  <Routes>
    <Route index element={<SecurityMeasureList />} />
    <Route path="new" element={<SecurityMeasureCreate />} />
    <Route path=":id" element={<SecurityMeasureShow />} />
    <Route path=":id/edit" element={<SecurityMeasureEdit />} />
  </Routes>
);
