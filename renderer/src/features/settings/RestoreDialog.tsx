import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { mirrorBackupsToFolder } from './backup-folder';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { restoreBackup } from '../../data/app-database';
import type { ApplyCounts, ApplyProgress, BackupError, ConflictPolicy, RestorePlan } from '../../data/backup';
import type { OpenedFile } from '../../platform';
import { FileReadingCancelledError, inspectBackupInWorker } from '../../workers';
import { BackupErrorAlert } from './BackupErrorAlert';
import { formatDateTime } from './save-backup';
import { SettingsDialog } from './SettingsDialog';
import { appVersion } from './use-app-info';
import { onChoice } from '../../components/form/choice';
import { errorMessage } from '../../domain/values';

type Step =
  | { kind: 'checking' }
  | { kind: 'password'; wrong: BackupError | null }
  | { kind: 'refused'; error: BackupError }
  | { kind: 'preview'; plan: RestorePlan }
  | { kind: 'applying'; progress: ApplyProgress }
  | { kind: 'done'; counts: ApplyCounts }
  | { kind: 'write-failed'; message: string };

type BackupTable = keyof RestorePlan['counts'];

const POLICIES: readonly ConflictPolicy[] = ['replace', 'keep-both', 'skip'];

/** Tables shown in the preview, in the order a DPO thinks of them. */
const SHOWN_TABLES: readonly BackupTable[] = [
  'organisations',
  'activities',
  'recipients',
  'processors',
  'transfers',
  'contacts',
  'securityMeasures',
  'documents',
  'breaches',
  'requests',
  'snapshots',
  'auditLog',
];

export const ProgressLine = ({ progress }: { progress: ApplyProgress }) => {
  const { t } = useTranslation('settings');
  const percent = progress.total === 0 ? 100 : Math.round((progress.done / progress.total) * 100);
  return (
    <Stack spacing={1} role="status" aria-live="polite">
      <Typography>
        {progress.phase === 'backing-up'
          ? t('restore.progress.backingUp')
          : progress.phase === 'writing'
            ? t('restore.progress.writing', { done: progress.done, total: progress.total })
            : t('restore.progress.finishing')}
      </Typography>
      <LinearProgress
        variant={progress.phase === 'backing-up' ? 'indeterminate' : 'determinate'}
        value={percent}
        aria-label={t('restore.progress.label')}
      />
      <Typography variant="body2" color="text.secondary">
        {t('restore.progress.keepOpen')}
      </Typography>
    </Stack>
  );
};

const Preview = ({
  plan,
  fileName,
  policy,
  onPolicy,
}: {
  plan: RestorePlan;
  fileName: string;
  policy: ConflictPolicy;
  onPolicy(p: ConflictPolicy): void;
}) => {
  const { t, i18n } = useTranslation('settings');
  const policyLabel = useId();
  const { header } = plan;
  return (
    <Stack spacing={2}>
      <Typography>
        {t('restore.preview.from', {
          name: fileName,
          date: formatDateTime(header.createdAt, i18n.language),
          version: header.appVersion,
        })}
      </Typography>
      {plan.migratedFrom && (
        <Alert severity="info">
          {t('restore.preview.migrated', {
            format: plan.migratedFrom.formatVersion,
            schema: plan.migratedFrom.schemaVersion,
          })}
        </Alert>
      )}
      <Box>
        <Typography variant="subtitle2" component="h3">
          {header.scope.kind === 'all'
            ? t('restore.preview.organisationsAll', { count: plan.organisations.length })
            : t('restore.preview.organisationsOne')}
        </Typography>
        <Typography>{plan.organisations.map((o) => o.name).join(', ') || '—'}</Typography>
      </Box>
      <Table size="small" aria-label={t('restore.preview.countsLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('restore.preview.recordsColumn')}</TableCell>
            <TableCell align="right">{t('restore.preview.liveColumn')}</TableCell>
            <TableCell align="right">{t('restore.preview.trashColumn')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {SHOWN_TABLES.filter((table) => plan.counts[table] > 0).map((table) => (
            <TableRow key={table}>
              <TableCell component="th" scope="row">
                {t(`tables.${table}`)}
              </TableCell>
              <TableCell align="right">{plan.counts[table] - plan.inTrash[table]}</TableCell>
              <TableCell align="right">{plan.inTrash[table]}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {plan.conflicts.length === 0 ? (
        <Alert severity="success">{t('restore.preview.noConflicts')}</Alert>
      ) : (
        <FormControl>
          <FormLabel id={policyLabel}>{t('restore.preview.conflicts', { count: plan.conflicts.length })}</FormLabel>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {plan.conflicts
              .slice(0, 5)
              .map((c) => t('restore.preview.conflictItem', { table: t(`tables.${c.table}`), title: c.existingTitle }))
              .join(' · ')}
            {plan.conflicts.length > 5
              ? ` · ${t('restore.preview.andMore', { count: plan.conflicts.length - 5 })}`
              : ''}
          </Typography>
          <RadioGroup aria-labelledby={policyLabel} value={policy} onChange={onChoice(POLICIES, onPolicy)}>
            {POLICIES.map((p) => (
              <FormControlLabel
                key={p}
                value={p}
                control={<Radio />}
                label={
                  <Box>
                    <Typography>{t(`restore.policy.${p}.label`)}</Typography>
                    <Typography variant="body2" color="text.secondary">
                      {t(`restore.policy.${p}.help`)}
                    </Typography>
                  </Box>
                }
                sx={{ alignItems: 'flex-start', mb: 1, '& .MuiRadio-root': { pt: 0.5 } }}
              />
            ))}
          </RadioGroup>
        </FormControl>
      )}
      <Typography variant="body2" color="text.secondary">
        {t('restore.preview.safety')}
      </Typography>
    </Stack>
  );
};

const Summary = ({ counts }: { counts: ApplyCounts }) => {
  const { t } = useTranslation('settings');
  const lines = (['added', 'replaced', 'rekeyed', 'unchanged', 'skipped'] as const).filter((k) => counts[k] > 0);
  return (
    <Stack spacing={1.5}>
      <Alert severity="success">{t('restore.done.title')}</Alert>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {lines.map((k) => (
          <li key={k}>
            <Typography>{t(`restore.done.${k}`, { count: counts[k] })}</Typography>
          </li>
        ))}
      </Box>
      <Typography variant="body2" color="text.secondary">
        {t('restore.done.safety')}
      </Typography>
    </Stack>
  );
};

/**
 * Restore or import a backup file: check it completely (nothing is written), show what it
 * holds and what clashes with the current data, then write it all or nothing.
 */
export const RestoreDialog = ({ file, onClose }: { file: OpenedFile | null; onClose(): void }) => {
  const { t } = useTranslation('settings');
  const [step, setStep] = useState<Step>({ kind: 'checking' });
  const [password, setPassword] = useState('');
  const [policy, setPolicy] = useState<ConflictPolicy>('replace');
  const [checkedFile, setCheckedFile] = useState<OpenedFile | null>(null);

  // The check runs in a worker (key derivation included); Cancel terminates it at once.
  const checking = useRef<AbortController | null>(null);

  const inspect = async (opened: OpenedFile, pass?: string) => {
    setStep({ kind: 'checking' });
    checking.current?.abort();
    const controller = new AbortController();
    checking.current = controller;
    try {
      const result = await inspectBackupInWorker(opened.bytes, pass, controller.signal);
      if (result.ok) setStep({ kind: 'preview', plan: result.plan });
      else if (result.error.kind === 'password-required') setStep({ kind: 'password', wrong: null });
      else if (result.error.kind === 'wrong-password-or-tampered' && pass !== undefined)
        setStep({ kind: 'password', wrong: result.error });
      else setStep({ kind: 'refused', error: result.error });
    } catch (error) {
      if (!(error instanceof FileReadingCancelledError))
        setStep({ kind: 'refused', error: { kind: 'corrupt', message: errorMessage(error) } });
    }
  };

  // A new file starts a new check (state adjusted during render, as React recommends over an effect).
  if (file !== checkedFile) {
    setCheckedFile(file);
    setPassword('');
    setPolicy('replace');
    if (file) void inspect(file);
  }

  const apply = async (plan: RestorePlan) => {
    setStep({ kind: 'applying', progress: { phase: 'backing-up', done: 0, total: 0 } });
    const result = await restoreBackup(plan, policy, await appVersion(), (progress) =>
      setStep({ kind: 'applying', progress }),
    );
    // The safety backup taken before the restore goes to the backup folder too (a failure there
    // is reported by the next start's notice, never by failing a restore that succeeded).
    if (result.ok) void mirrorBackupsToFolder().catch(() => undefined);
    setStep(
      result.ok ? { kind: 'done', counts: result.counts } : { kind: 'write-failed', message: result.error.message },
    );
  };

  const busy = step.kind === 'applying';
  const close = () => {
    if (busy) return;
    checking.current?.abort();
    onClose();
  };

  return (
    <SettingsDialog
      open={file !== null}
      onClose={close}
      title={t('restore.title')}
      actions={
        step.kind === 'done' || step.kind === 'refused' || step.kind === 'write-failed' ? (
          <Button variant="contained" onClick={close}>
            {t('common:actions.close')}
          </Button>
        ) : (
          <>
            <Button onClick={close} disabled={busy}>
              {t('common:actions.cancel')}
            </Button>
            {step.kind === 'preview' && (
              <Button variant="contained" onClick={() => void apply(step.plan)}>
                {t('restore.apply')}
              </Button>
            )}
          </>
        )
      }
    >
      {step.kind === 'checking' && (
        <Stack spacing={1} role="status">
          <Typography>{t('restore.checking', { name: file?.name ?? '' })}</Typography>
          <LinearProgress aria-label={t('restore.checkingLabel')} />
        </Stack>
      )}
      {step.kind === 'password' && (
        <Stack
          spacing={2}
          component="form"
          onSubmit={(e) => {
            e.preventDefault();
            if (file && password !== '') void inspect(file, password);
          }}
        >
          <Typography>{t('restore.passwordNeeded', { name: file?.name ?? '' })}</Typography>
          {step.wrong && <BackupErrorAlert error={step.wrong} />}
          <TextField
            type="password"
            label={t('restore.passwordLabel')}
            value={password}
            autoFocus
            autoComplete="current-password"
            onChange={(e) => setPassword(e.target.value)}
          />
          <Box>
            <Button type="submit" variant="contained" disabled={password === ''}>
              {t('restore.unlock')}
            </Button>
          </Box>
        </Stack>
      )}
      {step.kind === 'refused' && <BackupErrorAlert error={step.error} fileName={file?.name} />}
      {step.kind === 'preview' && file && (
        <Preview plan={step.plan} fileName={file.name} policy={policy} onPolicy={setPolicy} />
      )}
      {step.kind === 'applying' && <ProgressLine progress={step.progress} />}
      {step.kind === 'done' && <Summary counts={step.counts} />}
      {step.kind === 'write-failed' && (
        <Alert severity="error">
          {t('restore.writeFailed')} ({step.message})
        </Alert>
      )}
    </SettingsDialog>
  );
};
