import { useMemo } from 'react';
import { repositories } from '../../data/repositories';
import type { Transfer, TransferRecipientRecords } from '../../domain';
import type { Language } from '../../domain/common';
import { useLiveList } from '../../components/live';
import { processorSortKey, processorsRepo } from '../processors/queries';
import { recipientSortKey, recipientsRepo } from '../recipients/queries';
import { countryName, type AdequacyStatus } from '../../domain/reference';
import type { StatusTone } from '../../components';

export const transfersRepo = () => repositories().transfers;
export const transferSortKey = (t: Transfer): string =>
  `${t.country || t.internationalOrganisation}:${t.recipientName}`;

export const destinationOf = (tr: Transfer, lang: Language): string =>
  tr.destinationType === 'country' ? countryName(tr.country, lang) : tr.internationalOrganisation;

export const ADEQUACY_TONE: Record<AdequacyStatus, StatusTone> = {
  eea: 'neutral',
  adequate: 'good',
  adequate_partial: 'good',
  partial_not_covered: 'warning',
  not_adequate: 'bad',
};

/** The organisation's processors and recipients, for the names of the records transfers point at. */
export const useTransferRecipientRecords = (organisationId: string | undefined): TransferRecipientRecords => {
  const processors = useLiveList(processorsRepo(), organisationId, processorSortKey);
  const recipients = useLiveList(recipientsRepo(), organisationId, recipientSortKey);
  return useMemo(() => ({ processors: processors ?? [], recipients: recipients ?? [] }), [processors, recipients]);
};
