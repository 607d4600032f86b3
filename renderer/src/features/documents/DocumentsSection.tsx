import { Route, Routes } from 'react-router';
import { DocumentList } from './DocumentList';
import { PolicyCreate, PolicyEditor } from './PolicyEdit';

/** /documents: list (policies and saved registers), policies/new, policies/:id (editor with live preview). */
export const DocumentsSection = () => (
  <Routes>
    <Route index element={<DocumentList />} />
    <Route path="policies/new" element={<PolicyCreate />} />
    <Route path="policies/:id" element={<PolicyEditor />} />
  </Routes>
);
