import { Route, Routes } from 'react-router';
import { OneRecord } from '../../components/OneRecord';
import { ProcessorCreate, ProcessorEdit } from './resource';
import { ProcessorList } from './ProcessorList';
import { ProcessorShow } from './ProcessorShow';

/** /processors: processors and their sub-processors (Art. 28). */
export const ProcessorsSection = () => (
  <Routes>
    <Route index element={<ProcessorList />} />
    <Route path="new" element={<ProcessorCreate />} />
    <Route
      path=":id"
      element={
        <OneRecord>
          <ProcessorShow />
        </OneRecord>
      }
    />
    <Route
      path=":id/edit"
      element={
        <OneRecord>
          <ProcessorEdit />
        </OneRecord>
      }
    />
  </Routes>
);
