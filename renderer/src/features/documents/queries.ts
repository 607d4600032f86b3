import { repositories } from '../../data/repositories';
import type { DocumentSetting, PolicySetting } from '../../domain/document-setting';

export const documentsRepo = () => repositories().documents;

export const documentSortKey = (d: DocumentSetting): string => `${d.kind === 'privacy_policy' ? 0 : 1}${d.title}`;

export const isPolicy = (d: DocumentSetting): d is PolicySetting => d.kind === 'privacy_policy';
