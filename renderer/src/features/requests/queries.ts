import { repositories } from '../../data/repositories';
import type { DataSubjectRequest } from '../../domain';

export const requestsRepo = () => repositories().requests;
export const requestSortKey = (r: DataSubjectRequest): string => r.receivedOn;
export const requestName = (r: Pick<DataSubjectRequest, 'reference' | 'requesterName'>): string =>
  r.reference === '' ? r.requesterName : `${r.reference} — ${r.requesterName}`;
