import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslation } from 'react-i18next';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { StatusChip, TONE_SEVERITY, useNow } from '../../components';
import { isRequestClosed, type DataSubjectRequest } from '../../domain';
import { LogExportButton } from '../log-exports';
import { linkedNames, useRecordLinkOptions } from '../shared/record-links';
import { dueTone, RequestDueChip, safeRequestDue } from './RequestDueChip';
import { useUiDates } from '../../i18n/dates';
import { CatalogueCards, joined, lines, type FieldView } from '../shared/catalogue-cards';
import { REQUEST_LAYOUT } from './show-layout';

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
  const severity = TONE_SEVERITY[closed ? 'good' : dueTone(due.daysLeft)];
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

/** The requester, the reference and what was asked under it, the status and outcome; the letter to export; the record. */
export const useRequestPage = (r: DataSubjectRequest) => {
  const { t } = useTranslation('requests');
  return {
    title: r.requesterName,
    subtitle: [r.reference, r.types.map((v) => t(`type.${v}`)).join(', ')].filter(Boolean).join(' · '),
    badges: (
      <>
        <StatusChip label={t(`status.${r.status}`)} />
        <StatusChip label={t(`outcome.${r.outcome}`)} tone={r.outcome === 'pending' ? 'neutral' : 'info'} />
      </>
    ),
    actions: <LogExportButton target={{ kind: 'requestLetter', requestId: r.id, reference: r.reference }} />,
    body: <RequestBody record={r} />,
  };
};

const RequestBody = ({ record: r }: { record: DataSubjectRequest }) => {
  const { t } = useTranslation('requests');
  const fmt = useUiDates();
  const { current } = useCurrentOrganisation();
  const links = useRecordLinkOptions();
  const yesNo = (b: boolean) => t(b ? 'common:detail.yes' : 'common:detail.no');
  const { identityCheck: idc, extension: ext } = r;
  const views: Record<string, FieldView<DataSubjectRequest>> = {
    // Art. 12(6): the identity check, one group on its lines.
    identityCheck: () => ({
      items: [
        { label: t('fields.identityNeeded'), value: yesNo(idc.needed) },
        { label: t('fields.identityVerified'), value: t(`verified.${idc.verified}`) },
        { label: t('fields.identityAskedOn'), value: fmt.date(idc.askedOn) },
        { label: t('fields.identityReceivedOn'), value: fmt.date(idc.receivedOn) },
        { label: t('fields.idCopyHeld'), value: yesNo(idc.idCopyHeld) },
        { label: t('fields.idCopyDeletedOn'), value: fmt.date(idc.idCopyDeletedOn) },
      ],
    }),
    // Art. 12(3): the further months, and when and why the requester was told.
    extension: () => ({
      items: [
        { label: t('fields.extended'), value: yesNo(ext.extended) },
        { label: t('fields.extensionMonths'), value: ext.months === null ? '' : t(`extensionMonths.${ext.months}`) },
        { label: t('fields.extensionToldOn'), value: fmt.date(ext.personToldOn) },
        { label: t('fields.extensionReasons'), value: ext.reasons, wide: true },
      ],
    }),
    pauses: () =>
      lines(r.pauses, (p, n) => ({
        label: `${t('items.pause')} ${n}`,
        value: `${p.from} → ${p.to || '…'} · ${t(`pauseReason.${p.reason}`)}`,
      })),
    activityIds: () => ({ value: linkedNames(r.activityIds, links.activities) }),
    processorIds: () => ({ value: linkedNames(r.processorIds, links.processors) }),
    recipientIds: () => ({ value: linkedNames(r.recipientIds, links.recipients) }),
    recipientNotices: () =>
      lines(r.recipientNotices, (x, n) => ({
        label: `${t('items.notice')} ${n}`,
        value: joined([
          linkedNames([x.recipientId, x.processorId], [...(links.recipients ?? []), ...(links.processors ?? [])]),
          t(`noticeStatus.${x.status}`),
          fmt.date(x.sentOn),
        ]),
      })),
    // Asked for once the requester withdraws (kept on the page if it was written before).
    withdrawnOn: () =>
      r.outcome === 'withdrawn' || r.withdrawnOn !== '' ? { value: fmt.date(r.withdrawnOn) } : { items: [] },
    // Art. 12(5): free of charge unless a fee was charged.
    fee: () => ({
      items: [
        {
          label: t('fields.feeCharged'),
          value: r.fee.charged ? `${r.fee.amount ?? ''} ${r.fee.currency}` : yesNo(false),
        },
      ],
    }),
    // Art. 12(3),(4): what went to and came from the requester; "Not set" when nothing did.
    communications: () =>
      r.communications.length === 0
        ? { value: '' }
        : lines(r.communications, (m, n) => ({
            label: `${t('items.communication')} ${n}`,
            value: joined(
              [
                joined([t(`communicationKind.${m.kind}`), fmt.date(m.on), t(`channel.${m.channel}`), m.sentBy]),
                m.summary,
              ],
              '\n',
            ),
          })),
  };
  return (
    <>
      <DuePanel request={r} country={current?.address.country ?? ''} />
      <CatalogueCards layout={REQUEST_LAYOUT} record={r} views={{ byPath: views }} />
    </>
  );
};
