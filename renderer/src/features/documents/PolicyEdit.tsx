import { zodResolver } from '@hookform/resolvers/zod';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useDeferredValue, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { ConfirmDialog, DeleteRecordButton, PageHeader, RecordNotFound, StatusChip, useNotify } from '../../components';
import { contentOf, FormActions, useSaveRecord } from '../../components/form';
import {
  policySettingContentSchema,
  type DocumentSetting,
  type PolicySetting,
  type PolicySettingContent,
  type SectionOverride,
} from '../../domain/document-setting';
import type { Organisation } from '../../domain/organisation';
import type { Workspace } from '../../domain/workspace';
// The view model and overrides only: the document renderers (docx, pdfmake) load in the export worker.
import { confirmPolicyOverride, createPolicyOverride } from '../../export/policy/overrides';
import type { PolicySection } from '../../export/policy/types';
import { buildPolicyViewModel } from '../../export/policy/view-model';
import { ExportDialog } from './ExportDialog';
import { PolicyFields, type PolicyFormValues } from './PolicyForm';
import { PolicyPreview } from './PolicyPreview';
import { useFocusFieldFromQuery } from '../../components/form/focus-field';
import { documentsRepo, isPolicy } from './queries';
import { useLiveWorkspace } from '../checks/queries';
import { SectionOverrideDialog } from './SectionOverrideDialog';
import { TranslationHintsProvider } from '../translations';
import { blankOf, errorMessage, localToday } from '../../domain';

/** Id the preview gives a policy that is not stored yet. */
const DRAFT_ID = 'draft-policy';

/**
 * The preview's policy: what the form holds right now when it is valid (so the preview follows the
 * typing), else what is stored; its overrides always come from the stored record, where the
 * section editor writes them.
 */
const previewPolicy = (
  values: unknown,
  stored: PolicySetting | undefined,
  organisationId: string,
): PolicySetting | undefined => {
  const parsed = policySettingContentSchema.safeParse(values);
  const content: PolicySettingContent | undefined = parsed.success ? parsed.data : stored;
  if (content === undefined) return undefined;
  const now = new Date(0).toISOString();
  const draft = { id: DRAFT_ID, organisationId, createdAt: now, updatedAt: now, revision: 1, deletedAt: null };
  return { ...(stored ?? draft), ...content, overrides: stored?.overrides ?? {} };
};

const withPolicy = (ws: Workspace, policy: DocumentSetting): Workspace => ({
  ...ws,
  documents: [...ws.documents.filter((d) => d.id !== policy.id), policy],
});

interface PolicyPageProps {
  organisation: Organisation;
  ws: Workspace;
  stored: PolicySetting | undefined;
}

const PolicyPage = ({ organisation, ws, stored }: PolicyPageProps) => {
  const { t } = useTranslation('documents');
  const navigate = useNavigate();
  const notify = useNotify();
  const [editing, setEditing] = useState<PolicySection | undefined>();
  const [reverting, setReverting] = useState<PolicySection | undefined>();
  const [exporting, setExporting] = useState(false);

  const form = useForm<PolicyFormValues, unknown, PolicySettingContent>({
    resolver: zodResolver(policySettingContentSchema),
    defaultValues: stored
      ? policySettingContentSchema.parse(contentOf(stored))
      : blankOf(policySettingContentSchema, {
          kind: 'privacy_policy',
          title: '',
          language: organisation.defaultLanguage,
        }),
    mode: 'onTouched',
  });
  // The revision the form was opened at (then the one it last saved): saving or deleting over a
  // change made elsewhere (another window, a restore) is refused with the conflict message.
  const [openedRevision, setOpenedRevision] = useState(stored?.revision);
  const saver = useSaveRecord(form, {
    save: async (values) => {
      if (!stored) return documentsRepo().create(values, organisation.id);
      // Overrides are written by the section editor meanwhile: keep the stored ones, not the form's copy.
      const latest = await documentsRepo().get(stored.id);
      const overrides = latest && isPolicy(latest) ? latest.overrides : stored.overrides;
      const saved = await documentsRepo().update(
        stored.id,
        { ...values, overrides },
        openedRevision ?? stored.revision,
      );
      setOpenedRevision(saved.revision);
      return saved;
    },
    onSaved: (saved) => {
      notify({ severity: 'success', message: t('common:notices.saved', { name: saved.title }) });
      if (!stored) void navigate(`/documents/policies/${saved.id}`, { replace: true });
    },
  });

  const values = useWatch({ control: form.control });
  const deferredValues = useDeferredValue(values);
  const preview = useMemo(() => {
    const policy = previewPolicy(deferredValues, stored, organisation.id);
    if (!policy) return { vm: undefined, error: undefined };
    try {
      return { vm: buildPolicyViewModel(withPolicy(ws, policy), policy.id, { today: localToday() }), error: undefined };
    } catch (err) {
      return { vm: undefined, error: errorMessage(err) };
    }
  }, [deferredValues, stored, ws, organisation.id]);
  // The Checks screen links to `?field=audiences` or `?field=overrides.<section>.text` (the section's edit button).
  useFocusFieldFromQuery(preview.vm !== undefined);

  /** Writes one section's override (or removes it) on the stored policy, keeping everything else. */
  const writeOverride = async (key: PolicySection['key'], override: SectionOverride | undefined) => {
    if (!stored) return;
    const latest = await documentsRepo().get(stored.id);
    if (!latest || !isPolicy(latest)) throw new Error(t('override.policyGone'));
    const overrides = { ...latest.overrides };
    if (override) overrides[key] = override;
    else delete overrides[key];
    // Only the overrides change, on the latest record: a concurrent edit of the settings is kept.
    const saved = await documentsRepo().update(
      latest.id,
      { ...policySettingContentSchema.parse(contentOf(latest)), overrides },
      latest.revision,
    );
    // The form's base moves with this page's own write, not over someone else's.
    if (latest.revision === openedRevision) setOpenedRevision(saved.revision);
  };

  const staleCount = preview.vm?.sections.filter((s) => s.overrideStatus === 'stale').length ?? 0;
  const title = stored ? stored.title : t('policy.createTitle');

  return (
    <>
      <PageHeader
        title={title}
        subtitle={stored ? t('policy.editorSubtitle') : t('policy.createSubtitle')}
        breadcrumbs={[{ label: t('list.title'), to: '/documents' }]}
        badges={
          staleCount > 0 ? (
            <StatusChip tone="warning" label={t('policy.staleCount', { count: staleCount })} />
          ) : undefined
        }
        actions={
          stored && (
            <Stack direction="row" sx={{ gap: 1 }}>
              <Button variant="contained" startIcon={<FileDownloadIcon />} onClick={() => setExporting(true)}>
                {t('list.export')}
              </Button>
              <DeleteRecordButton
                repo={documentsRepo()}
                id={stored.id}
                revision={openedRevision ?? stored.revision}
                name={stored.title}
                onDeleted={() => void navigate('/documents')}
              />
            </Stack>
          )
        }
      />
      <Box
        sx={{
          display: 'grid',
          gap: 3,
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(400px, 5fr) 7fr' },
          alignItems: 'start',
        }}
      >
        <form onSubmit={saver.submit} noValidate aria-label={t('policy.formLabel')}>
          <TranslationHintsProvider table="documents" record={stored} form={form}>
            <PolicyFields control={form.control} ws={ws} />
          </TranslationHintsProvider>
          <FormActions
            saver={saver}
            dirty={form.formState.isDirty}
            onCancel={() => void navigate('/documents')}
            saveLabel={stored ? undefined : t('policy.create')}
          />
        </form>
        <Box
          component="aside"
          aria-label={t('preview.region')}
          sx={{
            position: { lg: 'sticky' },
            top: { lg: 16 },
            maxHeight: { lg: 'calc(100vh - 120px)' },
            overflow: 'auto',
          }}
        >
          <Stack direction="row" sx={{ alignItems: 'center', mb: 1, gap: 1 }}>
            <Typography variant="overline" color="text.secondary" sx={{ flexGrow: 1 }}>
              {t('preview.heading')}
            </Typography>
            {!stored && (
              <Typography variant="caption" color="text.secondary">
                {t('preview.saveToEdit')}
              </Typography>
            )}
          </Stack>
          {preview.vm ? (
            <PolicyPreview
              vm={preview.vm}
              onEditSection={(s) =>
                stored ? setEditing(s) : notify({ severity: 'info', message: t('preview.saveToEdit') })
              }
              onKeepText={(s) => {
                if (!s.override || !stored) return;
                const confirmed = confirmPolicyOverride(ws, stored.id, s.key, s.override, new Date().toISOString());
                void writeOverride(s.key, confirmed)
                  .then(() => notify({ severity: 'success', message: t('override.kept', { section: s.heading }) }))
                  .catch((err: Error) => notify({ severity: 'error', message: err.message }));
              }}
              onRevert={setReverting}
            />
          ) : (
            <Paper variant="outlined" sx={{ p: 4, textAlign: 'center' }}>
              <Typography color="text.secondary">{preview.error ?? t('preview.needsTitle')}</Typography>
            </Paper>
          )}
        </Box>
      </Box>
      {editing && stored && (
        <SectionOverrideDialog
          section={editing}
          onClose={() => setEditing(undefined)}
          onSave={async (mode, text) => {
            const override = createPolicyOverride(ws, stored.id, editing.key, {
              mode,
              text,
              now: new Date().toISOString(),
            });
            await writeOverride(editing.key, override);
            notify({ severity: 'success', message: t('override.saved', { section: editing.heading }) });
            setEditing(undefined);
          }}
          onRemove={() => {
            setReverting(editing);
            setEditing(undefined);
          }}
        />
      )}
      <ConfirmDialog
        open={reverting !== undefined}
        title={t('override.revertTitle', { section: reverting?.heading ?? '' })}
        confirmLabel={t('preview.backToGenerated')}
        destructive
        onConfirm={() => {
          const section = reverting;
          if (!section) return;
          void writeOverride(section.key, undefined)
            .then(() => notify({ severity: 'success', message: t('override.reverted', { section: section.heading }) }))
            .catch((err: Error) => notify({ severity: 'error', message: err.message }));
        }}
        onClose={() => setReverting(undefined)}
      >
        {t('override.revertBody')}
      </ConfirmDialog>
      {exporting && stored && (
        <ExportDialog
          target={{ kind: 'policy', policy: stored }}
          organisation={organisation}
          onClose={() => setExporting(false)}
        />
      )}
    </>
  );
};

/** /documents/policies/new: the settings form with a preview of the policy as it would read. */
export const PolicyCreate = () => {
  const { current } = useCurrentOrganisation();
  const ws = useLiveWorkspace(current?.id);
  if (!current || !ws) return null;
  return <PolicyPage organisation={current} ws={ws} stored={undefined} />;
};

/** /documents/policies/:id: settings on the left, the live preview with section editing on the right. */
export const PolicyEditor = () => {
  const { id } = useParams();
  const { current } = useCurrentOrganisation();
  const ws = useLiveWorkspace(current?.id);
  if (!current || ws === undefined) return null;
  const stored = ws?.documents.find((d): d is PolicySetting => d.id === id && d.deletedAt === null && isPolicy(d));
  if (!ws || !stored) return <RecordNotFound backTo="/documents" />;
  // Keyed by id so opening another policy starts a fresh form.
  return <PolicyPage key={stored.id} organisation={current} ws={ws} stored={stored} />;
};
