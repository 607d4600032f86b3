import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { useUiLanguage } from '../../session/use-ui-language';
import {
  DetailCard,
  PageHeader,
  RecordNotFound,
  StatusChip,
  useLiveList,
  useLiveRecord,
  useNow,
  type DetailItem,
} from '../../components';
import { currentRiskAssessment, breachTimeZone, instantToLocal, type Breach } from '../../domain';
import { countryName } from '../../domain/reference';
import { useActivities } from '../processing-activities/queries';
import { processorSortKey, processorsRepo } from '../processors/queries';
import { RecordActions } from '../history';
import { LogExportButton } from '../log-exports';
import { useBreachClockText } from './BreachClockChip';
import { breachName, breachesRepo } from './queries';
import { formatUiLocalDateTime, useUiDates } from '../../i18n/dates';
import type { Language } from '../../domain/common';
import { useCatalogueItem } from '../shared/catalogue-values';

/** A stored instant on the organisation's clock, "2 Mar 2026, 09:30" ('' when not said). */
const localOn = (iso: string, b: Breach, language: Language): string => {
  if (iso === '') return '';
  try {
    return formatUiLocalDateTime(instantToLocal(iso, breachTimeZone(b)), language);
  } catch {
    return iso;
  }
};

/** Art. 33(1): the 72 hours from awareness, as the deadline module counts them. */
const ClockPanel = ({ breach }: { breach: Breach }) => {
  const { t } = useTranslation('breaches');
  const now = useNow();
  const text = useBreachClockText(breach, now);
  const fmt = useUiDates();
  if (!text) return null;
  const severity =
    text.tone === 'bad' ? 'error' : text.tone === 'good' ? 'success' : text.tone === 'warning' ? 'warning' : 'info';
  return (
    <Alert severity={severity} sx={{ mb: 2 }} role="status" aria-label={t('clock.title')}>
      <AlertTitle>{t('clock.heading', { label: text.label })}</AlertTitle>
      {t('clock.deadlineLong', {
        deadline: fmt.localDateTime(text.deadlineLocal),
        zone: breachTimeZone(breach),
      })}
      {text.state === 'notifiedLate' && breach.delayReason.trim() === '' && <> {t('clock.reasonMissing')}</>}
    </Alert>
  );
};

export const BreachShow = () => {
  const { t } = useTranslation('breaches');
  const fmt = useUiDates();
  const lang = useUiLanguage();
  const local = (iso: string, breach: Breach) => localOn(iso, breach, lang);
  const { id } = useParams();
  const { current } = useCurrentOrganisation();
  const b = useLiveRecord(breachesRepo(), id);
  // Labels and plain values as the catalogue reads them; instants, counts and links stay written here.
  const item = useCatalogueItem('breaches');
  const activities = useActivities(current?.id);
  const processors = useLiveList(processorsRepo(), current?.id, processorSortKey);
  if (b === undefined) return null;
  if (b === null) return <RecordNotFound backTo="/breaches" />;
  const name = breachName(b);
  const count = (c: Breach['subjectsCount']) =>
    c.value === null ? '' : `${c.value.toLocaleString(lang)} (${t(`precision.${c.precision}`)})`;
  const risk = currentRiskAssessment(b.riskAssessments);
  const activityNames = (activities ?? []).filter((a) => b.activityIds.includes(a.id)).map((a) => a.name);
  const processor = (processors ?? []).find((p) => p.id === b.processorId);
  const items = (list: DetailItem[]) => list;
  return (
    <>
      <PageHeader
        title={b.title}
        subtitle={b.reference || undefined}
        breadcrumbs={[{ label: t('list.title'), to: '/breaches' }]}
        badges={
          <>
            <StatusChip label={t(`status.${b.status}`)} />
            {risk && (
              <StatusChip
                label={t(`riskResult.${risk.result}`)}
                tone={risk.result === 'high_risk' ? 'bad' : risk.result === 'risk' ? 'warning' : 'good'}
              />
            )}
          </>
        }
        actions={
          <RecordActions
            table="breaches"
            repo={breachesRepo()}
            id={b.id}
            revision={b.revision}
            name={name}
            editTo={`/breaches/${b.id}/edit`}
            listTo="/breaches"
          >
            <LogExportButton target={{ kind: 'breachNotification', breachId: b.id, reference: b.reference }} />
          </RecordActions>
        }
      />
      <ClockPanel breach={b} />
      <DetailCard
        title={t('form.when')}
        items={items([
          { label: t('fields.awareAt'), value: local(b.awareAt, b) },
          item(b, 'timeZone'),
          { label: t('fields.startedAt'), value: local(b.startedAt, b) },
          { label: t('fields.endedAt'), value: local(b.endedAt, b) },
          item(b, 'role'),
          ...(b.role === 'processor'
            ? [item(b, 'clientName'), { label: t('fields.clientInformedAt'), value: local(b.clientInformedAt, b) }]
            : []),
          item(b, 'detectionSource'),
          { label: t('fields.processorId'), value: processor?.name ?? '' },
          { label: t('fields.processorInformedAt'), value: local(b.processorInformedAt, b) },
        ])}
      />
      <DetailCard
        title={t('form.nature')}
        items={[
          item(b, 'types'),
          item(b, 'effects'),
          item(b, 'origin'),
          item(b, 'cause'),
          item(b, 'facts', { wide: true }),
          { label: t('fields.activityIds'), value: activityNames.join(', '), wide: true },
          item(b, 'systems'),
          item(b, 'incidentReference'),
        ]}
      />
      <DetailCard
        title={t('form.people')}
        items={[
          { label: t('fields.dataSubjectCategories'), value: b.dataSubjectCategories.join(', ') },
          { label: t('fields.subjectsCount'), value: count(b.subjectsCount) },
          { label: t('fields.dataCategories'), value: b.dataCategories.join(', ') },
          { label: t('fields.recordsCount'), value: count(b.recordsCount) },
          item(b, 'dataFlags', { wide: true }),
          {
            label: t('fields.crossBorder'),
            value: b.crossBorder
              ? [b.memberStates.map((c) => countryName(c, lang)).join(', '), b.leadAuthority]
                  .filter(Boolean)
                  .join(' — ') || t('common:detail.yes')
              : t('common:detail.no'),
            wide: true,
          },
        ]}
      />
      <DetailCard
        title={t('form.risk')}
        items={[
          item(b, 'consequences', { wide: true }),
          item(b, 'consequencesDetails', { wide: true }),
          item(b, 'mitigatingFactors', { wide: true }),
          ...b.riskAssessments.map((r, i) => ({
            label: `${t('items.riskAssessment')} ${i + 1}${r.id === risk?.id ? ` — ${t('riskCurrent')}` : ''}`,
            value: `${fmt.date(r.assessedOn)} · ${t('fields.likelihood')} ${t(`level.${r.likelihood}`)} × ${t('fields.severity')} ${t(
              `level.${r.severity}`,
            )} → ${t(`riskResult.${r.result}`)}${r.assessor ? ` · ${r.assessor}` : ''}\n${r.reasons}`,
            wide: true,
          })),
        ]}
      />
      <DetailCard
        title={t('form.authority')}
        items={[
          item(b, 'notifyDecision'),
          item(b, 'notifyJustification'),
          ...b.notifications.map((n, i) => ({
            label: `${t('items.notification')} ${i + 1}`,
            value: [t(`phase.${n.phase}`), n.authority, local(n.filedAt, b), t(`channel.${n.channel}`), n.reference]
              .filter(Boolean)
              .join(' · '),
            wide: true,
          })),
          item(b, 'delayReason', { wide: true }),
        ]}
      />
      <DetailCard
        title={t('form.subjects')}
        items={[
          item(b, 'subjectsDecision'),
          item(b, 'art34Exemption'),
          item(b, 'subjectsDecisionReason', { wide: true }),
          item(b, 'art34ExemptionEvidence', { wide: true }),
          ...b.subjectCommunications.map((s, i) => ({
            label: `${t('items.communication')} ${i + 1}`,
            value: [fmt.date(s.sentOn), t(`method.${s.method}`), s.scope].filter(Boolean).join(' · '),
            wide: true,
          })),
        ]}
      />
      <DetailCard
        title={t('form.measures')}
        items={[
          ...b.measures.map((m, i) => ({
            label: `${t('items.measure')} ${i + 1} — ${t(`measureType.${m.type}`)}`,
            value: [m.description, m.owner, fmt.date(m.dueOn), t(`measureStatus.${m.status}`)]
              .filter(Boolean)
              .join(' · '),
            wide: true,
          })),
          item(b, 'followUp', { wide: true }),
          { label: t('fields.closedOn'), value: fmt.date(b.closedOn) },
          item(b, 'closureReason'),
          item(b, 'lessonsLearned', { wide: true }),
        ]}
      />
    </>
  );
};
