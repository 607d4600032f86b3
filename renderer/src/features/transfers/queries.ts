import { repositories } from '../../data/repositories';
import type { Transfer } from '../../domain';
import type { AdequacyStatus } from '../../domain/reference';
import type { StatusTone } from '../../components';

export const transfersRepo = () => repositories().transfers;
export const transferSortKey = (t: Transfer): string =>
  `${t.country || t.internationalOrganisation}:${t.recipientName}`;

export const ADEQUACY_TONE: Record<AdequacyStatus, StatusTone> = {
  eea: 'neutral',
  adequate: 'good',
  adequate_partial: 'good',
  partial_not_covered: 'warning',
  not_adequate: 'bad',
};
