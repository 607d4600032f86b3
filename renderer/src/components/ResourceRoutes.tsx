import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { OneRecord } from './OneRecord';

interface ResourceRoutesProps {
  list: ReactNode;
  create: ReactNode;
  show: ReactNode;
  edit: ReactNode;
  /** The editor keeps one form per record itself (a new activity's first save stays in its editor). */
  editKeepsRecord?: boolean;
  /** Further routes of the section. */
  children?: ReactNode;
}

/**
 * The screens of one resource under its section's address: the list, `new`, `:id` (the record's
 * page) and `:id/edit`, a record's pages mounted afresh for each record (see `OneRecord`).
 */
export const ResourceRoutes = ({ list, create, show, edit, editKeepsRecord, children }: ResourceRoutesProps) => (
  <Routes>
    <Route index element={list} />
    <Route path="new" element={create} />
    <Route path=":id" element={<OneRecord>{show}</OneRecord>} />
    <Route path=":id/edit" element={editKeepsRecord ? edit : <OneRecord>{edit}</OneRecord>} />
    {children}
  </Routes>
);
