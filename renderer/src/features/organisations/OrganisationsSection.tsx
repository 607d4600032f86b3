import { Route, Routes } from 'react-router';
import { OneRecord } from '../../components/OneRecord';
import { GuidedStartPage } from '../guided-start/GuidedStartPage';
import { OrganisationCreate, OrganisationEdit } from './resource';
import { OrganisationList } from './OrganisationList';
import { OrganisationShow } from './OrganisationShow';

/** /organisations: list, new, :id (show), :id/edit. */
export const OrganisationsSection = () => (
  <Routes>
    <Route index element={<OrganisationList />} />
    <Route path="new" element={<OrganisationCreate />} />
    <Route
      path=":id"
      element={
        <OneRecord>
          <OrganisationShow />
        </OneRecord>
      }
    />
    <Route
      path=":id/edit"
      element={
        <OneRecord>
          <OrganisationEdit />
        </OneRecord>
      }
    />
    <Route path=":id/guided-start" element={<GuidedStartPage />} />
  </Routes>
);
