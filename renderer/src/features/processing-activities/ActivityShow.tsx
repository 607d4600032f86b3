import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { DetailCard, PageHeader, StatusChip, type DetailItem } from '../../components';
import { repositories } from '../../data/repositories';
import {
  ART9_CONDITION_ARTICLE,
  LEGAL_BASIS_ARTICLE,
  subProcessorsOf,
  TRANSFER_MECHANISM_ARTICLE,
  transferRecipientName,
  type Activity,
  type ControllerActivity,
  type ProcessorActivity,
  type Retention,
} from '../../domain';
import { useDuplicateActivity } from './duplicate';
import { useActivityOptions, type ActivityOptions } from './labels';
import { useActivity, useLinkables, type Linkables } from './queries';
import { RecordActions } from '../history';
import { CatalogueLine } from '../shared/catalogue-values';
import { RetentionSource, TemplateDialog, TemplateOriginLine } from '../templates';
import { useCurrentOrganisation } from '../../session/current-organisation';
import LibraryAddIcon from '@mui/icons-material/LibraryAdd';
import { useUiDates } from '../../i18n/dates';

/** A bulleted list, or '' so that the detail card shows its "not set" for an empty one. */
const lines = (items: ReactNode[]): ReactNode =>
  items.length === 0 ? (
    ''
  ) : (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {items.map((x, i) => (
        <li key={i}>{x}</li>
      ))}
    </ul>
  );

const yesNo = (v: boolean, t: (k: string) => string) => (v ? t('yes') : t('no'));

/** Read view of an activity: what the register will say, section by section. */
export const ActivityShow = () => {
  const { t } = useTranslation('activities');
  const { id } = useParams();
  const activity = useActivity(id);
  const linkables = useLinkables(activity?.organisationId);
  const navigate = useNavigate();
  const duplicate = useDuplicateActivity();
  const { t: tt } = useTranslation('templates');
  const { organisations } = useCurrentOrganisation();
  const [templateOpen, setTemplateOpen] = useState(false);
  if (activity === undefined) return <CircularProgress aria-label={t('loading')} />;
  if (activity === null) return <Alert severity="warning">{t('notFound')}</Alert>;
  const organisation = organisations?.find((o) => o.id === activity.organisationId);
  const editLink = (field?: string) =>
    `/activities/${activity.id}/edit${field ? `?field=${encodeURIComponent(field)}` : ''}`;
  return (
    <>
      <PageHeader
        title={activity.name}
        subtitle={[activity.reference, activity.department].filter(Boolean).join(' · ') || undefined}
        breadcrumbs={[{ label: t('list.title'), to: '/activities' }]}
        badges={
          <>
            <StatusChip label={t(`kind.${activity.kind}`)} tone={activity.kind === 'controller' ? 'info' : 'neutral'} />
            <StatusChip label={t(`enums.status.${activity.status}`)} />
          </>
        }
        actions={
          <RecordActions
            table="activities"
            repo={repositories().activities}
            id={activity.id}
            revision={activity.revision}
            name={activity.name}
            editTo={editLink()}
            listTo="/activities"
          >
            <Button
              startIcon={<ContentCopyIcon />}
              onClick={() => void duplicate(activity).then((c) => c && navigate(`/activities/${c.id}/edit`))}
            >
              {t('actions.duplicate')}
            </Button>
            <Button startIcon={<LibraryAddIcon />} onClick={() => setTemplateOpen(true)}>
              {tt('applyTemplate')}
            </Button>
          </RecordActions>
        }
      />
      {templateOpen && organisation && (
        <TemplateDialog
          open
          onClose={() => setTemplateOpen(false)}
          organisation={organisation}
          mode={{ kind: 'apply', activity }}
        />
      )}
      {activity.kind === 'controller' ? (
        <ControllerDetails a={activity} linkables={linkables} />
      ) : (
        <ProcessorDetails a={activity} linkables={linkables} />
      )}
    </>
  );
};

const useLinkLines = (a: Activity, linkables: Linkables | undefined, o: ActivityOptions) => {
  const { t } = useTranslation('activities');
  if (!linkables) return { processors: [], transfers: [], measures: [], recipients: [] };
  const byId = <T extends { id: string }>(rows: T[], ids: string[]) =>
    ids.flatMap((id) => rows.find((r) => r.id === id) ?? []);
  const processors = byId(linkables.processors, a.processorIds).map((p) => {
    const subs = subProcessorsOf(p.id, linkables.processors);
    return subs.length > 0
      ? `${p.name} (${t('common:detail.labelled', { label: t('links.subProcessors'), value: subs.map((s) => s.name).join(', ') })})`
      : p.name;
  });
  const transfers = byId(linkables.transfers, a.transferIds).map((x) =>
    t('common:detail.labelled', {
      label: `${transferRecipientName(x, linkables)} → ${x.destinationType === 'country' ? o.countryName(x.country) : x.internationalOrganisation}`,
      value: `${t(`enums.mechanism.${x.mechanism}`)} (${TRANSFER_MECHANISM_ARTICLE[x.mechanism]})`,
    }),
  );
  const measures = byId(linkables.securityMeasures, a.securityMeasureIds).map(
    (m) => `${m.title} (${t(`enums.securityCategory.${m.category}`)})`,
  );
  const recipients =
    a.kind === 'controller'
      ? byId(linkables.recipients, a.recipientIds).map(
          (r) => `${r.name} (${t(`enums.recipientCategory.${r.category}`)})`,
        )
      : [];
  return { processors, transfers, measures, recipients };
};

const retentionText = (r: Retention, t: (k: string, o?: Record<string, unknown>) => string): string => {
  const parts = [
    r.period !== null ? t(`retentionPeriod.${r.unit}`, { count: r.period }) : '',
    r.criteria,
    r.startEvent ? t('fromEvent', { event: r.startEvent }) : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' — ') : t('notSet');
};

const ControllerDetails = ({ a, linkables }: { a: ControllerActivity; linkables: Linkables | undefined }) => {
  const { t } = useTranslation('activities');
  const fmt = useUiDates();
  const { t: tt } = useTranslation('templates');
  const o = useActivityOptions();
  const links = useLinkLines(a, linkables, o);
  const general: DetailItem[] = [
    { label: t('fields.owner'), value: a.owner },
    { label: t('fields.software'), value: a.software },
    { label: t('fields.audiences'), value: a.audiences.map((x) => t(`enums.audience.${x}`)).join(', ') },
    { label: t('fields.occasional'), value: yesNo(a.occasional, t) },
    { label: t('fields.lastReviewedOn'), value: fmt.date(a.lastReviewedOn) || t('notSet') },
    ...(a.template ? [{ label: tt('origin.label'), value: <TemplateOriginLine origin={a.template} /> }] : []),
    { label: t('fields.description'), value: a.description, wide: true },
  ];
  return (
    <>
      <DetailCard title={t('sections.general')} items={general} />
      <Paper variant="outlined" component="section" sx={{ p: 3, mb: 2 }} aria-label={t('sections.purposes')}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500, mb: 1 }}>
          {t('sections.purposes')}
        </Typography>
        {a.purposes.length === 0 && <Typography color="text.secondary">{t('empty.purposes')}</Typography>}
        {lines(
          a.purposes.map((p) => (
            <>
              <strong>{p.description}</strong> — {t(`enums.legalBasis.${p.legalBasis}`)} (
              {LEGAL_BASIS_ARTICLE[p.legalBasis]})
              {p.legitimateInterest && (
                <>
                  {' '}
                  —{' '}
                  {t('common:detail.labelled', { label: t('fields.legitimateInterest'), value: p.legitimateInterest })}
                </>
              )}
              {p.legalReference && <> — {p.legalReference}</>}
              {p.art9Condition && (
                <>
                  {' '}
                  — {t(`enums.art9Condition.${p.art9Condition}`)} ({ART9_CONDITION_ARTICLE[p.art9Condition]})
                </>
              )}
              {p.art10Authorisation && <> — {p.art10Authorisation}</>}
              {p.directMarketing && <> — {t('fields.directMarketing')}</>}
            </>
          )),
        )}
      </Paper>
      <Paper variant="outlined" component="section" sx={{ p: 3, mb: 2 }} aria-label={t('sections.people')}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500, mb: 1 }}>
          {t('sections.people')}
        </Typography>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {t('common:detail.labelled', {
            label: t('fields.dataSubjectCategories'),
            value: a.dataSubjectCategories.map((d) => d.name).join(', ') || t('notSet'),
          })}
        </Typography>
        <CatalogueLine table="activities" record={a} path="estimatedDataSubjects" />
        <Table size="small" aria-label={t('fields.dataCategories')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('fields.dataCategory')}</TableCell>
              <TableCell>{t('fields.flags')}</TableCell>
              <TableCell>{t('fields.retention')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {a.dataCategories.map((d) => (
              <TableRow key={d.id}>
                <TableCell>{d.name}</TableCell>
                <TableCell>
                  {[
                    d.specialCategory ? t(`enums.specialCategory.${d.specialCategory}`) : '',
                    d.criminalOffence ? t('fields.criminalOffence') : '',
                    d.nationalIdNumber ? t('fields.nationalIdNumber') : '',
                  ]
                    .filter(Boolean)
                    .join(', ')}
                </TableCell>
                <TableCell>
                  {retentionText(d.retention, t)}
                  <RetentionSource source={d.retention.source} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
      <DetailCard
        title={t('sections.sources')}
        items={[
          { label: t('fields.collectedFromDataSubject'), value: yesNo(a.collectedFromDataSubject, t) },
          {
            label: t('fields.sources'),
            value: lines(
              a.sources.map(
                (s) => s.description + (s.publiclyAccessible ? ` (${t('fields.publiclyAccessible')})` : ''),
              ),
            ),
          },
          {
            label: t('fields.requirement'),
            value: a.requirement
              ? t(`enums.requirement.${a.requirement}`)
              : t('statements:activity.requirementUnanswered'),
          },
          { label: t('fields.consequence'), value: a.consequenceOfNotProviding },
          {
            label: t('fields.collectionPoints'),
            // The retention told to people at this point (Art. 13(2)(a)) is what the policy prints: show it here too.
            value: lines(
              a.collectionPoints.map((c) =>
                [
                  `${c.name} — ${c.requirement ? t(`enums.requirement.${c.requirement}`) : t('statements:activity.requirementAsActivity')}`,
                  c.description,
                  c.retentionSummary
                    ? t('common:detail.labelled', { label: t('fields.retentionSummary'), value: c.retentionSummary })
                    : '',
                ]
                  .filter(Boolean)
                  .join(' — '),
              ),
            ),
            wide: true,
          },
        ]}
      />
      <DetailCard
        title={t('sections.linksTitle')}
        items={[
          { label: t('fields.recipients'), value: lines(links.recipients) },
          { label: t('fields.processors'), value: lines(links.processors) },
          { label: t('fields.transfers'), value: lines(links.transfers), wide: true },
          { label: t('fields.securityMeasures'), value: lines(links.measures), wide: true },
        ]}
      />
      <DetailCard
        title={t('sections.more')}
        items={[
          {
            label: t('fields.jointControllers'),
            value: lines(
              a.jointControllers.map((j) => [j.name, j.email, j.arrangementSummary].filter(Boolean).join(' — ')),
            ),
          },
          {
            label: t('fields.automatedExists'),
            value: a.automatedDecision.exists ? a.automatedDecision.logic || t('yes') : t('no'),
          },
          {
            label: t('fields.dpiaResult'),
            value: [t(`enums.dpiaResult.${a.dpia.result}`), a.dpia.reasoning].filter(Boolean).join(' — '),
          },
          { label: t('fields.wp248'), value: a.dpia.wp248.map((c) => t(`enums.wp248.${c}`)).join(', ') },
          {
            label: t('fields.cookies'),
            value: lines(a.cookies.map((c) => [c.name, c.provider, c.purpose, c.duration].filter(Boolean).join(' — '))),
            wide: true,
          },
        ]}
      />
    </>
  );
};

const ProcessorDetails = ({ a, linkables }: { a: ProcessorActivity; linkables: Linkables | undefined }) => {
  const { t } = useTranslation('activities');
  const fmt = useUiDates();
  const { t: tt } = useTranslation('templates');
  const o = useActivityOptions();
  const links = useLinkLines(a, linkables, o);
  const address = [
    a.client.address.street,
    a.client.address.postalCode,
    a.client.address.city,
    o.countryName(a.client.address.country),
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <DetailCard
        title={t('sections.client')}
        items={[
          { label: t('fields.clientName'), value: a.client.name },
          { label: t('fields.email'), value: a.client.email },
          { label: t('fields.phone'), value: a.client.phone },
          { label: t('fields.address'), value: address },
          { label: t('fields.representative'), value: a.client.representative },
          { label: t('fields.dpoContact'), value: a.client.dpoContact },
        ]}
      />
      <DetailCard
        title={t('sections.categories')}
        items={[
          { label: t('sections.categories'), value: lines(a.processingCategories), wide: true },
          { label: t('fields.owner'), value: a.owner },
          { label: t('fields.lastReviewedOn'), value: fmt.date(a.lastReviewedOn) || t('notSet') },
          ...(a.template ? [{ label: tt('origin.label'), value: <TemplateOriginLine origin={a.template} /> }] : []),
          { label: t('fields.description'), value: a.description, wide: true },
        ]}
      />
      <DetailCard
        title={t('sections.linksTitle')}
        items={[
          { label: t('fields.subProcessors'), value: lines(links.processors) },
          { label: t('fields.transfers'), value: lines(links.transfers), wide: true },
          { label: t('fields.securityMeasures'), value: lines(links.measures), wide: true },
        ]}
      />
    </>
  );
};
