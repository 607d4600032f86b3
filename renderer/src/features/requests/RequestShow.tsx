import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { DetailCard, PageHeader, RecordNotFound, StatusChip, useLiveRecord, useNow } from '../../components';
import { isRequestClosed, type DataSubjectRequest } from '../../domain';
import { RecordActions } from '../history';
import { LogExportButton } from '../log-exports';
import { useRecordLinkOptions } from '../shared/record-links';
import { RequestDueChip, safeRequestDue } from './RequestDueChip';
import { requestName, requestsRepo } from './queries';
import { useUiDates } from '../../i18n/dates';
import { useCatalogueItem } from '../shared/catalogue-values';

/** Art. 12(3): when the answer is due, counted by the deadline module from the organisation's country. */
const DuePanel = ({ request, country }: { request: DataSubjectRequest; country: string }) => {
  const { t } = useTranslation('requests');
  const fmt = useUiDates();
  const today = useNow().slice(0, 10);
  const due = safeRequestDue(request, country, today);
  if (!due)
    return (
      <Alert severity="warning" sx={{ mb: 2 }}>
        {t('due.unreadableLong')}
      </Alert>
    );
  const closed = isRequestClosed(request);
  const severity = closed ? 'success' : due.daysLeft < 0 ? 'error' : due.daysLeft <= 7 ? 'warning' : 'info';
  return (
    <Alert severity={severity} sx={{ mb: 2 }} role="status" aria-label={t('due.title')}>
      <AlertTitle>{t('due.heading', { date: fmt.date(due.due.end) })}</AlertTitle>
      {!closed && <RequestDueChip request={request} country={country} today={today} />}{' '}
      {due.due.shift !== 'none' && t(`due.shift.${due.due.shift}`, { nominal: fmt.date(due.due.nominalEnd) })}{' '}
      {due.extensionNoticeBy !== null &&
        !request.extension.extended &&
        t('due.extensionBy', { date: fmt.date(due.extensionNoticeBy) })}{' '}
      {due.suspended && t('due.suspended')}
      {country === '' && <> {t('due.noCountry')}</>}
    </Alert>
  );
};

export const RequestShow = () => {
  const { t } = useTranslation('requests');
  const fmt = useUiDates();
  const { id } = useParams();
  const { current } = useCurrentOrganisation();
  const r = useLiveRecord(requestsRepo(), id);
  // Labels and plain values as the catalogue reads them; dates, links and the groups stay written here.
  const item = useCatalogueItem('requests');
  const links = useRecordLinkOptions();
  if (r === undefined) return null;
  if (r === null) return <RecordNotFound backTo="/requests" />;
  const name = requestName(r);
  const namesOf = (ids: readonly string[], options: { id: string; label: string }[] | undefined) =>
    (options ?? [])
      .filter((o) => ids.includes(o.id))
      .map((o) => o.label)
      .join(', ');
  const label = (group: string, values: readonly string[]) => values.map((v) => t(`${group}.${v}`)).join(', ');
  const yesNo = (b: boolean) => t(b ? 'common:detail.yes' : 'common:detail.no');
  return (
    <>
      <PageHeader
        title={r.requesterName}
        subtitle={[r.reference, label('type', r.types)].filter(Boolean).join(' · ')}
        breadcrumbs={[{ label: t('list.title'), to: '/requests' }]}
        badges={
          <>
            <StatusChip label={t(`status.${r.status}`)} />
            <StatusChip label={t(`outcome.${r.outcome}`)} tone={r.outcome === 'pending' ? 'neutral' : 'info'} />
          </>
        }
        actions={
          <RecordActions
            table="requests"
            repo={requestsRepo()}
            id={r.id}
            revision={r.revision}
            name={name}
            editTo={`/requests/${r.id}/edit`}
            listTo="/requests"
          >
            <LogExportButton target={{ kind: 'requestLetter', requestId: r.id, reference: r.reference }} />
          </RecordActions>
        }
      />
      <DuePanel request={r} country={current?.address.country ?? ''} />
      <DetailCard
        title={t('form.request')}
        items={[
          { label: t('fields.receivedOn'), value: fmt.date(r.receivedOn) },
          item(r, 'channel'),
          item(r, 'types'),
          item(r, 'deadlineRegime'),
          item(r, 'description', { wide: true }),
          item(r, 'requesterEmail'),
          item(r, 'requesterCapacity'),
          item(r, 'dataSubjectName'),
          item(r, 'assignee'),
        ]}
      />
      <DetailCard
        title={t('form.identity')}
        items={[
          { label: t('fields.identityNeeded'), value: yesNo(r.identityCheck.needed) },
          { label: t('fields.identityVerified'), value: t(`verified.${r.identityCheck.verified}`) },
          { label: t('fields.identityAskedOn'), value: fmt.date(r.identityCheck.askedOn) },
          { label: t('fields.identityReceivedOn'), value: fmt.date(r.identityCheck.receivedOn) },
          { label: t('fields.idCopyHeld'), value: yesNo(r.identityCheck.idCopyHeld) },
          { label: t('fields.idCopyDeletedOn'), value: fmt.date(r.identityCheck.idCopyDeletedOn) },
        ]}
      />
      <DetailCard
        title={t('form.time')}
        items={[
          { label: t('fields.extended'), value: yesNo(r.extension.extended) },
          {
            label: t('fields.extensionMonths'),
            value: r.extension.months === null ? '' : t(`extensionMonths.${r.extension.months}`),
          },
          { label: t('fields.extensionToldOn'), value: fmt.date(r.extension.personToldOn) },
          { label: t('fields.extensionReasons'), value: r.extension.reasons, wide: true },
          ...r.pauses.map((p, i) => ({
            label: `${t('items.pause')} ${i + 1}`,
            value: `${p.from} → ${p.to || '…'} · ${t(`pauseReason.${p.reason}`)}`,
            wide: true,
          })),
        ]}
      />
      <DetailCard
        title={t('form.scope')}
        items={[
          { label: t('fields.activityIds'), value: namesOf(r.activityIds, links.activities), wide: true },
          { label: t('fields.processorIds'), value: namesOf(r.processorIds, links.processors) },
          { label: t('fields.recipientIds'), value: namesOf(r.recipientIds, links.recipients) },
          item(r, 'systemsSearched', { wide: true }),
          ...r.recipientNotices.map((n, i) => ({
            label: `${t('items.notice')} ${i + 1}`,
            value: [
              namesOf(
                [n.recipientId ?? '', n.processorId ?? ''],
                [...(links.recipients ?? []), ...(links.processors ?? [])],
              ),
              t(`noticeStatus.${n.status}`),
              fmt.date(n.sentOn),
            ]
              .filter(Boolean)
              .join(' · '),
            wide: true,
          })),
        ]}
      />
      <DetailCard
        title={t('form.outcome')}
        items={[
          item(r, 'outcome'),
          { label: t('fields.respondedOn'), value: fmt.date(r.respondedOn) },
          item(r, 'refusalGrounds'),
          { label: t('fields.remedyInformedOn'), value: fmt.date(r.remedyInformedOn) },
          item(r, 'refusalReasons', { wide: true }),
          {
            label: t('fields.feeCharged'),
            value: r.fee.charged ? `${r.fee.amount ?? ''} ${r.fee.currency}` : yesNo(false),
          },
          item(r, 'responseSummary', { wide: true }),
          { label: t('fields.closedOn'), value: fmt.date(r.closedOn) },
          item(r, 'closureReason'),
        ]}
      />
    </>
  );
};
