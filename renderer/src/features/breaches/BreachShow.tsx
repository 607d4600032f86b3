import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../session/use-ui-language';
import { StatusChip, TONE_SEVERITY, useNow } from '../../components';
import { currentRiskAssessment, breachTimeZone, instantToLocal, type Breach } from '../../domain';
import { countryName } from '../../domain/reference';
import { LogExportButton } from '../log-exports';
import { useBreachClockText } from './BreachClockChip';
import { useUiDates } from '../../i18n/dates';
import { CatalogueCards, joined, lines, valueAt, type FieldReading, type FieldView } from '../shared/catalogue-cards';
import { linkedNames, useRecordLinkOptions } from '../shared/record-links';
import { BREACH_LAYOUT } from './show-layout';

/** Art. 33(1): the 72 hours from awareness, as the deadline module counts them. */
const ClockPanel = ({ breach }: { breach: Breach }) => {
  const { t } = useTranslation('breaches');
  const now = useNow();
  const text = useBreachClockText(breach, now);
  const fmt = useUiDates();
  if (!text) return null;
  return (
    <Alert severity={TONE_SEVERITY[text.tone]} sx={{ mb: 2 }} role="status" aria-label={t('clock.title')}>
      <AlertTitle>{t('clock.heading', { label: text.label })}</AlertTitle>
      {t('clock.deadlineLong', {
        deadline: fmt.localDateTime(text.deadlineLocal),
        zone: breachTimeZone(breach),
      })}
      {text.state === 'notifiedLate' && breach.delayReason.trim() === '' && <> {t('clock.reasonMissing')}</>}
    </Alert>
  );
};

/** The title, the reference under it, the status and the current risk; the notification to export; the record. */
export const useBreachPage = (b: Breach) => {
  const { t } = useTranslation('breaches');
  const risk = currentRiskAssessment(b.riskAssessments);
  return {
    title: b.title,
    subtitle: b.reference || undefined,
    badges: (
      <>
        <StatusChip label={t(`status.${b.status}`)} />
        {risk && (
          <StatusChip
            label={t(`riskResult.${risk.result}`)}
            tone={risk.result === 'high_risk' ? 'bad' : risk.result === 'risk' ? 'warning' : 'good'}
          />
        )}
      </>
    ),
    actions: <LogExportButton target={{ kind: 'breachNotification', breachId: b.id, reference: b.reference }} />,
    body: <BreachBody record={b} />,
  };
};

const BreachBody = ({ record: b }: { record: Breach }) => {
  const { t } = useTranslation('breaches');
  const fmt = useUiDates();
  const lang = useUiLanguage();
  const links = useRecordLinkOptions();
  const risk = currentRiskAssessment(b.riskAssessments);
  // A stored instant on the organisation's clock, "2 Mar 2026, 09:30" ('' when not said).
  const local = (iso: string): string => {
    if (iso === '') return '';
    try {
      return fmt.localDateTime(instantToLocal(iso, breachTimeZone(b)));
    } catch {
      return iso;
    }
  };
  const count = (c: Breach['subjectsCount']) =>
    c.value === null ? '' : `${c.value.toLocaleString(lang)} (${t(`precision.${c.precision}`)})`;
  // Instants are read on the organisation's clock (the time zone the breach was entered in).
  const instant: FieldView<Breach> = (r, f) => {
    const v = valueAt(r, f.path);
    return { value: typeof v === 'string' ? local(v) : '' };
  };
  // Art. 33(2): the client controller, when we act as its processor.
  const processorRole = (reading: FieldReading): FieldReading => (b.role === 'processor' ? reading : { items: [] });
  const views: Record<string, FieldView<Breach>> = {
    awareAt: instant,
    startedAt: instant,
    endedAt: instant,
    processorInformedAt: instant,
    clientName: () => processorRole({ value: b.clientName }),
    clientInformedAt: (r, f) => processorRole(instant(r, f)),
    processorId: () => ({ value: linkedNames([b.processorId], links.processors) }),
    activityIds: () => ({ value: linkedNames(b.activityIds, links.activities) }),
    dataSubjectCategories: () => ({ value: b.dataSubjectCategories.join(', ') }),
    dataCategories: () => ({ value: b.dataCategories.join(', ') }),
    subjectsCount: () => ({ value: count(b.subjectsCount) }),
    recordsCount: () => ({ value: count(b.recordsCount) }),
    // Art. 56: the Member States concerned and the lead authority, on the one line.
    crossBorder: () => ({
      value: b.crossBorder
        ? joined([b.memberStates.map((c) => countryName(c, lang)).join(', '), b.leadAuthority], ' — ') ||
          t('common:detail.yes')
        : t('common:detail.no'),
    }),
    riskAssessments: () =>
      lines(b.riskAssessments, (r, n) => ({
        label: `${t('items.riskAssessment')} ${n}${r.id === risk?.id ? ` — ${t('riskCurrent')}` : ''}`,
        value: `${fmt.date(r.assessedOn)} · ${t('fields.likelihood')} ${t(`level.${r.likelihood}`)} × ${t('fields.severity')} ${t(
          `level.${r.severity}`,
        )} → ${t(`riskResult.${r.result}`)}${r.assessor ? ` · ${r.assessor}` : ''}\n${r.reasons}`,
      })),
    contactPointId: () => ({ value: links.contactChoices.find((c) => c.value === b.contactPointId)?.label ?? '' }),
    notifications: () =>
      lines(b.notifications, (x, n) => ({
        label: `${t('items.notification')} ${n}`,
        value: joined([t(`phase.${x.phase}`), x.authority, local(x.filedAt), t(`channel.${x.channel}`), x.reference]),
      })),
    authorityExchanges: () =>
      lines(b.authorityExchanges, (x, n) => ({
        label: `${t('items.exchange')} ${n}`,
        value: joined(
          [
            joined([t(`direction.${x.direction}`), t(`exchangeType.${x.type}`), fmt.date(x.on), x.reference]),
            x.summary,
          ],
          '\n',
        ),
      })),
    subjectCommunications: () =>
      lines(b.subjectCommunications, (s, n) => ({
        label: `${t('items.communication')} ${n}`,
        value: joined([fmt.date(s.sentOn), t(`method.${s.method}`), s.scope]),
      })),
    measures: () =>
      lines(b.measures, (m, n) => ({
        label: `${t('items.measure')} ${n} — ${t(`measureType.${m.type}`)}`,
        value: joined([m.description, m.owner, fmt.date(m.dueOn), t(`measureStatus.${m.status}`)]),
      })),
    // Asked for once triage dismisses the breach (kept on the page if it was written before).
    dismissalReason: () =>
      b.status === 'dismissed' || b.dismissalReason !== '' ? { value: b.dismissalReason, wide: true } : { items: [] },
  };
  return (
    <>
      <ClockPanel breach={b} />
      <CatalogueCards layout={BREACH_LAYOUT} record={b} views={{ byPath: views }} />
    </>
  );
};
