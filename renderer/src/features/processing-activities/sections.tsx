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
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { FormArraySection, FormSection, Full, type LinkOption } from '../../components';
import {
  enumOptions,
  FormCheckboxGroup,
  FormFields,
  type FieldSpec,
  FormCountryPicker,
  FormDateField,
  FormFreeChips,
  FormMultiSelectChips,
  FormNumberField,
  FormSelect,
  FormSwitch,
  FormTextField,
} from '../../components/form';
import {
  dataSubjectsBandSchema,
  localToday,
  subProcessorsOf,
  TRANSFER_MECHANISM_ARTICLE,
  transferRecipientName,
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
} from './activity-model';
import { LinkField } from './LinkField';
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

// ---------------------------------------------------------------------------------------------
// General and review (both kinds)

const MarkReviewedButton = () => {
  const { t } = useTranslation('activities');
  const { setValue } = useFormContext();
  return (
    <Button
      startIcon={<EventAvailableIcon />}
      onClick={() => setValue('lastReviewedOn', localToday(), { shouldDirty: true, shouldValidate: true })}
      // One line beside the date field: the full-width field otherwise squeezes "Revue faite
      // aujourd'hui" onto two lines (three in German).
      sx={{ alignSelf: 'center', flexShrink: 0, whiteSpace: 'nowrap' }}
    >
      {t('actions.markReviewedToday')}
    </Button>
  );
};

/** The date and its button on a row of their own: in one column of the grid the button left the date "Last reviewe…". */
const ReviewDate = () => {
  const { t } = useTranslation('activities');
  return (
    <Full>
      <Stack direction="row" sx={{ gap: 1, alignItems: 'flex-start' }}>
        <Box sx={{ width: 240, flexShrink: 0 }}>
          <FormDateField name="lastReviewedOn" label={t('fields.lastReviewedOn')} />
        </Box>
        <MarkReviewedButton />
      </Stack>
    </Full>
  );
};

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
];

export const GeneralSection = ({ kind }: SectionContext) => {
  const { t } = useTranslation('activities');
  const o = useActivityOptions();
  const { control } = useFormContext<C>();
  return (
    <FormSection title={t('sections.general')} description={t(`sectionHelp.general.${kind}`)}>
      <FormFields specs={generalFields(kind, o)} control={control} t={t} hints="help" />
      <ReviewDate />
    </FormSection>
  );
};

export const ReviewSection = ({ meta }: SectionContext & { meta?: ReactNode }) => {
  const { t } = useTranslation('activities');
  const o = useActivityOptions();
  return (
    <FormSection title={t('sections.review')} description={t('sectionHelp.review')}>
      <ReviewDate />
      <FormSelect name="status" label={t('fields.status')} options={o.status} />
      {meta && <Full>{meta}</Full>}
    </FormSection>
  );
};

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
    {
      kind: 'text',
      name: `purposes.${i}.art10Authorisation`,
      hint: 'art10',
      when: hasCriminalOffenceData,
    },
    { kind: 'switch', name: `purposes.${i}.directMarketing`, hint: true },
  ];
};

export const PurposesSection = () => {
  const { t } = useTranslation('activities');
  const o = useActivityOptions();
  const { control } = useFormContext<C>();
  return (
    <FormSection title={t('sections.purposes')} description={t('sectionHelp.purposes')} columns={1}>
      <FormArraySection
        control={control}
        name="purposes"
        title={t('fields.purposes')}
        itemLabel={t('items.purpose')}
        newItem={newPurpose}
        emptyText={t('empty.purposes')}
        renderItem={(i) => <FormFields specs={purposeFields(i, o)} control={control} t={t} hints="help" />}
      />
    </FormSection>
  );
};

// ---------------------------------------------------------------------------------------------
// People and data (Art. 30(1)(c)), with the retention of each category inline (Art. 30(1)(f))

const RetentionFields = ({ base, o }: { base: string; o: ActivityOptions }) => {
  const { t } = useTranslation('activities');
  const { t: tt } = useTranslation('templates');
  return (
    <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: '110px 130px 1fr 1fr 1fr' } }}>
      <FormNumberField name={`${base}.period`} label={t('fields.retentionPeriod')} />
      <FormSelect name={`${base}.unit`} label={t('fields.retentionUnit')} options={o.retentionUnit} />
      <FormTextField name={`${base}.criteria`} label={t('fields.retentionCriteria')} />
      <FormTextField name={`${base}.startEvent`} label={t('fields.retentionStart')} />
      <FormTextField name={`${base}.source`} label={tt('origin.sourceField')} />
    </Box>
  );
};

const DataCategoryItem = ({ index, o }: { index: number; o: ActivityOptions }) => {
  const { t } = useTranslation('activities');
  const base = `dataCategories.${index}`;
  return (
    <>
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) minmax(0, 1fr)' } }}>
        <FormTextField name={`${base}.name`} label={t('fields.dataCategory')} required />
        <FormSelect
          name={`${base}.specialCategory`}
          label={t('fields.specialCategory')}
          options={o.specialCategory}
          nullable
          emptyLabel={t('fields.notSpecial')}
        />
        <FormTextField name={`${base}.description`} label={t('fields.description')} />
        <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
          <FormSwitch name={`${base}.criminalOffence`} label={t('fields.criminalOffence')} />
          <FormSwitch name={`${base}.nationalIdNumber`} label={t('fields.nationalIdNumber')} />
        </Stack>
      </Box>
      <Typography variant="caption" color="text.secondary">
        {t('fields.retention')}
      </Typography>
      <RetentionFields base={`${base}.retention`} o={o} />
    </>
  );
};

export const PeopleSection = () => {
  const { t } = useTranslation('activities');
  const o = useActivityOptions();
  const { control } = useFormContext<C>();
  return (
    <>
      <FormSection title={t('sections.dataSubjects')} description={t('sectionHelp.dataSubjects')} columns={1}>
        <FormArraySection
          control={control}
          name="dataSubjectCategories"
          title={t('fields.dataSubjectCategories')}
          itemLabel={t('items.dataSubjectCategory')}
          newItem={newDataSubjectCategory}
          emptyText={t('empty.dataSubjects')}
          renderItem={(i) => (
            <Box
              sx={{
                display: 'grid',
                gap: 1.5,
                gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) minmax(0, 2fr)' },
              }}
            >
              <FormTextField
                name={`dataSubjectCategories.${i}.name`}
                label={t('fields.dataSubjectCategory')}
                required
              />
              <FormTextField name={`dataSubjectCategories.${i}.description`} label={t('fields.description')} />
            </Box>
          )}
        />
        <FormSelect
          control={control}
          name="estimatedDataSubjects"
          label={t('data-subjects:field')}
          helperText={t('data-subjects:hint')}
          nullable
          emptyLabel={t('data-subjects:notAnswered')}
          options={enumOptions(dataSubjectsBandSchema.options, (b) => t(`data-subjects:band.${b}`))}
        />
      </FormSection>
      <FormSection title={t('sections.dataCategories')} description={t('sectionHelp.dataCategories')} columns={1}>
        <FormArraySection
          control={control}
          name="dataCategories"
          title={t('fields.dataCategories')}
          itemLabel={t('items.dataCategory')}
          newItem={newDataCategory}
          emptyText={t('empty.dataCategories')}
          renderItem={(i) => <DataCategoryItem index={i} o={o} />}
        />
      </FormSection>
    </>
  );
};

/** Retention of every data category at a glance, one row each, editable in place. */
export const RetentionSection = () => {
  const { t } = useTranslation('activities');
  const o = useActivityOptions();
  const categories = useWatch<C, 'dataCategories'>({ name: 'dataCategories' }) ?? [];
  return (
    <FormSection title={t('sections.retention')} description={t('sectionHelp.retention')} columns={1}>
      {categories.length === 0 && <Typography color="text.secondary">{t('empty.retention')}</Typography>}
      {categories.map((c, i) => (
        <Box key={c.id} role="group" aria-label={t('retentionOf', { name: c.name || `#${i + 1}` })}>
          <Typography variant="subtitle2" sx={{ mb: 1 }}>
            {c.name || t('items.unnamed')}
          </Typography>
          <RetentionFields base={`dataCategories.${i}.retention`} o={o} />
        </Box>
      ))}
    </FormSection>
  );
};

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

export const SourcesSection = () => {
  const { t } = useTranslation('activities');
  const { control } = useFormContext<C>();
  const own = useOwnOptions();
  const fromSubject = useWatch<C, 'collectedFromDataSubject'>({ name: 'collectedFromDataSubject' });
  return (
    <FormSection title={t('sections.sources')} description={t('sectionHelp.sources')} columns={1}>
      <FormSwitch
        name="collectedFromDataSubject"
        label={t('fields.collectedFromDataSubject')}
        helperText={t('help.collectedFromDataSubject')}
      />
      {!fromSubject && <Alert severity="info">{t('help.art14')}</Alert>}
      <FormArraySection
        control={control}
        name="sources"
        title={t('fields.sources')}
        itemLabel={t('items.source')}
        newItem={newSource}
        emptyText={t('empty.sources')}
        renderItem={(i) => (
          <>
            <FormTextField name={`sources.${i}.description`} label={t('fields.source')} required />
            <FormMultiSelectChips
              name={`sources.${i}.dataCategoryIds`}
              label={t('fields.sourceCategories')}
              options={own.categories}
            />
            <FormSwitch name={`sources.${i}.publiclyAccessible`} label={t('fields.publiclyAccessible')} />
          </>
        )}
      />
    </FormSection>
  );
};

export const CollectionSection = () => {
  const { t } = useTranslation('activities');
  const { t: ts } = useTranslation('statements');
  const o = useActivityOptions();
  const { control } = useFormContext<C>();
  const own = useOwnOptions();
  return (
    <>
      <FormSection title={t('sections.requirement')} description={t('sectionHelp.requirement')}>
        <FormSelect
          name="requirement"
          label={t('fields.requirement')}
          options={o.requirement}
          nullable
          emptyLabel={ts('activity.requirementUnanswered')}
        />
        <FormTextField name="consequenceOfNotProviding" label={t('fields.consequence')} />
      </FormSection>
      <FormSection title={t('sections.collection')} description={t('sectionHelp.collection')} columns={1}>
        <FormArraySection
          control={control}
          name="collectionPoints"
          title={t('fields.collectionPoints')}
          itemLabel={t('items.collectionPoint')}
          newItem={newCollectionPoint}
          emptyText={t('empty.collectionPoints')}
          renderItem={(i) => (
            <Box
              sx={{
                display: 'grid',
                gap: 1.5,
                gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) minmax(0, 1fr)' },
              }}
            >
              <FormTextField name={`collectionPoints.${i}.name`} label={t('fields.collectionPoint')} required />
              <FormTextField name={`collectionPoints.${i}.description`} label={t('fields.description')} />
              <FormMultiSelectChips
                name={`collectionPoints.${i}.dataCategoryIds`}
                label={t('fields.dataCategories')}
                options={own.categories}
              />
              <FormMultiSelectChips
                name={`collectionPoints.${i}.purposeIds`}
                label={t('fields.purposes')}
                options={own.purposes}
              />
              <FormTextField name={`collectionPoints.${i}.retentionSummary`} label={t('fields.retentionSummary')} />
              <FormSelect
                name={`collectionPoints.${i}.requirement`}
                label={t('fields.requirement')}
                options={o.requirement}
                nullable
                emptyLabel={ts('activity.requirementAsActivity')}
              />
              <Box sx={{ gridColumn: '1 / -1' }}>
                <FormTextField
                  name={`collectionPoints.${i}.consequenceOfNotProviding`}
                  label={t('fields.consequence')}
                />
              </Box>
            </Box>
          )}
        />
      </FormSection>
    </>
  );
};

// ---------------------------------------------------------------------------------------------
// Links to the organisation's records

const useLinkOptions = (linkables: Linkables | undefined) => {
  const { t } = useTranslation('activities');
  const o = useActivityOptions();
  return useMemo(() => {
    if (!linkables) return undefined;
    const processorName = new Map(linkables.processors.map((p) => [p.id, p.name]));
    const recipients: LinkOption[] = linkables.recipients.map((r) => ({
      id: r.id,
      label: r.name,
      secondary: [t(`enums.recipientCategory.${r.category}`), o.countryName(r.country)].filter(Boolean).join(' · '),
    }));
    const processors: LinkOption[] = linkables.processors.map((p) => ({
      id: p.id,
      label: p.name,
      secondary: [
        p.parentProcessorId ? t('links.subProcessorOf', { name: processorName.get(p.parentProcessorId) ?? '?' }) : '',
        p.service,
        p.countries.map(o.countryName).join(', '),
      ]
        .filter(Boolean)
        .join(' · '),
    }));
    const transfers: LinkOption[] = linkables.transfers.map((x) => ({
      id: x.id,
      label: `${transferRecipientName(x, linkables)} → ${x.destinationType === 'country' ? o.countryName(x.country) : x.internationalOrganisation}`,
      secondary: `${t(`enums.mechanism.${x.mechanism}`)} (${TRANSFER_MECHANISM_ARTICLE[x.mechanism]})`,
    }));
    const securityMeasures: LinkOption[] = linkables.securityMeasures.map((m) => ({
      id: m.id,
      label: m.title,
      secondary: t(`enums.securityCategory.${m.category}`),
    }));
    return { recipients, processors, transfers, securityMeasures };
  }, [linkables, o, t]);
};

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

export const RecipientsSection = ({ kind, linkables, organisationId }: SectionContext) => {
  const { t } = useTranslation('activities');
  const options = useLinkOptions(linkables);
  return (
    <FormSection
      title={t(kind === 'controller' ? 'sections.recipients' : 'sections.processors')}
      description={t(kind === 'controller' ? 'sectionHelp.recipients' : 'sectionHelp.subProcessors')}
      columns={1}
    >
      {kind === 'controller' && (
        <LinkField
          name="recipientIds"
          label={t('fields.recipients')}
          entity="recipient"
          options={options?.recipients}
          linkables={linkables}
          organisationId={organisationId}
        />
      )}
      <LinkField
        name="processorIds"
        label={t(kind === 'controller' ? 'fields.processors' : 'fields.subProcessors')}
        entity="processor"
        options={options?.processors}
        linkables={linkables}
        organisationId={organisationId}
      />
      <SubProcessorChains linkables={linkables} />
    </FormSection>
  );
};

export const TransfersSection = ({ linkables, organisationId }: SectionContext) => {
  const { t } = useTranslation('activities');
  const options = useLinkOptions(linkables);
  return (
    <FormSection title={t('sections.transfers')} description={t('sectionHelp.transfers')} columns={1}>
      <LinkField
        name="transferIds"
        label={t('fields.transfers')}
        entity="transfer"
        options={options?.transfers}
        linkables={linkables}
        organisationId={organisationId}
        helperText={t('help.transfers')}
      />
    </FormSection>
  );
};

export const SecuritySection = ({ linkables, organisationId }: SectionContext) => {
  const { t } = useTranslation('activities');
  const options = useLinkOptions(linkables);
  return (
    <FormSection title={t('sections.security')} description={t('sectionHelp.security')} columns={1}>
      <LinkField
        name="securityMeasureIds"
        label={t('fields.securityMeasures')}
        entity="securityMeasure"
        options={options?.securityMeasures}
        linkables={linkables}
        organisationId={organisationId}
      />
    </FormSection>
  );
};

// ---------------------------------------------------------------------------------------------
// Joint controllers (Art. 26), automated decisions (Art. 22), DPIA (Art. 35), cookies

const AddressFields = ({ base }: { base: string }) => {
  const { t } = useTranslation('activities');
  return (
    <>
      <FormTextField name={`${base}.street`} label={t('fields.street')} />
      <FormTextField name={`${base}.postalCode`} label={t('fields.postalCode')} />
      <FormTextField name={`${base}.city`} label={t('fields.city')} />
      <FormCountryPicker name={`${base}.country`} label={t('fields.country')} />
    </>
  );
};

export const JointSection = () => {
  const { t } = useTranslation('activities');
  const { control } = useFormContext<C>();
  return (
    <FormSection title={t('sections.joint')} description={t('sectionHelp.joint')} columns={1}>
      <FormArraySection
        control={control}
        name="jointControllers"
        title={t('fields.jointControllers')}
        itemLabel={t('items.jointController')}
        newItem={newJointController}
        emptyText={t('empty.jointControllers')}
        renderItem={(i) => (
          <Box
            sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) minmax(0, 1fr)' } }}
          >
            <FormTextField name={`jointControllers.${i}.name`} label={t('fields.jointControllerName')} required />
            <FormTextField name={`jointControllers.${i}.email`} type="email" label={t('fields.email')} />
            <FormTextField name={`jointControllers.${i}.phone`} label={t('fields.phone')} />
            <AddressFields base={`jointControllers.${i}.address`} />
            <Box sx={{ gridColumn: '1 / -1' }}>
              <FormTextField
                name={`jointControllers.${i}.arrangementSummary`}
                label={t('fields.arrangement')}
                helperText={t('help.arrangement')}
                multiline
              />
            </Box>
          </Box>
        )}
      />
    </FormSection>
  );
};

const automated = (v: C) => v.automatedDecision.exists;
const automatedFields: FieldSpec<C>[] = [
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
];

export const AutomatedSection = () => {
  const { t } = useTranslation('activities');
  const { control } = useFormContext<C>();
  return (
    <FormSection title={t('sections.automated')} description={t('sectionHelp.automated')} columns={1}>
      <FormFields specs={automatedFields} control={control} t={t} hints="help" />
    </FormSection>
  );
};

const dpiaOutcomeFields = (o: ActivityOptions): FieldSpec<C>[] => [
  { kind: 'select', name: 'dpia.result', label: 'dpiaResult', options: o.dpiaResult },
  { kind: 'date', name: 'dpia.screenedOn' },
  { kind: 'multiline', name: 'dpia.reasoning', full: true },
  { kind: 'text', name: 'dpia.outcome', label: 'dpiaOutcome' },
  { kind: 'date', name: 'dpia.completedOn' },
  { kind: 'text', name: 'dpia.reference', label: 'dpiaReference' },
];

export const DpiaSection = ({ dpiaSuggestion }: SectionContext) => {
  const { t } = useTranslation('activities');
  const o = useActivityOptions();
  const { control } = useFormContext<C>();
  const ticked: readonly string[] = useWatch<C, 'dpia.wp248'>({ name: 'dpia.wp248' }) ?? [];
  return (
    <>
      <FormSection title={t('sections.dpiaScreening')} description={t('sectionHelp.dpia')}>
        <FormCheckboxGroup name="dpia.art35_3" label={t('fields.art35_3')} options={o.art35_3} />
        <Stack sx={{ gap: 0.5 }}>
          <FormCheckboxGroup name="dpia.wp248" label={t('fields.wp248')} options={o.wp248} />
          <Typography variant="body2" color="text.secondary">
            {t('help.wp248Count', { count: ticked.length })}
          </Typography>
        </Stack>
        <Full>
          <FormFreeChips name="dpia.cnilList" label={t('fields.cnilList')} helperText={t('help.cnilList')} />
        </Full>
        {dpiaSuggestion && <Full>{dpiaSuggestion}</Full>}
      </FormSection>
      <FormSection title={t('sections.dpiaOutcome')}>
        <FormFields specs={dpiaOutcomeFields(o)} control={control} t={t} />
      </FormSection>
    </>
  );
};

/** Cookies as a compact table: a website can set dozens, each needs four short facts. */
export const CookiesSection = () => {
  const { t } = useTranslation('activities');
  const { control } = useFormContext<C>();
  const { fields, append, remove } = useFieldArray({ control, name: 'cookies', keyName: 'key' });
  return (
    <FormSection title={t('sections.cookies')} description={t('sectionHelp.cookies')} columns={1}>
      <FormSwitch name="websiteAnalytics" label={t('fields.websiteAnalytics')} />
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
    </FormSection>
  );
};

// ---------------------------------------------------------------------------------------------
// Processor record (Art. 30(2))

const clientFields: FieldSpec<P>[] = [
  { kind: 'text', name: 'client.name', label: 'clientName', required: true, full: true },
  { kind: 'text', name: 'client.email', type: 'email' },
  { kind: 'text', name: 'client.phone' },
  { kind: 'text', name: 'client.address.street' },
  { kind: 'text', name: 'client.address.postalCode' },
  { kind: 'text', name: 'client.address.city' },
  { kind: 'country', name: 'client.address.country' },
  { kind: 'text', name: 'client.representative', hint: true },
  { kind: 'text', name: 'client.dpoContact' },
];

export const ClientSection = () => {
  const { t } = useTranslation('activities');
  const { control } = useFormContext<P>();
  return (
    <FormSection title={t('sections.client')} description={t('sectionHelp.client')}>
      <FormFields specs={clientFields} control={control} t={t} hints="help" />
    </FormSection>
  );
};

/** Categories of processing are plain strings, which useFieldArray does not manage: edited as a list. */
export const CategoriesSection = () => {
  const { t } = useTranslation('activities');
  const { setValue, control } = useFormContext<P>();
  const items = useWatch({ control, name: 'processingCategories' }) ?? [];
  const set = (next: string[]) => setValue('processingCategories', next, { shouldDirty: true });
  return (
    <FormSection title={t('sections.categories')} description={t('sectionHelp.categories')} columns={1}>
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
    </FormSection>
  );
};
