import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useNotify } from '../../components';
import { activityStatusSchema, type ActivityStatus } from '../../domain/activity';
import type { Finding } from '../../domain/checks';
import type { Language } from '../../domain/common';
import type { PolicySetting, RegisterSetting } from '../../domain/document-setting';
import type { Organisation } from '../../domain/organisation';
import { ExportCancelledError } from '../../export/common/progress';
import { findPolicy } from '../../export/policy/view-model';
import type { RegisterKind } from '../../export/register';
import { runExportInWorker } from '../../export/worker/client';
import {
  FILE_EXTENSIONS,
  MIME_TYPES,
  POLICY_FORMATS,
  REGISTER_FORMATS,
  type ExportFormat,
  type ExportRequest,
} from '../../export/worker/protocol';
import { getPlatform } from '../../platform';
import { departmentsOf, exportFileName, findingLink, localToday, policyGaps, registerGaps } from './export-plan';
import { documentsRepo, readWorkspace, useLiveWorkspace } from './queries';

export type ExportTarget = { kind: 'register'; setting?: RegisterSetting } | { kind: 'policy'; policy: PolicySetting };

export interface ExportDialogProps {
  target: ExportTarget;
  organisation: Organisation;
  onClose(): void;
  /** Skip the options and export at once (one-click re-export of saved register settings). */
  autoStart?: boolean;
}

type Stage = 'options' | 'checking' | 'warnings' | 'running' | 'saving' | 'failed';

const LANGUAGES: readonly Language[] = ['en', 'fr'];

/**
 * Export of an Art. 30 register or a privacy policy: options, then the checks (gaps are listed with
 * links to the fields, and the DPO may export anyway), then the build in the export worker with a
 * determinate progress bar and Cancel, then the platform's Save.
 */
export const ExportDialog = ({ target, organisation, onClose, autoStart = false }: ExportDialogProps) => {
  const { t, i18n } = useTranslation('documents');
  const notify = useNotify();
  const titleId = useId();
  const ws = useLiveWorkspace(organisation.id);
  const setting = target.kind === 'register' ? target.setting : undefined;
  const uiLanguage: Language = i18n.language.startsWith('fr') ? 'fr' : 'en';

  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [language, setLanguage] = useState<Language>(
    target.kind === 'policy' ? target.policy.language : (setting?.language ?? uiLanguage),
  );
  const [register, setRegister] = useState<RegisterKind>(
    setting?.register ?? (organisation.role === 'processor' ? 'processor' : 'controller'),
  );
  const [version, setVersion] = useState(setting?.version ?? '1.0');
  const [includeRetired, setIncludeRetired] = useState(setting?.includeRetired ?? false);
  const [departments, setDepartments] = useState<string[]>(setting?.departments ?? []);
  const [statuses, setStatuses] = useState<ActivityStatus[]>([]);
  const [settingTitle, setSettingTitle] = useState(setting?.title ?? '');

  const [stage, setStage] = useState<Stage>('options');
  const [gaps, setGaps] = useState<Finding[]>([]);
  const [progress, setProgress] = useState(0);
  const [failure, setFailure] = useState<string | undefined>();
  const abortRef = useRef<AbortController | undefined>(undefined);

  const formats = target.kind === 'register' ? REGISTER_FORMATS : POLICY_FORMATS;
  const departmentOptions = useMemo(() => (ws ? departmentsOf(ws, register) : []), [ws, register]);
  const registerTitle = t(`registerTitle.${register}`, { lng: language });
  const documentTitle = target.kind === 'register' ? registerTitle : target.policy.title;
  const scope = useMemo(
    () => ({ register, includeRetired, departments, statuses }),
    [register, includeRetired, departments, statuses],
  );

  const build = useCallback(
    async (request: ExportRequest) => {
      const controller = new AbortController();
      abortRef.current = controller;
      setProgress(0);
      setStage('running');
      try {
        const bytes = await runExportInWorker(request, {
          signal: controller.signal,
          onProgress: (done, total) => setProgress(total > 0 ? Math.round((done / total) * 100) : 0),
        });
        setStage('saving');
        const suggestedName = exportFileName({
          organisation: organisation.name,
          document: documentTitle,
          date: localToday(),
          format,
        });
        const outcome = await getPlatform().saveFile({
          suggestedName,
          bytes,
          mimeType: MIME_TYPES[format],
          filters: [{ name: t(`format.${format}`), extensions: [FILE_EXTENSIONS[format]] }],
        });
        notify(
          outcome.saved
            ? { severity: 'success', message: t('export.saved', { name: suggestedName }) }
            : { severity: 'info', message: t('export.notSaved') },
        );
        onClose();
      } catch (err) {
        if (err instanceof ExportCancelledError) {
          notify({ severity: 'info', message: t('export.cancelled') });
          onClose();
          return;
        }
        setFailure((err as Error).message);
        setStage('failed');
      } finally {
        abortRef.current = undefined;
      }
    },
    [organisation.name, documentTitle, format, notify, onClose, t],
  );

  const requestFor = useCallback(
    (workspace: ExportRequest['workspace']): ExportRequest =>
      target.kind === 'register'
        ? {
            kind: 'register',
            workspace,
            options: {
              format: format as (typeof REGISTER_FORMATS)[number],
              register,
              language,
              version,
              generatedOn: localToday(),
              includeRetired,
              departments,
              statuses,
            },
          }
        : {
            kind: 'policy',
            workspace,
            options: {
              format: format as (typeof POLICY_FORMATS)[number],
              policyId: target.policy.id,
              language,
              today: localToday(),
            },
          },
    [target, format, register, language, version, includeRetired, departments, statuses],
  );

  /** Reads the stored record, runs the checks, and either warns or exports. */
  const start = useCallback(
    async (skipWarnings: boolean) => {
      setStage('checking');
      setFailure(undefined);
      try {
        const workspace = await readWorkspace(organisation.id);
        const found =
          target.kind === 'register'
            ? registerGaps(workspace, scope, localToday())
            : policyGaps(workspace, findPolicy(workspace, target.policy.id), localToday());
        if (found.length > 0 && !skipWarnings) {
          setGaps(found);
          setStage('warnings');
          return;
        }
        await build(requestFor(workspace));
      } catch (err) {
        setFailure((err as Error).message);
        setStage('failed');
      }
    },
    [organisation.id, target, scope, build, requestFor],
  );

  const autoStarted = useRef(false);
  useEffect(() => {
    if (autoStart && !autoStarted.current) {
      autoStarted.current = true;
      void start(false);
    }
  }, [autoStart, start]);

  // Closing the window (or the dialog unmounting) mid-export stops the worker too.
  useEffect(() => () => abortRef.current?.abort(), []);

  const saveSettings = async () => {
    const title = settingTitle.trim() || registerTitle;
    const content = { kind: 'register' as const, title, register, language, version, includeRetired, departments };
    try {
      if (setting) await documentsRepo().update(setting.id, content);
      else await documentsRepo().create(content, organisation.id);
      notify({ severity: 'success', message: t('export.settingsSaved', { name: title }) });
    } catch (err) {
      notify({ severity: 'error', message: t('export.settingsNotSaved', { reason: (err as Error).message }) });
    }
  };

  const busy = stage === 'running' || stage === 'saving' || stage === 'checking';
  const close = () => {
    if (stage === 'running') abortRef.current?.abort();
    else if (!busy) onClose();
  };

  return (
    <Dialog open onClose={close} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>
        {target.kind === 'register'
          ? t('export.registerTitle')
          : t('export.policyTitle', { title: target.policy.title })}
      </DialogTitle>
      <DialogContent>
        {(stage === 'options' || stage === 'checking' || stage === 'failed') && (
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            {target.kind === 'register' && (
              <Box>
                <Typography variant="subtitle2" id={`${titleId}-register`} sx={{ mb: 1 }}>
                  {t('export.register')}
                </Typography>
                <ToggleButtonGroup
                  exclusive
                  size="small"
                  color="primary"
                  value={register}
                  aria-labelledby={`${titleId}-register`}
                  onChange={(_e, v: RegisterKind | null) => {
                    if (v) {
                      setRegister(v);
                      setDepartments([]);
                    }
                  }}
                >
                  <ToggleButton value="controller">{t('export.controller')}</ToggleButton>
                  <ToggleButton value="processor">{t('export.processor')}</ToggleButton>
                </ToggleButtonGroup>
              </Box>
            )}
            <Stack direction="row" sx={{ gap: 2 }}>
              <TextField
                select
                label={t('export.format')}
                value={format}
                onChange={(e) => setFormat(e.target.value as ExportFormat)}
                sx={{ flex: 1 }}
              >
                {formats.map((f) => (
                  <MenuItem key={f} value={f}>
                    {t(`format.${f}`)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                select
                label={t('export.language')}
                value={language}
                onChange={(e) => setLanguage(e.target.value as Language)}
                sx={{ flex: 1 }}
              >
                {LANGUAGES.map((l) => (
                  <MenuItem key={l} value={l}>
                    {t(`language.${l}`)}
                  </MenuItem>
                ))}
              </TextField>
              {target.kind === 'register' && (
                <TextField
                  label={t('export.version')}
                  value={version}
                  onChange={(e) => setVersion(e.target.value)}
                  sx={{ width: 110 }}
                />
              )}
            </Stack>
            {target.kind === 'register' && format === 'xlsx' && register === 'processor' && (
              <Alert severity="info">{t('export.xlsxControllerOnly')}</Alert>
            )}
            {target.kind === 'policy' && language !== target.policy.language && (
              <Alert severity="info">{t('export.otherLanguage')}</Alert>
            )}
            {target.kind === 'register' && (
              <>
                <TextField
                  select
                  label={t('export.departments')}
                  value={departments}
                  onChange={(e) => {
                    const v = e.target.value as unknown as string[] | string;
                    setDepartments(typeof v === 'string' ? v.split(',') : v);
                  }}
                  slotProps={{
                    select: {
                      multiple: true,
                      renderValue: (v) =>
                        (v as string[]).length === 0 ? t('export.allDepartments') : (v as string[]).join(', '),
                      displayEmpty: true,
                    },
                    inputLabel: { shrink: true },
                  }}
                  helperText={departmentOptions.length === 0 ? t('export.noDepartments') : undefined}
                  disabled={departmentOptions.length === 0}
                >
                  {departmentOptions.map((d) => (
                    <MenuItem key={d} value={d}>
                      <Checkbox size="small" checked={departments.includes(d)} sx={{ p: 0, mr: 1 }} />
                      {d}
                    </MenuItem>
                  ))}
                </TextField>
                <Box>
                  <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
                    {t('export.statuses')}
                  </Typography>
                  <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
                    {activityStatusSchema.options.map((s) => (
                      <Chip
                        key={s}
                        label={t(`status.${s}`)}
                        color={statuses.includes(s) ? 'primary' : 'default'}
                        variant={statuses.includes(s) ? 'filled' : 'outlined'}
                        aria-pressed={statuses.includes(s)}
                        onClick={() =>
                          setStatuses((cur) => (cur.includes(s) ? cur.filter((x) => x !== s) : [...cur, s]))
                        }
                      />
                    ))}
                    <Typography variant="caption" color="text.secondary">
                      {statuses.length === 0 ? t('export.allStatuses') : ''}
                    </Typography>
                  </Stack>
                  <FormControlLabel
                    sx={{ mt: 1 }}
                    control={
                      <Checkbox checked={includeRetired} onChange={(e) => setIncludeRetired(e.target.checked)} />
                    }
                    label={t('export.includeRetired')}
                  />
                </Box>
                <Stack direction="row" sx={{ gap: 1, alignItems: 'flex-start' }}>
                  <TextField
                    size="small"
                    label={t('export.settingTitle')}
                    placeholder={registerTitle}
                    value={settingTitle}
                    onChange={(e) => setSettingTitle(e.target.value)}
                    sx={{ flex: 1 }}
                    helperText={t('export.settingHint')}
                  />
                  <Button onClick={() => void saveSettings()} sx={{ mt: 0.5 }}>
                    {setting ? t('export.updateSettings') : t('export.saveSettings')}
                  </Button>
                </Stack>
              </>
            )}
            {stage === 'failed' && failure && (
              <Alert severity="error" role="alert">
                {t('export.failed', { reason: failure })}
              </Alert>
            )}
          </Stack>
        )}
        {stage === 'warnings' && (
          <Stack spacing={1.5}>
            <Alert severity="warning" icon={<WarningAmberIcon />}>
              {t('export.gapsIntro', { count: gaps.length })}
            </Alert>
            <List dense aria-label={t('export.gapsLabel')} sx={{ maxHeight: 340, overflow: 'auto' }}>
              {gaps.map((f, i) => (
                <ListItem key={i} divider alignItems="flex-start" sx={{ px: 0 }}>
                  <ListItemText
                    primary={
                      <Stack direction="row" sx={{ gap: 1, alignItems: 'baseline' }}>
                        <Chip
                          size="small"
                          label={f.article}
                          color={f.severity === 'error' ? 'error' : 'warning'}
                          variant="outlined"
                        />
                        <Link component={RouterLink} to={findingLink(f)} onClick={onClose} underline="hover">
                          {f.target.label}
                        </Link>
                      </Stack>
                    }
                    secondary={t(`checks:${f.messageKey}`, f.params)}
                    slotProps={{ secondary: { sx: { mt: 0.5 } } }}
                  />
                </ListItem>
              ))}
            </List>
          </Stack>
        )}
        {(stage === 'running' || stage === 'saving') && (
          <Stack spacing={1.5} sx={{ py: 2 }}>
            <Typography>
              {stage === 'running' ? t('export.building', { name: documentTitle }) : t('export.saving')}
            </Typography>
            <LinearProgress
              variant="determinate"
              value={progress}
              aria-label={t('export.progress')}
              sx={{ height: 8, borderRadius: 4 }}
            />
            <Typography variant="body2" color="text.secondary">
              {t('export.percent', { percent: progress })}
            </Typography>
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        {stage === 'warnings' ? (
          <>
            <Button onClick={() => setStage('options')}>{t('export.back')}</Button>
            <Button variant="contained" color="warning" onClick={() => void start(true)}>
              {t('export.exportAnyway')}
            </Button>
          </>
        ) : stage === 'running' ? (
          <Button onClick={() => abortRef.current?.abort()}>{t('common:actions.cancel')}</Button>
        ) : (
          <>
            <Button onClick={onClose} disabled={busy}>
              {t('common:actions.cancel')}
            </Button>
            <Button variant="contained" onClick={() => void start(false)} disabled={busy}>
              {stage === 'failed' ? t('common:actions.retry') : t('export.export')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
};
