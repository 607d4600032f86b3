import { zodResolver } from '@hookform/resolvers/zod';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type { TFunction } from 'i18next';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { fieldDomId } from '../../components/form';
import { findFieldElement } from '../../components/form/focus-field';
import {
  DeleteRecordButton,
  FormActions,
  PageHeader,
  RecordNotFound,
  StatusChip,
  useNotify,
  useSaveRecord,
} from '../../components';
import { repositories } from '../../data/repositories';
import {
  activityContentSchema,
  activitySchema,
  isObject,
  isOneOf,
  type Activity,
  type ActivityContent,
  type ActivityInput,
} from '../../domain';
import {
  contentOf,
  emptyActivity,
  ACTIVITY_KINDS,
  errorPaths,
  sectionForPath,
  sectionShowsPath,
  type ActivitySection,
} from './activity-model';
import { DpiaScreeningSummary } from '../checks/DpiaScreeningSummary';
import { ActivityForm } from './ActivityForm';
import { TranslationHintsProvider } from '../translations';
import { DuplicateButton } from './duplicate';
import { useActivity, useLinkables } from './queries';
import { useUiDates } from '../../i18n/dates';

/**
 * The form's schema: the domain schema plus the rules a DPO expects the editor to enforce
 * while typing. Art. 13(1)(d): a purpose on legitimate interests must say which interest.
 */
const formSchema = (t: TFunction) =>
  activityContentSchema.superRefine((a, ctx) => {
    if (a.kind !== 'controller') return;
    a.purposes.forEach((p, i) => {
      if (p.legalBasis === 'legitimate_interests' && p.legitimateInterest.trim() === '')
        ctx.addIssue({
          code: 'custom',
          path: ['purposes', i, 'legitimateInterest'],
          message: t('activities:validation.legitimateInterestRequired'),
        });
    });
  });

/** Puts the cursor in the field of a dotted path (a group's first input, a link field's picker) and shows it. */
const focusField = (path: string) => {
  const target = findFieldElement(document, path) ?? document.getElementById(fieldDomId(path, 'activity'));
  const input = target?.matches('input, textarea, [role="combobox"], button') ? target : target?.querySelector('input');
  (input ?? target)?.focus();
  const el = document.activeElement;
  if (el && el !== document.body) el.scrollIntoView({ block: 'center' });
};

/**
 * What a new activity's first save hands to the address of the record it became: the record just
 * written (shown at once, with no loading step) and the key of the editor that wrote it. The new
 * record's address renders that same editor instance, so the form, its open section and the field
 * with the cursor never unmount: a key typed while the address changes lands in the field.
 */
interface CreatedHere {
  record: Activity;
  editorKey: string;
}

const createdHereOf = (state: unknown, id: string | undefined): CreatedHere | undefined => {
  if (!isObject(state) || !isObject(state.createdHere)) return undefined;
  const { record, editorKey } = state.createdHere;
  const parsed = activitySchema.safeParse(record);
  if (!parsed.success || parsed.data.id !== id || typeof editorKey !== 'string') return undefined;
  return { record: parsed.data, editorKey };
};

/**
 * Create (`/activities/new?kind=`) or edit (`/activities/:id/edit?field=`) an activity. Both
 * addresses render this component at the same place, so the editor a first save came from is the
 * one the record's address keeps showing.
 */
export const ActivityEdit = ({ mode }: { mode: 'create' | 'edit' }) => {
  const { t } = useTranslation('activities');
  const { id } = useParams();
  const [params] = useSearchParams();
  const { current } = useCurrentOrganisation();
  const location = useLocation();
  const createdHere = mode === 'edit' ? createdHereOf(location.state, id) : undefined;
  const stored = useActivity(mode === 'edit' ? id : undefined);
  const activity = stored === undefined && createdHere ? createdHere.record : stored;
  if (!current) return null;
  if (mode === 'create') {
    const kindParam = params.get('kind');
    const kind = isOneOf(ACTIVITY_KINDS, kindParam) ? kindParam : 'controller';
    // One editor per visit of the new-activity page: the next "New activity" starts blank.
    const editorKey = `new-${kind}-${location.key}`;
    return (
      <ActivityEditor key={editorKey} editorKey={editorKey} organisationId={current.id} initial={emptyActivity(kind)} />
    );
  }
  if (activity === undefined) return <CircularProgress aria-label={t('loading')} />;
  if (activity === null) return <RecordNotFound backTo="/activities" message={t('notFound')} />;
  const editorKey = createdHere?.editorKey ?? `record-${activity.id}`;
  return (
    <ActivityEditor
      key={editorKey}
      editorKey={editorKey}
      organisationId={activity.organisationId}
      initial={contentOf(activity)}
      record={activity}
      focusPath={params.get('field') ?? undefined}
    />
  );
};

const ActivityEditor = ({
  organisationId,
  initial,
  record,
  focusPath,
  editorKey,
}: {
  organisationId: string;
  initial: ActivityContent;
  record?: Activity;
  focusPath?: string | undefined;
  editorKey: string;
}) => {
  const { t, i18n } = useTranslation('activities');
  const navigate = useNavigate();
  const notify = useNotify();
  const fmt = useUiDates();
  const kind = initial.kind;
  const linkables = useLinkables(organisationId);
  const schema = useMemo(() => formSchema(i18n.t.bind(i18n)), [i18n]);
  const form = useForm<ActivityInput, unknown, ActivityContent>({
    defaultValues: initial,
    resolver: zodResolver(schema),
    mode: 'onTouched',
  });
  const [section, setSection] = useState<ActivitySection>(() =>
    focusPath ? sectionForPath(kind, focusPath) : 'general',
  );
  // The record's address keeps the router's state (this editor's key), but the browser's own entry
  // forgets it: a reload reads the stored record afresh.
  useEffect(() => {
    if (!record) return;
    const entry: unknown = window.history.state;
    if (isObject(entry) && isObject(entry.usr) && 'createdHere' in entry.usr)
      window.history.replaceState({ ...entry, usr: null }, '');
  }, [record]);
  const [pendingFocus, setPendingFocus] = useState<string | undefined>(focusPath);
  // A new deep link to the open record (same screen, another `?field=`) moves the cursor too.
  useEffect(() => {
    if (!focusPath) return;
    setSection(sectionForPath(kind, focusPath));
    setPendingFocus(focusPath);
  }, [focusPath, kind]);
  // The revision the form was loaded from (and then saved at): a save against a newer stored
  // revision is a conflict. The Delete button carries it too.
  const [openedRevision, setOpenedRevision] = useState(record?.revision);

  const saver = useSaveRecord(form, {
    save: async (values) => {
      const saved = record
        ? await repositories().activities.update(record.id, values, openedRevision)
        : await repositories().activities.create(values, organisationId);
      setOpenedRevision(saved.revision);
      return saved;
    },
    onSaved: (saved) => {
      notify({ severity: 'success', message: t('saved', { name: saved.name }) });
      if (!record) {
        const createdHere: CreatedHere = { record: saved, editorKey };
        void navigate(`/activities/${saved.id}/edit`, { replace: true, state: { createdHere } });
      }
    },
  });

  // After a failed save, open the section of the first problem and put the cursor on it
  // (the open section is kept when it has a problem itself).
  const { submit: saveNow } = saver;
  const submit = useCallback(
    async (e?: { preventDefault?(): void }) => {
      await saveNow(e);
      const paths = errorPaths(form.formState.errors);
      const first = paths[0];
      if (!first) return;
      setSection((open) => (paths.some((p) => sectionShowsPath(kind, open, p)) ? open : sectionForPath(kind, first)));
      setPendingFocus(first);
    },
    [saveNow, form, kind],
  );
  const editorSaver = useMemo(() => ({ ...saver, submit }), [saver, submit]);

  useEffect(() => {
    if (!pendingFocus) return;
    const timer = window.setTimeout(() => {
      focusField(pendingFocus);
      setPendingFocus(undefined);
    }, 50);
    return () => window.clearTimeout(timer);
  }, [pendingFocus, section]);

  const cancel = useCallback(() => {
    void navigate(record ? `/activities/${record.id}` : '/activities');
  }, [navigate, record]);

  const { isDirty } = form.formState;
  const name = form.watch('name') ?? '';
  const title = record ? name || record.name : t(`newTitle.${kind}`);

  return (
    <FormProvider {...form}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t(`formLabel.${kind}`)}>
        <PageHeader
          title={title}
          breadcrumbs={[{ label: t('list.title'), to: '/activities' }]}
          badges={<StatusChip label={t(`kind.${kind}`)} tone={kind === 'controller' ? 'info' : 'neutral'} />}
          actions={
            record && (
              <>
                <DuplicateButton activity={record} />
                <DeleteRecordButton
                  repo={repositories().activities}
                  id={record.id}
                  revision={openedRevision ?? record.revision}
                  name={record.name}
                  onDeleted={() => void navigate('/activities')}
                />
              </>
            )
          }
        />
        <TranslationHintsProvider table="activities" record={record} form={form}>
          <ActivityForm
            context={{ kind, organisationId, linkables, dpiaSuggestion: <DpiaScreeningSummary /> }}
            section={section}
            onSectionChange={setSection}
            meta={
              record && (
                <Typography variant="body2" color="text.secondary">
                  {t('meta', {
                    created: fmt.dateTime(record.createdAt),
                    updated: fmt.dateTime(record.updatedAt),
                    revision: record.revision,
                  })}
                </Typography>
              )
            }
          />
        </TranslationHintsProvider>
        <FormActions saver={editorSaver} dirty={isDirty} onCancel={cancel} />
      </form>
    </FormProvider>
  );
};
