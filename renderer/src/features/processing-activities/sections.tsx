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
  subProcessorsOf,
  TRANSFER_MECHANISM_ARTICLE,
  type ControllerActivityContent,
  type DataCategory,
  type LegalBasis,
  type ProcessorActivityContent,
  type Purpose,
} from '../../domain';
import {
  newCollectionPoint,
  newCookie,
  newDataCategory,
  newDataSubjectCategory,
  newJointController,
  newPurpose,
  newSource,
  todayIso,
  type ActivityKind,
} from './activity-model';
import {
  CheckboxGroupInput,
  ChipsInput,
  CountryInput,
  MultiSelectInput,
  NumberInput,
  SelectInput,
  SwitchInput,
  TextInput,
} from './fields';
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
      onClick={() => setValue('lastReviewedOn', todayIso(), { shouldDirty: true, shouldValidate: true })}
      sx={{ alignSelf: 'flex-start' }}
    >
      {t('actions.markReviewedToday')}
    </Button>
  );
};

const ReviewDate = () => {
  const { t } = useTranslation('activities');
  return (
    <Stack direction="row" sx={{ gap: 1, alignItems: 'flex-start' }}>
      <TextInput name="lastReviewedOn" type="date" label={t('fields.lastReviewedOn')} />
      <MarkReviewedButton />
    </Stack>
  );
};

export const GeneralSection = ({ kind }: SectionContext) => {
  const { t } = useTranslation('activities');
  const o = useActivityOptions();
  return (
    <FormSection title={t('sections.general')} description={t(`sectionHelp.general.${kind}`)}>
      <Full>
        <TextInput name="name" label={t('fields.name')} required />
      </Full>
      <TextInput name="reference" label={t('fields.reference')} helperText={t('help.reference')} />
      <SelectInput name="status" label={t('fields.status')} options={o.status} />
      <TextInput name="department" label={t('fields.department')} />
      <TextInput name="owner" label={t('fields.owner')} />
      <Full>
        <TextInput name="description" label={t('fields.description')} multiline />
      </Full>
      {kind === 'controller' && (
        <>
          <TextInput name="software" label={t('fields.software')} />
          <MultiSelectInput
            name="audiences"
            label={t('fields.audiences')}
            options={o.audience}
            helperText={t('help.audiences')}
          />
          <Full>
            <SwitchInput name="occasional" label={t('fields.occasional')} helperText={t('help.occasional')} />
          </Full>
        </>
      )}
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
      <SelectInput name="status" label={t('fields.status')} options={o.status} />
      {meta && <Full>{meta}</Full>}
    </FormSection>
  );
};

// ---------------------------------------------------------------------------------------------
// Purposes and legal bases (Art. 6, 9, 10)

const PurposeItem = ({ index, o }: { index: number; o: ActivityOptions }) => {
  const { t } = useTranslation('activities');
  const base = `purposes.${index}`;
  const basis = useWatch({ name: `${base}.legalBasis` }) as LegalBasis;
  const categories = useWatch({ name: 'dataCategories' }) as DataCategory[] | undefined;
  const special = (categories ?? []).some((d) => d.specialCategory !== null);
  const criminal = (categories ?? []).some((d) => d.criminalOffence);
  return (
    <>
      <TextInput name={`${base}.description`} label={t('fields.purpose')} required multiline />
      <SelectInput name={`${base}.legalBasis`} label={t('fields.legalBasis')} options={o.legalBasis} required />
      {basis === 'legitimate_interests' && (
        <TextInput
          name={`${base}.legitimateInterest`}
          label={t('fields.legitimateInterest')}
          helperText={t('help.legitimateInterest')}
          required
          multiline
        />
      )}
      {(basis === 'legal_obligation' || basis === 'public_task') && (
        <TextInput
          name={`${base}.legalReference`}
          label={t('fields.legalReference')}
          helperText={t('help.legalReference')}
        />
      )}
      {special && (
        <SelectInput
          name={`${base}.art9Condition`}
          label={t('fields.art9Condition')}
          options={o.art9Condition}
          nullable
          emptyLabel={t('fields.none')}
          helperText={t('help.art9Condition')}
        />
      )}
      {criminal && (
        <TextInput
          name={`${base}.art10Authorisation`}
          label={t('fields.art10Authorisation')}
          helperText={t('help.art10')}
        />
      )}
      <SwitchInput
        name={`${base}.directMarketing`}
        label={t('fields.directMarketing')}
        helperText={t('help.directMarketing')}
      />
    </>
  );
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
        renderItem={(i) => <PurposeItem index={i} o={o} />}
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
      <NumberInput name={`${base}.period`} label={t('fields.retentionPeriod')} />
      <SelectInput name={`${base}.unit`} label={t('fields.retentionUnit')} options={o.retentionUnit} />
      <TextInput name={`${base}.criteria`} label={t('fields.retentionCriteria')} />
      <TextInput name={`${base}.startEvent`} label={t('fields.retentionStart')} />
      <TextInput name={`${base}.source`} label={tt('origin.sourceField')} />
    </Box>
  );
};

const DataCategoryItem = ({ index, o }: { index: number; o: ActivityOptions }) => {
  const { t } = useTranslation('activities');
  const base = `dataCategories.${index}`;
  return (
    <>
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        <TextInput name={`${base}.name`} label={t('fields.dataCategory')} required />
        <SelectInput
          name={`${base}.specialCategory`}
          label={t('fields.specialCategory')}
          options={o.specialCategory}
          nullable
          emptyLabel={t('fields.notSpecial')}
        />
        <TextInput name={`${base}.description`} label={t('fields.description')} />
        <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
          <SwitchInput name={`${base}.criminalOffence`} label={t('fields.criminalOffence')} />
          <SwitchInput name={`${base}.nationalIdNumber`} label={t('fields.nationalIdNumber')} />
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
            <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: '1fr 2fr' } }}>
              <TextInput name={`dataSubjectCategories.${i}.name`} label={t('fields.dataSubjectCategory')} required />
              <TextInput name={`dataSubjectCategories.${i}.description`} label={t('fields.description')} />
            </Box>
          )}
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
  const categories = (useWatch({ name: 'dataCategories' }) as DataCategory[] | undefined) ?? [];
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
  const [categories, purposes] = useWatch({ name: ['dataCategories', 'purposes'] }) as [
    DataCategory[] | undefined,
    Purpose[] | undefined,
  ];
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
  const fromSubject = useWatch({ name: 'collectedFromDataSubject' }) as boolean;
  return (
    <FormSection title={t('sections.sources')} description={t('sectionHelp.sources')} columns={1}>
      <SwitchInput
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
            <TextInput name={`sources.${i}.description`} label={t('fields.source')} required />
            <MultiSelectInput
              name={`sources.${i}.dataCategoryIds`}
              label={t('fields.sourceCategories')}
              options={own.categories}
            />
            <SwitchInput name={`sources.${i}.publiclyAccessible`} label={t('fields.publiclyAccessible')} />
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
        <SelectInput
          name="requirement"
          label={t('fields.requirement')}
          options={o.requirement}
          nullable
          emptyLabel={ts('activity.requirementUnanswered')}
        />
        <TextInput name="consequenceOfNotProviding" label={t('fields.consequence')} />
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
            <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
              <TextInput name={`collectionPoints.${i}.name`} label={t('fields.collectionPoint')} required />
              <TextInput name={`collectionPoints.${i}.description`} label={t('fields.description')} />
              <MultiSelectInput
                name={`collectionPoints.${i}.dataCategoryIds`}
                label={t('fields.dataCategories')}
                options={own.categories}
              />
              <MultiSelectInput
                name={`collectionPoints.${i}.purposeIds`}
                label={t('fields.purposes')}
                options={own.purposes}
              />
              <TextInput name={`collectionPoints.${i}.retentionSummary`} label={t('fields.retentionSummary')} />
              <SelectInput
                name={`collectionPoints.${i}.requirement`}
                label={t('fields.requirement')}
                options={o.requirement}
                nullable
                emptyLabel={ts('activity.requirementAsActivity')}
              />
              <Box sx={{ gridColumn: '1 / -1' }}>
                <TextInput name={`collectionPoints.${i}.consequenceOfNotProviding`} label={t('fields.consequence')} />
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
      label: `${x.recipientName} → ${x.destinationType === 'country' ? o.countryName(x.country) : x.internationalOrganisation}`,
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
  const ids = (useWatch({ name: 'processorIds' }) as string[] | undefined) ?? [];
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

const AddressFields = ({ base, o }: { base: string; o: ActivityOptions }) => {
  const { t } = useTranslation('activities');
  return (
    <>
      <TextInput name={`${base}.street`} label={t('fields.street')} />
      <TextInput name={`${base}.postalCode`} label={t('fields.postalCode')} />
      <TextInput name={`${base}.city`} label={t('fields.city')} />
      <CountryInput name={`${base}.country`} label={t('fields.country')} options={o.countries} />
    </>
  );
};

export const JointSection = () => {
  const { t } = useTranslation('activities');
  const o = useActivityOptions();
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
          <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
            <TextInput name={`jointControllers.${i}.name`} label={t('fields.jointControllerName')} required />
            <TextInput name={`jointControllers.${i}.email`} type="email" label={t('fields.email')} />
            <TextInput name={`jointControllers.${i}.phone`} label={t('fields.phone')} />
            <AddressFields base={`jointControllers.${i}.address`} o={o} />
            <Box sx={{ gridColumn: '1 / -1' }}>
              <TextInput
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

export const AutomatedSection = () => {
  const { t } = useTranslation('activities');
  const exists = useWatch({ name: 'automatedDecision.exists' }) as boolean;
  return (
    <FormSection title={t('sections.automated')} description={t('sectionHelp.automated')} columns={1}>
      <SwitchInput name="automatedDecision.exists" label={t('fields.automatedExists')} />
      {exists && (
        <>
          <TextInput name="automatedDecision.logic" label={t('fields.automatedLogic')} multiline />
          <TextInput name="automatedDecision.significance" label={t('fields.automatedSignificance')} multiline />
          <TextInput
            name="automatedDecision.safeguards"
            label={t('fields.automatedSafeguards')}
            helperText={t('help.art22_3')}
            multiline
          />
        </>
      )}
    </FormSection>
  );
};

export const DpiaSection = ({ dpiaSuggestion }: SectionContext) => {
  const { t } = useTranslation('activities');
  const o = useActivityOptions();
  const ticked = (useWatch({ name: 'dpia.wp248' }) as string[] | undefined) ?? [];
  return (
    <>
      <FormSection title={t('sections.dpiaScreening')} description={t('sectionHelp.dpia')}>
        <CheckboxGroupInput name="dpia.art35_3" label={t('fields.art35_3')} options={o.art35_3} />
        <Stack sx={{ gap: 0.5 }}>
          <CheckboxGroupInput name="dpia.wp248" label={t('fields.wp248')} options={o.wp248} />
          <Typography variant="body2" color="text.secondary">
            {t('help.wp248Count', { count: ticked.length })}
          </Typography>
        </Stack>
        <Full>
          <ChipsInput name="dpia.cnilList" label={t('fields.cnilList')} helperText={t('help.cnilList')} />
        </Full>
        {dpiaSuggestion && <Full>{dpiaSuggestion}</Full>}
      </FormSection>
      <FormSection title={t('sections.dpiaOutcome')}>
        <SelectInput name="dpia.result" label={t('fields.dpiaResult')} options={o.dpiaResult} />
        <TextInput name="dpia.screenedOn" type="date" label={t('fields.screenedOn')} />
        <Full>
          <TextInput name="dpia.reasoning" label={t('fields.reasoning')} multiline />
        </Full>
        <TextInput name="dpia.outcome" label={t('fields.dpiaOutcome')} />
        <TextInput name="dpia.completedOn" type="date" label={t('fields.completedOn')} />
        <TextInput name="dpia.reference" label={t('fields.dpiaReference')} />
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
      <SwitchInput name="websiteAnalytics" label={t('fields.websiteAnalytics')} />
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
                    <TextInput
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

export const ClientSection = () => {
  const { t } = useTranslation('activities');
  const o = useActivityOptions();
  return (
    <FormSection title={t('sections.client')} description={t('sectionHelp.client')}>
      <Full>
        <TextInput name="client.name" label={t('fields.clientName')} required />
      </Full>
      <TextInput name="client.email" type="email" label={t('fields.email')} />
      <TextInput name="client.phone" label={t('fields.phone')} />
      <AddressFields base="client.address" o={o} />
      <TextInput
        name="client.representative"
        label={t('fields.representative')}
        helperText={t('help.representative')}
      />
      <TextInput name="client.dpoContact" label={t('fields.dpoContact')} />
    </FormSection>
  );
};

/** Categories of processing are plain strings, which useFieldArray does not manage: edited as a list. */
export const CategoriesSection = () => {
  const { t } = useTranslation('activities');
  const { setValue, control } = useFormContext<P>();
  const items = (useWatch({ control, name: 'processingCategories' }) as string[] | undefined) ?? [];
  const set = (next: string[]) => setValue('processingCategories', next, { shouldDirty: true });
  return (
    <FormSection title={t('sections.categories')} description={t('sectionHelp.categories')} columns={1}>
      {items.length === 0 && <Typography color="text.secondary">{t('empty.categories')}</Typography>}
      {items.map((_v, i) => (
        <Stack key={i} direction="row" sx={{ gap: 1, alignItems: 'flex-start' }}>
          <TextInput name={`processingCategories.${i}`} label={`${t('items.category')} ${i + 1}`} required />
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
