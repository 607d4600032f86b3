import { repositories } from '../../data/repositories';
import type { DataSubjectRequest, RequestInput } from '../../domain';

export const requestsRepo = () => repositories().requests;
export const requestSortKey = (r: DataSubjectRequest): string => r.receivedOn;
export const requestName = (r: Pick<DataSubjectRequest, 'reference' | 'requesterName'>): string =>
  r.reference === '' ? r.requesterName : `${r.reference} — ${r.requesterName}`;

const today = (): string => new Date().toISOString().slice(0, 10);

/** A new request: received today unless the DPO says otherwise; the right asked for is left to choose. */
export const blankRequest = (): RequestInput => ({ receivedOn: today(), requesterName: '', types: [] });
