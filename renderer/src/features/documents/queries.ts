import { useLiveQuery } from 'dexie-react-hooks';
import { repositories } from '../../data/repositories';
import { loadCurrentWorkspace, readCurrentActivityDepartments } from '../../data/repositories/workspace';
import type { DocumentSetting, PolicySetting, RegisterSetting } from '../../domain/document-setting';
import type { Language } from '../../domain/common';
import type { Workspace } from '../../domain/workspace';

export const documentsRepo = () => repositories().documents;

export const documentSortKey = (d: DocumentSetting): string => `${d.kind === 'privacy_policy' ? 0 : 1}${d.title}`;

/** The organisation's whole record, live: every change to any of its records re-runs the query. */
export const useLiveWorkspace = (organisationId: string | undefined): Workspace | null | undefined =>
  useLiveQuery(async () => (organisationId ? loadCurrentWorkspace(organisationId) : null), [organisationId]);

/** Kind and department of each live activity, read without holding the window (the export filter). */
export const readActivityDepartments = readCurrentActivityDepartments;

export const isPolicy = (d: DocumentSetting): d is PolicySetting => d.kind === 'privacy_policy';
export const isRegister = (d: DocumentSetting): d is RegisterSetting => d.kind === 'register';
export type { Language };
