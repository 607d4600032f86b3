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
import { useUiDates } from '../../i18n/dates';

/** A stored instant on the organisation's clock, "2026-03-02 09:30" ('' when not said). */
const local = (iso: string, b: Breach): string => {
  if (iso === '') return '';
  try {
    return instantToLocal(iso, breachTimeZone(b)).slice(0, 16).replace('T', ' ');
  } catch {
    return iso;
  }
};

/** Art. 33(1): the 72 hours from awareness, as the deadline module counts them. */
const ClockPanel = ({ breach }: { breach: Breach }) => {
  const { t } = useTranslation('breaches');
  const now = useNow();
  const text = useBreachClockText(breach, now);
  if (!text) return null;
  const severity =
    text.tone === 'bad' ? 'error' : text.tone === 'good' ? 'success' : text.tone === 'warning' ? 'warning' : 'info';
  return (
    <Alert severity={severity} sx={{ mb: 2 }} role="status" aria-label={t('clock.title')}>
      <AlertTitle>{t('clock.heading', { label: text.label })}</AlertTitle>
      {t('clock.deadlineLong', {
        deadline: text.deadlineLocal.slice(0, 16).replace('T', ' '),
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
  const { id } = useParams();
  const { current } = useCurrentOrganisation();
  const b = useLiveRecord(breachesRepo(), id);
  const activities = useActivities(current?.id);
  const processors = useLiveList(processorsRepo(), current?.id, processorSortKey);
  if (b === undefined) return null;
  if (b === null) return <RecordNotFound backTo="/breaches" />;
  const name = breachName(b);
  const label = (group: string, values: readonly string[]) => values.map((v) => t(`${group}.${v}`)).join(', ');
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
          { label: t('fields.timeZone'), value: b.timeZone },
          { label: t('fields.startedAt'), value: local(b.startedAt, b) },
          { label: t('fields.endedAt'), value: local(b.endedAt, b) },
          { label: t('fields.role'), value: t(`role.${b.role}`) },
          ...(b.role === 'processor'
            ? [
                { label: t('fields.clientName'), value: b.clientName },
                { label: t('fields.clientInformedAt'), value: local(b.clientInformedAt, b) },
              ]
            : []),
          {
            label: t('fields.detectionSource'),
            value: b.detectionSource ? t(`detectionSource.${b.detectionSource}`) : '',
          },
          { label: t('fields.processorId'), value: processor?.name ?? '' },
          { label: t('fields.processorInformedAt'), value: local(b.processorInformedAt, b) },
        ])}
      />
      <DetailCard
        title={t('form.nature')}
        items={[
          { label: t('fields.types'), value: label('type', b.types) },
          { label: t('fields.effects'), value: label('effect', b.effects) },
          { label: t('fields.origin'), value: b.origin ? t(`origin.${b.origin}`) : '' },
          { label: t('fields.cause'), value: b.cause ? t(`cause.${b.cause}`) : '' },
          { label: t('fields.facts'), value: b.facts, wide: true },
          { label: t('fields.activityIds'), value: activityNames.join(', '), wide: true },
          { label: t('fields.systems'), value: b.systems },
          { label: t('fields.incidentReference'), value: b.incidentReference },
        ]}
      />
      <DetailCard
        title={t('form.people')}
        items={[
          { label: t('fields.dataSubjectCategories'), value: b.dataSubjectCategories.join(', ') },
          { label: t('fields.subjectsCount'), value: count(b.subjectsCount) },
          { label: t('fields.dataCategories'), value: b.dataCategories.join(', ') },
          { label: t('fields.recordsCount'), value: count(b.recordsCount) },
          { label: t('fields.dataFlags'), value: label('dataFlag', b.dataFlags), wide: true },
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
          { label: t('fields.consequences'), value: label('consequence', b.consequences), wide: true },
          { label: t('fields.consequencesDetails'), value: b.consequencesDetails, wide: true },
          { label: t('fields.mitigatingFactors'), value: b.mitigatingFactors, wide: true },
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
          { label: t('fields.notifyDecision'), value: t(`notifyDecision.${b.notifyDecision}`) },
          { label: t('fields.notifyJustification'), value: b.notifyJustification },
          ...b.notifications.map((n, i) => ({
            label: `${t('items.notification')} ${i + 1}`,
            value: [t(`phase.${n.phase}`), n.authority, local(n.filedAt, b), t(`channel.${n.channel}`), n.reference]
              .filter(Boolean)
              .join(' · '),
            wide: true,
          })),
          { label: t('fields.delayReason'), value: b.delayReason, wide: true },
        ]}
      />
      <DetailCard
        title={t('form.subjects')}
        items={[
          { label: t('fields.subjectsDecision'), value: t(`subjectsDecision.${b.subjectsDecision}`) },
          { label: t('fields.art34Exemption'), value: b.art34Exemption ? t(`art34Exemption.${b.art34Exemption}`) : '' },
          { label: t('fields.subjectsDecisionReason'), value: b.subjectsDecisionReason, wide: true },
          { label: t('fields.art34ExemptionEvidence'), value: b.art34ExemptionEvidence, wide: true },
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
          { label: t('fields.followUp'), value: b.followUp, wide: true },
          { label: t('fields.closedOn'), value: fmt.date(b.closedOn) },
          { label: t('fields.closureReason'), value: b.closureReason },
          { label: t('fields.lessonsLearned'), value: b.lessonsLearned, wide: true },
        ]}
      />
    </>
  );
};
