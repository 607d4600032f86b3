import { repositories } from '../../data/repositories';
import { readCurrentActivityDepartments } from '../../data/repositories/workspace';
import type { DocumentSetting, PolicySetting, RegisterSetting } from '../../domain/document-setting';
import type { Language } from '../../domain/common';

export const documentsRepo = () => repositories().documents;

export const documentSortKey = (d: DocumentSetting): string => `${d.kind === 'privacy_policy' ? 0 : 1}${d.title}`;

/** Kind and department of each live activity, read without holding the window (the export filter). */
export const readActivityDepartments = readCurrentActivityDepartments;

export const isPolicy = (d: DocumentSetting): d is PolicySetting => d.kind === 'privacy_policy';
export const isRegister = (d: DocumentSetting): d is RegisterSetting => d.kind === 'register';
export type { Language };
