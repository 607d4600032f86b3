import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useMemo, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldArray, useFormContext, useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import {
  arrayField,
  enumOptions,
  fieldRow,
  FormDateField,
  FormFields,
  FormMultiSelectChips,
  FormSections,
  FormSelect,
  FormTextField,
  type FieldSpec,
  type FormSectionSpec,
  type Translate,
} from '../../components/form';
import {
  dataSubjectsBandSchema,
  localToday,
  subProcessorsOf,
  type ControllerActivityContent,
  type ProcessorActivityContent,
} from '../../domain';
import {
  hasCriminalOffenceData,
  hasSpecialCategoryData,
  newCollectionPoint,
  newCookie,
  newDataCategory,
  newDataSubjectCategory,
  newJointController,
  newPurpose,
  newSource,
  type ActivityKind,
  type ActivitySection,
} from './activity-model';
import { LinkField, type LinkedEntity } from './LinkField';
import { useActivityOptions, type ActivityOptions } from './labels';
import type { Linkables } from './queries';

type C = ControllerActivityContent;
type P = ProcessorActivityContent;

export interface SectionContext {
  kind: ActivityKind;
  organisationId: string;
  linkables: Linkables | undefined;
  /** Extra content for the DPIA section (the live screening suggestion, when available). */
  dpiaSuggestion?: ReactNode;
}

/** What a section's specs are made from: the editor's context, its texts and options. */
interface SectionKit extends SectionContext {
  t: Translate;
  o: ActivityOptions;
  /** Record information shown in the Review section (created, updated, revision). */
  meta?: ReactNode;
}

/**
 * An editor section described as field specs, as a component of the editor's section map: the
 * kit's fields (hints under `help.`) in cards titled `sections.<key>`.
 */
const specSection = <T extends FieldValues>(specs: (k: SectionKit) => FormSectionSpec<T>[]) =>
  function SpecSection(props: SectionContext & { meta?: ReactNode }) {
    const { t } = useTranslation('activities');
    const o = useActivityOptions();
    const { control } = useFormContext<T>();
    return <FormSections sections={specs({ ...props, t, o })} control={control} t={t} hints="help" />;
  };

/** A card of one or two columns titled `sections.<key>`, described by `sectionHelp.<key>` or the text given (null: none). */
const section = <T extends FieldValues>(
  t: Translate,
  key: string,
  columns: 1 | 2,
  fields: readonly FieldSpec<T>[],
  description: string | null = t(`sectionHelp.${key}`),
): FormSectionSpec<T> => ({ key, title: t(`sections.${key}`), description: description ?? undefined, columns, fields });

/** A section of one card (see `section`), its fields made from the kit. */
const card = <T extends FieldValues>(key: string, columns: 1 | 2, fields: (k: SectionKit) => FieldSpec<T>[]) =>
  specSection<T>((k) => [section(k.t, key, columns, fields(k))]);

/** Something the kit does not describe, in the section's grid as it is. */
const custom = <T extends FieldValues>(key: string, node: ReactNode, rest?: { full?: boolean; when?(v: T): boolean }) =>
  ({ kind: 'custom', key, render: () => node, ...rest }) satisfies FieldSpec<T>;

const TWO_COLUMNS = 'minmax(0, 1fr) minmax(0, 1fr)';

// ---------------------------------------------------------------------------------------------
// General and review (both kinds)

/** The date and its button on a row of their own: in one column of the grid the button left the date "Last reviewe…". */
const ReviewDate = () => {
  const { t } = useTranslation('activities');
  const { setValue } = useFormContext();
  return (
    <Stack direction="row" sx={{ gap: 1, alignItems: 'flex-start' }}>
      <Box sx={{ width: 240, flexShrink: 0 }}>
        <FormDateField name="lastReviewedOn" label={t('fields.lastReviewedOn')} />
      </Box>
      <Button
        startIcon={<EventAvailableIcon />}
        onClick={() => setValue('lastReviewedOn', localToday(), { shouldDirty: true, shouldValidate: true })}
        // One line beside the date field: the full-width field otherwise squeezes "Revue faite
        // aujourd'hui" onto two lines (three in German).
        sx={{ alignSelf: 'center', flexShrink: 0, whiteSpace: 'nowrap' }}
      >
        {t('actions.markReviewedToday')}
      </Button>
    </Stack>
  );
};
const reviewDate = custom<C>('lastReviewedOn', <ReviewDate />, { full: true });

const generalFields = (kind: ActivityKind, o: ActivityOptions): FieldSpec<C>[] => [
  { kind: 'text', name: 'name', required: true, full: true },
  { kind: 'text', name: 'reference', hint: true },
  { kind: 'select', name: 'status', options: o.status },
  { kind: 'text', name: 'department' },
  { kind: 'text', name: 'owner' },
  { kind: 'multiline', name: 'description', full: true },
  ...(kind === 'controller'
    ? ([
        { kind: 'text', name: 'software' },
        { kind: 'multiselect', name: 'audiences', options: o.audience, hint: true },
        { kind: 'switch', name: 'occasional', hint: true, full: true },
      ] satisfies FieldSpec<C>[])
    : []),
  reviewDate,
];

const GeneralSection = specSection<C>(({ t, o, kind }) => [
  section(t, 'general', 2, generalFields(kind, o), t(`sectionHelp.general.${kind}`)),
]);

const ReviewSection = card<C>('review', 2, ({ o, meta }) => [
  reviewDate,
  { kind: 'select', name: 'status', options: o.status },
  ...(meta ? [custom<C>('meta', meta, { full: true })] : []),
]);

// ---------------------------------------------------------------------------------------------
// Purposes and legal bases (Art. 6, 9, 10)

const purposeFields = (i: number, o: ActivityOptions): FieldSpec<C>[] => {
  const basis = (v: C) => v.purposes[i]?.legalBasis;
  return [
    { kind: 'multiline', name: `purposes.${i}.description`, label: 'purpose', required: true },
    { kind: 'select', name: `purposes.${i}.legalBasis`, options: o.legalBasis, required: true },
    {
      kind: 'multiline',
      name: `purposes.${i}.legitimateInterest`,
      hint: true,
      required: true,
      when: (v) => basis(v) === 'legitimate_interests',
    },
    {
      kind: 'text',
      name: `purposes.${i}.legalReference`,
      hint: true,
      when: (v) => basis(v) === 'legal_obligation' || basis(v) === 'public_task',
    },
    {
      kind: 'select',
      name: `purposes.${i}.art9Condition`,
      options: o.art9Condition,
      nullable: 'fields.none',
      hint: true,
      when: hasSpecialCategoryData,
    },
    { kind: 'text', name: `purposes.${i}.art10Authorisation`, hint: 'art10', when: hasCriminalOffenceData },
    { kind: 'switch', name: `purposes.${i}.directMarketing`, hint: true },
  ];
};

const PurposesSection = card<C>('purposes', 1, ({ t, o }) => [
  arrayField({
    name: 'purposes',
    item: 'purpose',
    emptyText: t('empty.purposes'),
    newItem: newPurpose,
    fields: (i) => purposeFields(i, o),
  }),
]);

// ---------------------------------------------------------------------------------------------
// People and data (Art. 30(1)(c)), with the retention of each category inline (Art. 30(1)(f))

const retentionRow = (i: number, o: ActivityOptions): FieldSpec<C> => {
  const base = `dataCategories.${i}.retention` as const;
  return fieldRow({
    key: 'retention',
    columns: '110px 130px 1fr 1fr 1fr',
    fields: [
      { kind: 'number', name: `${base}.period`, label: 'retentionPeriod' },
      { kind: 'select', name: `${base}.unit`, label: 'retentionUnit', options: o.retentionUnit },
      { kind: 'text', name: `${base}.criteria`, label: 'retentionCriteria' },
      { kind: 'text', name: `${base}.startEvent`, label: 'retentionStart' },
      {
        kind: 'custom',
        key: 'source',
        render: (control, t) => (
          <FormTextField control={control} name={`${base}.source`} label={t('templates:origin.sourceField')} />
        ),
      },
    ],
  });
};

const dataCategoryFields = (i: number, { t, o }: SectionKit): FieldSpec<C>[] => [
  fieldRow({
    key: 'category',
    columns: TWO_COLUMNS,
    fields: [
      { kind: 'text', name: `dataCategories.${i}.name`, label: 'dataCategory', required: true },
      {
        kind: 'select',
        name: `dataCategories.${i}.specialCategory`,
        options: o.specialCategory,
        nullable: 'fields.notSpecial',
      },
      { kind: 'text', name: `dataCategories.${i}.description` },
      fieldRow({
        key: 'flags',
        fields: [
          { kind: 'switch', name: `dataCategories.${i}.criminalOffence` },
          { kind: 'switch', name: `dataCategories.${i}.nationalIdNumber` },
        ],
      }),
    ],
  }),
  custom(
    'retentionTitle',
    <Typography variant="caption" color="text.secondary">
      {t('fields.retention')}
    </Typography>,
  ),
  retentionRow(i, o),
];

const PeopleSection = specSection<C>((k) => [
  section(k.t, 'dataSubjects', 1, [
    arrayField({
      name: 'dataSubjectCategories',
      item: 'dataSubjectCategory',
      emptyText: k.t('empty.dataSubjects'),
      newItem: newDataSubjectCategory,
      fields: (i) => [
        fieldRow({
          key: 'category',
          columns: 'minmax(0, 1fr) minmax(0, 2fr)',
          fields: [
            { kind: 'text', name: `dataSubjectCategories.${i}.name`, label: 'dataSubjectCategory', required: true },
            { kind: 'text', name: `dataSubjectCategories.${i}.description` },
          ],
        }),
      ],
    }),
    {
      kind: 'custom',
      key: 'estimatedDataSubjects',
      render: (control, t) => (
        <FormSelect
          control={control}
          name="estimatedDataSubjects"
          label={t('data-subjects:field')}
          helperText={t('data-subjects:hint')}
          nullable
          emptyLabel={t('data-subjects:notAnswered')}
          options={enumOptions(dataSubjectsBandSchema.options, (b) => t(`data-subjects:band.${b}`))}
        />
      ),
    },
  ]),
  section(k.t, 'dataCategories', 1, [
    arrayField({
      name: 'dataCategories',
      item: 'dataCategory',
      emptyText: k.t('empty.dataCategories'),
      newItem: newDataCategory,
      fields: (i) => dataCategoryFields(i, k),
    }),
  ]),
]);

/** Every data category's retention, one row each (watched here: the rows follow the categories). */
const RetentionRows = ({ control, o }: { control: Control<C>; o: ActivityOptions }) => {
  const { t } = useTranslation('activities');
  const categories = useWatch({ control, name: 'dataCategories' }) ?? [];
  if (categories.length === 0) return <Typography color="text.secondary">{t('empty.retention')}</Typography>;
  return categories.map((c, i) => (
    <Box key={c.id} role="group" aria-label={t('retentionOf', { name: c.name || `#${i + 1}` })}>
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {c.name || t('items.unnamed')}
      </Typography>
      <FormFields specs={[retentionRow(i, o)]} control={control} t={t} />
    </Box>
  ));
};

/** Retention of every data category at a glance, one row each, editable in place. */
const RetentionSection = card<C>('retention', 1, ({ o }) => [
  { kind: 'custom', key: 'rows', render: (c) => <RetentionRows control={c} o={o} /> },
]);

// ---------------------------------------------------------------------------------------------
// Sources (Art. 14) and collection points (Art. 13(2)(e))

const useOwnOptions = () => {
  const categories = useWatch<C, 'dataCategories'>({ name: 'dataCategories' });
  const purposes = useWatch<C, 'purposes'>({ name: 'purposes' });
  const { t } = useTranslation('activities');
  return useMemo(
    () => ({
      categories: (categories ?? []).map((c, i) => ({
        value: c.id,
        label: c.name || `${t('items.dataCategory')} ${i + 1}`,
      })),
      purposes: (purposes ?? []).map((p, i) => ({
        value: p.id,
        label: p.description || `${t('items.purpose')} ${i + 1}`,
      })),
    }),
    [categories, purposes, t],
  );
};

type Own = keyof ReturnType<typeof useOwnOptions>;

/** A choice among the activity's own data categories or purposes, named as they are now. */
const OwnChoices = ({ of, ...props }: { of: Own; control: Control<C>; name: Path<C>; label: string }) => (
  <FormMultiSelectChips {...props} options={useOwnOptions()[of]} />
);
const ownChoices = (name: Path<C>, label: string, of: Own): FieldSpec<C> => ({
  kind: 'custom',
  key: name,
  render: (control, t) => <OwnChoices of={of} control={control} name={name} label={t(`fields.${label}`)} />,
});

const SourcesSection = card<C>('sources', 1, ({ t }) => [
  { kind: 'switch', name: 'collectedFromDataSubject', hint: true },
  custom<C>('art14', <Alert severity="info">{t('help.art14')}</Alert>, {
    when: (v) => !v.collectedFromDataSubject,
  }),
  arrayField({
    name: 'sources',
    item: 'source',
    emptyText: t('empty.sources'),
    newItem: newSource,
    fields: (i) => [
      { kind: 'text', name: `sources.${i}.description`, label: 'source', required: true },
      ownChoices(`sources.${i}.dataCategoryIds`, 'sourceCategories', 'categories'),
      { kind: 'switch', name: `sources.${i}.publiclyAccessible` },
    ],
  }),
]);

const collectionPointFields = (i: number, o: ActivityOptions): FieldSpec<C>[] => [
  fieldRow({
    key: 'point',
    columns: TWO_COLUMNS,
    fields: [
      { kind: 'text', name: `collectionPoints.${i}.name`, label: 'collectionPoint', required: true },
      { kind: 'text', name: `collectionPoints.${i}.description` },
      ownChoices(`collectionPoints.${i}.dataCategoryIds`, 'dataCategories', 'categories'),
      ownChoices(`collectionPoints.${i}.purposeIds`, 'purposes', 'purposes'),
      { kind: 'text', name: `collectionPoints.${i}.retentionSummary` },
      {
        kind: 'select',
        name: `collectionPoints.${i}.requirement`,
        options: o.requirement,
        nullable: 'statements:activity.requirementAsActivity',
      },
      { kind: 'text', name: `collectionPoints.${i}.consequenceOfNotProviding`, label: 'consequence', full: true },
    ],
  }),
];

const CollectionSection = specSection<C>(({ t, o }) => [
  section(t, 'requirement', 2, [
    {
      kind: 'select',
      name: 'requirement',
      options: o.requirement,
      nullable: 'statements:activity.requirementUnanswered',
    },
    { kind: 'text', name: 'consequenceOfNotProviding', label: 'consequence' },
  ]),
  section(t, 'collection', 1, [
    arrayField({
      name: 'collectionPoints',
      item: 'collectionPoint',
      emptyText: t('empty.collectionPoints'),
      newItem: newCollectionPoint,
      fields: (i) => collectionPointFields(i, o),
    }),
  ]),
]);

// ---------------------------------------------------------------------------------------------
// Links to the organisation's records

/** Under the processor picker: the sub-processor chain of each linked processor (Art. 28(2),(4)). */
const SubProcessorChains = ({ linkables }: { linkables: Linkables | undefined }) => {
  const { t } = useTranslation('activities');
  const ids = useWatch<C, 'processorIds'>({ name: 'processorIds' }) ?? [];
  if (!linkables) return null;
  const lines = ids.flatMap((id) => {
    const p = linkables.processors.find((x) => x.id === id);
    if (!p) return [];
    const subs = subProcessorsOf(id, linkables.processors);
    return subs.length === 0 ? [] : [`${p.name}: ${subs.map((s) => s.name).join(', ')}`];
  });
  if (lines.length === 0) return null;
  return (
    <Typography variant="body2" color="text.secondary" component="div">
      {t('links.subProcessorChains')}
      <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </Typography>
  );
};
/** A link to the organisation's records (`fields.<label>`), with its "New…" button. */
const linkField = (k: SectionKit, name: Path<C>, entity: LinkedEntity, label: string, helperText?: string) =>
  custom<C>(
    name,
    <LinkField
      name={name}
      label={k.t(`fields.${label}`)}
      entity={entity}
      linkables={k.linkables}
      organisationId={k.organisationId}
      helperText={helperText}
    />,
  );

const RecipientsSection = specSection<C>((k) => {
  const controller = k.kind === 'controller';
  const fields = [
    ...(controller ? [linkField(k, 'recipientIds', 'recipient', 'recipients')] : []),
    linkField(k, 'processorIds', 'processor', controller ? 'processors' : 'subProcessors'),
    custom<C>('subProcessorChains', <SubProcessorChains linkables={k.linkables} />),
  ];
  const description = k.t(controller ? 'sectionHelp.recipients' : 'sectionHelp.subProcessors');
  return [section(k.t, controller ? 'recipients' : 'processors', 1, fields, description)];
});

const TransfersSection = card<C>('transfers', 1, (k) => [
  linkField(k, 'transferIds', 'transfer', 'transfers', k.t('help.transfers')),
]);

const SecuritySection = card<C>('security', 1, (k) => [
  linkField(k, 'securityMeasureIds', 'securityMeasure', 'securityMeasures'),
]);

// ---------------------------------------------------------------------------------------------
// Joint controllers (Art. 26), automated decisions (Art. 22), DPIA (Art. 35), cookies

const JointSection = card<C>('joint', 1, ({ t }) => [
  arrayField({
    name: 'jointControllers',
    item: 'jointController',
    emptyText: t('empty.jointControllers'),
    newItem: newJointController,
    fields: (i) => [
      fieldRow({
        key: 'controller',
        columns: TWO_COLUMNS,
        fields: [
          { kind: 'text', name: `jointControllers.${i}.name`, label: 'jointControllerName', required: true },
          { kind: 'text', name: `jointControllers.${i}.email`, type: 'email' },
          { kind: 'text', name: `jointControllers.${i}.phone` },
          { kind: 'text', name: `jointControllers.${i}.address.street` },
          { kind: 'text', name: `jointControllers.${i}.address.postalCode` },
          { kind: 'text', name: `jointControllers.${i}.address.city` },
          { kind: 'country', name: `jointControllers.${i}.address.country` },
          {
            kind: 'multiline',
            name: `jointControllers.${i}.arrangementSummary`,
            label: 'arrangement',
            hint: true,
            full: true,
          },
        ],
      }),
    ],
  }),
]);

const automated = (v: C) => v.automatedDecision.exists;

const AutomatedSection = card<C>('automated', 1, () => [
  { kind: 'switch', name: 'automatedDecision.exists', label: 'automatedExists' },
  { kind: 'multiline', name: 'automatedDecision.logic', label: 'automatedLogic', when: automated },
  { kind: 'multiline', name: 'automatedDecision.significance', label: 'automatedSignificance', when: automated },
  {
    kind: 'multiline',
    name: 'automatedDecision.safeguards',
    label: 'automatedSafeguards',
    hint: 'art22_3',
    when: automated,
  },
]);

/** The WP248 criteria, and how many are ticked: two or more usually call for a DPIA. */
const Wp248 = ({ control, t, o }: { control: Control<C>; t: Translate; o: ActivityOptions }) => {
  const ticked: readonly string[] = useWatch({ control, name: 'dpia.wp248' }) ?? [];
  return (
    <Stack sx={{ gap: 0.5 }}>
      <FormFields specs={[{ kind: 'checkboxes', name: 'dpia.wp248', options: o.wp248 }]} control={control} t={t} />
      <Typography variant="body2" color="text.secondary">
        {t('help.wp248Count', { count: ticked.length })}
      </Typography>
    </Stack>
  );
};

const DpiaSection = specSection<C>(({ t, o, dpiaSuggestion }) => [
  section(
    t,
    'dpiaScreening',
    2,
    [
      { kind: 'checkboxes', name: 'dpia.art35_3', options: o.art35_3 },
      { kind: 'custom', key: 'wp248', render: (control) => <Wp248 control={control} t={t} o={o} /> },
      { kind: 'chips', name: 'dpia.cnilList', hint: true, full: true },
      ...(dpiaSuggestion ? [custom<C>('dpiaSuggestion', dpiaSuggestion, { full: true })] : []),
    ],
    t('sectionHelp.dpia'),
  ),
  section(
    t,
    'dpiaOutcome',
    2,
    [
      { kind: 'select', name: 'dpia.result', label: 'dpiaResult', options: o.dpiaResult },
      { kind: 'date', name: 'dpia.screenedOn' },
      { kind: 'multiline', name: 'dpia.reasoning', full: true },
      { kind: 'text', name: 'dpia.outcome', label: 'dpiaOutcome' },
      { kind: 'date', name: 'dpia.completedOn' },
      { kind: 'text', name: 'dpia.reference', label: 'dpiaReference' },
    ],
    null,
  ),
]);

/** Cookies as a compact table: a website can set dozens, each needs four short facts. */
const CookieTable = ({ control }: { control: Control<C> }) => {
  const { t } = useTranslation('activities');
  const { fields, append, remove } = useFieldArray({ control, name: 'cookies', keyName: 'key' });
  return (
    <>
      <Paper variant="outlined">
        <Table size="small" aria-label={t('fields.cookies')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('fields.cookieName')}</TableCell>
              <TableCell>{t('fields.cookieProvider')}</TableCell>
              <TableCell>{t('fields.cookiePurpose')}</TableCell>
              <TableCell>{t('fields.cookieDuration')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {fields.map((f, i) => (
              <TableRow key={f.key}>
                {(['name', 'provider', 'purpose', 'duration'] as const).map((k) => (
                  <TableCell key={k} sx={{ px: 1 }}>
                    <FormTextField
                      name={`cookies.${i}.${k}`}
                      label={t(`fields.cookie${k[0]?.toUpperCase()}${k.slice(1)}`)}
                      required={k === 'name'}
                    />
                  </TableCell>
                ))}
                <TableCell padding="checkbox">
                  <Tooltip title={t('actions.removeCookie')}>
                    <IconButton aria-label={t('actions.removeCookie')} onClick={() => remove(i)}>
                      <DeleteOutlineIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
      <Box>
        <Button startIcon={<AddIcon />} onClick={() => append(newCookie())}>
          {t('actions.addCookie')}
        </Button>
      </Box>
    </>
  );
};

const CookiesSection = card<C>('cookies', 1, () => [
  { kind: 'switch', name: 'websiteAnalytics' },
  { kind: 'custom', key: 'cookies', render: (control) => <CookieTable control={control} /> },
]);

// ---------------------------------------------------------------------------------------------
// Processor record (Art. 30(2))

const ClientSection = card<P>('client', 2, () => [
  { kind: 'text', name: 'client.name', label: 'clientName', required: true, full: true },
  { kind: 'text', name: 'client.email', type: 'email' },
  { kind: 'text', name: 'client.phone' },
  { kind: 'text', name: 'client.address.street' },
  { kind: 'text', name: 'client.address.postalCode' },
  { kind: 'text', name: 'client.address.city' },
  { kind: 'country', name: 'client.address.country' },
  { kind: 'text', name: 'client.representative', hint: true },
  { kind: 'text', name: 'client.dpoContact' },
]);

/** Categories of processing are plain strings, which useFieldArray does not manage: edited as a list. */
const CategoryList = ({ control }: { control: Control<P> }) => {
  const { t } = useTranslation('activities');
  const { setValue } = useFormContext<P>();
  const items = useWatch({ control, name: 'processingCategories' }) ?? [];
  const set = (next: string[]) => setValue('processingCategories', next, { shouldDirty: true });
  return (
    <>
      {items.length === 0 && <Typography color="text.secondary">{t('empty.categories')}</Typography>}
      {items.map((_v, i) => (
        <Stack key={i} direction="row" sx={{ gap: 1, alignItems: 'flex-start' }}>
          <FormTextField name={`processingCategories.${i}`} label={`${t('items.category')} ${i + 1}`} required />
          <Tooltip title={t('actions.removeCategory')}>
            <IconButton
              aria-label={`${t('actions.removeCategory')} ${i + 1}`}
              onClick={() => set(items.filter((_x, j) => j !== i))}
            >
              <DeleteOutlineIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        </Stack>
      ))}
      <Box>
        <Button startIcon={<AddIcon />} onClick={() => set([...items, ''])}>
          {t('actions.addCategory')}
        </Button>
      </Box>
    </>
  );
};

const CategoriesSection = card<P>('categories', 1, () => [
  { kind: 'custom', key: 'items', render: (control) => <CategoryList control={control} /> },
]);

/** The editor's sections by name. */
export const SECTION_COMPONENTS: Record<ActivitySection, ComponentType<SectionContext & { meta?: ReactNode }>> = {
  general: GeneralSection,
  purposes: PurposesSection,
  people: PeopleSection,
  sources: SourcesSection,
  collection: CollectionSection,
  recipients: RecipientsSection,
  processors: RecipientsSection,
  transfers: TransfersSection,
  retention: RetentionSection,
  security: SecuritySection,
  joint: JointSection,
  automated: AutomatedSection,
  dpia: DpiaSection,
  cookies: CookiesSection,
  review: ReviewSection,
  client: ClientSection,
  categories: CategoriesSection,
};
