import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../components';
import { repositories } from '../../data/repositories';
import {
  ART9_CONDITION_ARTICLE,
  LEGAL_BASIS_ARTICLE,
  subProcessorsOf,
  type Activity,
  type ControllerActivity,
  type Processor,
  type ProcessorActivity,
  type Retention,
} from '../../domain';
import { DuplicateButton } from './duplicate';
import { useActivityOptions, useLinkOptions } from './labels';
import { useLinkables, type Linkables } from './queries';
import { CONTROLLER_ACTIVITY_LAYOUT, PROCESSOR_ACTIVITY_LAYOUT } from './show-layout';
import { CatalogueCards, type FieldView } from '../shared/catalogue-cards';
import { showPage } from '../shared/resource-pages';
import { CATALOGUES } from '../../domain/catalogue';
import { RetentionSource, TemplateDialog, TemplateOriginLine } from '../templates';
import { useCurrentOrganisation } from '../../session/current-organisation';
import LibraryAddIcon from '@mui/icons-material/LibraryAdd';

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

/** The activity's reference and department, its kind and status, and what can be done with it. */
const useActivityPage = (activity: Activity) => {
  const { t } = useTranslation('activities');
  const { t: tt } = useTranslation('templates');
  const linkables = useLinkables(activity.organisationId);
  const { organisations } = useCurrentOrganisation();
  const [templateOpen, setTemplateOpen] = useState(false);
  const organisation = organisations?.find((o) => o.id === activity.organisationId);
  return {
    subtitle: [activity.reference, activity.department].filter(Boolean).join(' · ') || undefined,
    badges: (
      <>
        <StatusChip label={t(`kind.${activity.kind}`)} tone={activity.kind === 'controller' ? 'info' : 'neutral'} />
        <StatusChip label={t(`enums.status.${activity.status}`)} />
      </>
    ),
    actions: (
      <>
        <DuplicateButton activity={activity} />
        <Button startIcon={<LibraryAddIcon />} onClick={() => setTemplateOpen(true)}>
          {tt('applyTemplate')}
        </Button>
      </>
    ),
    body: (
      <>
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
    ),
  };
};

/** Read view of an activity: what the register will say, section by section, on the page every record has. */
export const ActivityShow = showPage({
  catalogue: CATALOGUES.activity,
  repo: () => repositories().activities,
  nameOf: (a) => a.name,
  show: { usePage: useActivityPage, notFound: 'notFound' },
});

const retentionText = (r: Retention, t: (k: string, o?: Record<string, unknown>) => string): string => {
  const parts = [
    r.period !== null ? t(`retentionPeriod.${r.unit}`, { count: r.period }) : '',
    r.criteria,
    r.startEvent ? t('fromEvent', { event: r.startEvent }) : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' — ') : t('notSet');
};

/** The linked records of these ids, in the order linked (none while they load). */
const linked = <T extends { id: string }>(rows: readonly T[] | undefined, ids: readonly string[]): T[] =>
  ids.flatMap((id) => rows?.find((r) => r.id === id) ?? []);

/** A page's views of the fields every activity has: its template and its links. */
const useCommonViews = (a: Activity, linkables: Linkables | undefined) => {
  const { t } = useTranslation('activities');
  const o = useActivityOptions();
  // A transfer and a measure read as their pickers name them.
  const transfers = useLinkOptions(linkables, 'transfer');
  const measures = useLinkOptions(linkables, 'securityMeasure');
  const processors = linkables?.processors ?? [];
  const processorLine = (p: Processor) => {
    const subs = subProcessorsOf(p.id, processors).map((s) => s.name);
    if (subs.length === 0) return p.name;
    return `${p.name} (${t('common:detail.labelled', { label: t('links.subProcessors'), value: subs.join(', ') })})`;
  };
  const views: Record<string, FieldView<Activity>> = {
    template: (r) => (r.template ? { value: <TemplateOriginLine origin={r.template} /> } : { items: [] }),
    processorIds: () => ({ value: lines(linked(processors, a.processorIds).map(processorLine)) }),
    transferIds: () => ({
      value: lines(
        linked(transfers, a.transferIds).map((x) =>
          t('common:detail.labelled', { label: x.label, value: x.secondary }),
        ),
      ),
      wide: true,
    }),
    securityMeasureIds: () => ({
      value: lines(linked(measures, a.securityMeasureIds).map((m) => `${m.label} (${m.secondary ?? ''})`)),
      wide: true,
    }),
  };
  return { views, o, t };
};

/** The data categories with their flags and retention, as a table. */
const DataCategoriesTable = ({ a }: { a: ControllerActivity }) => {
  const { t } = useTranslation('activities');
  return (
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
  );
};

/** One purpose: its legal basis with the article, then what goes with it. */
const PurposeLine = ({ p }: { p: ControllerActivity['purposes'][number] }) => {
  const { t } = useTranslation('activities');
  return (
    <>
      <strong>{p.description}</strong> —{' '}
      {[
        `${t(`enums.legalBasis.${p.legalBasis}`)} (${LEGAL_BASIS_ARTICLE[p.legalBasis]})`,
        p.legitimateInterest &&
          t('common:detail.labelled', { label: t('fields.legitimateInterest'), value: p.legitimateInterest }),
        p.legalReference,
        p.art9Condition &&
          `${t(`enums.art9Condition.${p.art9Condition}`)} (${ART9_CONDITION_ARTICLE[p.art9Condition]})`,
        p.art10Authorisation,
        p.directMarketing && t('fields.directMarketing'),
      ]
        .filter(Boolean)
        .join(' — ')}
    </>
  );
};

const ControllerDetails = ({ a, linkables }: { a: ControllerActivity; linkables: Linkables | undefined }) => {
  const { views: common, t } = useCommonViews(a, linkables);
  const views: Record<string, FieldView<ControllerActivity>> = {
    ...common,
    recipientIds: () => ({
      value: lines(
        linked(linkables?.recipients, a.recipientIds).map(
          (r) => `${r.name} (${t(`enums.recipientCategory.${r.category}`)})`,
        ),
      ),
    }),
    purposes: () => ({
      value: a.purposes.length === 0 ? t('empty.purposes') : lines(a.purposes.map((p) => <PurposeLine p={p} />)),
      wide: true,
    }),
    dataSubjectCategories: () => ({ value: a.dataSubjectCategories.map((d) => d.name).join(', ') }),
    dataCategories: () => ({
      value: a.dataCategories.length === 0 ? '' : <DataCategoriesTable a={a} />,
      wide: true,
    }),
    sources: () => ({
      value: lines(
        a.sources.map((s) => s.description + (s.publiclyAccessible ? ` (${t('fields.publiclyAccessible')})` : '')),
      ),
    }),
    requirement: () => ({
      value: a.requirement ? t(`enums.requirement.${a.requirement}`) : t('statements:activity.requirementUnanswered'),
    }),
    // The retention told to people at this point (Art. 13(2)(a)) is what the policy prints: show it here too.
    collectionPoints: () => ({
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
    }),
    jointControllers: () => ({
      value: lines(a.jointControllers.map((j) => [j.name, j.email, j.arrangementSummary].filter(Boolean).join(' — '))),
    }),
    automatedDecision: () => ({
      value: a.automatedDecision.exists ? a.automatedDecision.logic || t('yes') : t('no'),
    }),
    // One group, two lines: the outcome and the WP248 criteria met.
    dpia: () => ({
      items: [
        {
          label: t('fields.dpiaResult'),
          value: [t(`enums.dpiaResult.${a.dpia.result}`), a.dpia.reasoning].filter(Boolean).join(' — '),
        },
        { label: t('fields.wp248'), value: a.dpia.wp248.map((c) => t(`enums.wp248.${c}`)).join(', ') },
      ],
    }),
    cookies: () => ({
      value: lines(a.cookies.map((c) => [c.name, c.provider, c.purpose, c.duration].filter(Boolean).join(' — '))),
      wide: true,
    }),
  };
  return <CatalogueCards layout={CONTROLLER_ACTIVITY_LAYOUT} record={a} views={{ byPath: views }} />;
};

const ProcessorDetails = ({ a, linkables }: { a: ProcessorActivity; linkables: Linkables | undefined }) => {
  const { views: common, o, t } = useCommonViews(a, linkables);
  const address = [
    a.client.address.street,
    a.client.address.postalCode,
    a.client.address.city,
    o.countryName(a.client.address.country),
  ]
    .filter(Boolean)
    .join(', ');
  const views: Record<string, FieldView<ProcessorActivity>> = {
    ...common,
    // The client controller (Art. 30(2)(a)): one group, a line for each way to reach it.
    client: () => ({
      items: [
        { label: t('fields.clientName'), value: a.client.name },
        { label: t('fields.email'), value: a.client.email },
        { label: t('fields.phone'), value: a.client.phone },
        { label: t('fields.address'), value: address },
        { label: t('fields.representative'), value: a.client.representative },
        { label: t('fields.dpoContact'), value: a.client.dpoContact },
      ],
    }),
    processingCategories: () => ({ value: lines(a.processingCategories), wide: true }),
  };
  return <CatalogueCards layout={PROCESSOR_ACTIVITY_LAYOUT} record={a} views={{ byPath: views }} />;
};
