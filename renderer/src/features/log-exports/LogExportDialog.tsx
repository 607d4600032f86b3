import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { savedNotice } from '../documents/export-warnings';
import { ExportLetterheadNote } from '../letterhead/ExportLetterheadNote';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { onChoice, useNotify } from '../../components';
import type { Language } from '../../domain/common';
import type { Organisation } from '../../domain/organisation';
import type { LetterKind, LogKind } from '../../export/logs';
import { FILE_EXTENSIONS, MIME_TYPES, type StoredExportRequest } from '../../export/worker/protocol';
import { getPlatform } from '../../platform';
import { logExportFileName } from './file-name';
import { LETTERS } from './letters';
import { useWorkerExport } from './use-worker-export';
import { localToday } from '../../domain';
import { LANGUAGES } from '../../domain/languages';

/** What the dialog exports: a whole log, one breach's notification content, or one reply letter. */
export type LogExportTarget =
  | { kind: 'log'; log: LogKind }
  | { kind: 'breachNotification'; breachId: string; reference: string }
  | { kind: 'requestLetter'; requestId: string; reference: string };

type Format = 'docx' | 'pdf' | 'xlsx';

const FORMATS: Record<LogExportTarget['kind'], readonly Format[]> = {
  log: ['pdf', 'docx', 'xlsx'],
  breachNotification: ['docx', 'pdf'],
  requestLetter: ['docx'],
};

/** The i18n key of the target ("log.breaches", "breachNotification", "requestLetter"). */
const targetKey = (target: LogExportTarget): string => (target.kind === 'log' ? `log.${target.log}` : target.kind);

const FILE_DOCUMENT: Record<string, string> = {
  'log.breaches': 'breach-register',
  'log.requests': 'request-log',
  breachNotification: 'breach-notification',
};

export interface LogExportDialogProps {
  target: LogExportTarget;
  organisation: Organisation;
  onClose(): void;
}

/**
 * Export of the breach register, the request log, a breach's Art. 33(3) notification content or a
 * reply letter: format and language (the organisation's document language by default), then the
 * build in the export worker with a progress bar and Cancel, then the platform's Save.
 */
export const LogExportDialog = ({ target, organisation, onClose }: LogExportDialogProps) => {
  const { t } = useTranslation('log-exports');
  const notify = useNotify();
  const titleId = useId();
  const formats = FORMATS[target.kind];
  const [format, setFormat] = useState<Format>(formats[0] ?? 'docx');
  const [language, setLanguage] = useState<Language>(organisation.defaultLanguage);
  const [letter, setLetter] = useState<LetterKind>('acknowledgement');
  const { stage, progress, failure, run, cancel, fail } = useWorkerExport();
  const key = targetKey(target);
  const documentName = target.kind === 'requestLetter' ? t(`letter.${letter}`) : t(`${key}.document`);

  const request = (): StoredExportRequest => {
    const today = localToday();
    switch (target.kind) {
      case 'log':
        return {
          kind: 'log',
          organisationId: organisation.id,
          options: { format, log: target.log, language, generatedOn: today },
        };
      case 'breachNotification':
        return {
          kind: 'breachNotification',
          organisationId: organisation.id,
          options: {
            format: format === 'pdf' ? 'pdf' : 'docx',
            breachId: target.breachId,
            language,
            generatedOn: today,
          },
        };
      case 'requestLetter':
        return {
          kind: 'requestLetter',
          organisationId: organisation.id,
          options: { format: 'docx', requestId: target.requestId, letter, language, date: today },
        };
    }
  };

  const start = async () => {
    const outcome = await run(request());
    if (!outcome) return;
    if (outcome.kind === 'cancelled') {
      notify({ severity: 'info', message: t('cancelled') });
      onClose();
      return;
    }
    const suggestedName = logExportFileName({
      document: target.kind === 'requestLetter' ? `letter-${letter}` : (FILE_DOCUMENT[key] ?? 'export'),
      organisation: organisation.name,
      detail: target.kind === 'log' ? '' : target.reference,
      date: localToday(),
      format,
    });
    try {
      const saved = await getPlatform().saveFile({
        suggestedName,
        bytes: outcome.bytes,
        mimeType: MIME_TYPES[format],
        filters: [{ name: t(`format.${format}`), extensions: [FILE_EXTENSIONS[format]] }],
      });
      notify(
        saved.saved
          ? savedNotice(t, t('saved', { name: suggestedName }), outcome.warnings)
          : { severity: 'info', message: t('notSaved') },
      );
      onClose();
    } catch (err) {
      fail(err instanceof Error ? err.message : String(err));
    }
  };

  const busy = stage === 'running' || stage === 'saving';
  // Esc or a click outside: cancels a build under way, closes the dialog otherwise, never both.
  const close = () => {
    if (stage === 'running') cancel();
    else if (!busy) onClose();
  };

  return (
    <Dialog open onClose={close} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId}>{t(`${key}.title`)}</DialogTitle>
      <DialogContent>
        {busy ? (
          <Stack spacing={1.5} sx={{ py: 2 }}>
            <Typography>{stage === 'running' ? t('building', { name: documentName }) : t('saving')}</Typography>
            <LinearProgress
              variant="determinate"
              value={progress}
              aria-label={t('progress')}
              sx={{ height: 8, borderRadius: 4 }}
            />
            <Typography variant="body2" color="text.secondary">
              {t('percent', { percent: progress })}
            </Typography>
          </Stack>
        ) : (
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            <DialogContentText>{t(`${key}.intro`)}</DialogContentText>
            {target.kind === 'requestLetter' && (
              <TextField
                select
                autoFocus
                label={t('letterKind')}
                value={letter}
                onChange={onChoice(LETTERS, setLetter)}
                helperText={t(`letterHint.${letter}`)}
              >
                {LETTERS.map((l) => (
                  <MenuItem key={l} value={l}>
                    {t(`letter.${l}`)}
                  </MenuItem>
                ))}
              </TextField>
            )}
            <Stack direction="row" sx={{ gap: 2 }}>
              {formats.length > 1 && (
                <TextField
                  select
                  autoFocus={target.kind !== 'requestLetter'}
                  label={t('formatLabel')}
                  value={format}
                  onChange={onChoice(formats, setFormat)}
                  sx={{ flex: 1 }}
                >
                  {formats.map((f) => (
                    <MenuItem key={f} value={f}>
                      {t(`format.${f}`)}
                    </MenuItem>
                  ))}
                </TextField>
              )}
              <TextField
                select
                label={t('languageLabel')}
                value={language}
                onChange={onChoice(LANGUAGES, setLanguage)}
                sx={{ flex: 1 }}
              >
                {LANGUAGES.map((l) => (
                  <MenuItem key={l} value={l}>
                    {t(`language.${l}`)}
                  </MenuItem>
                ))}
              </TextField>
            </Stack>
            <ExportLetterheadNote organisationId={organisation.id} format={format} />
            {stage === 'failed' && failure && (
              <Alert severity="error" role="alert">
                {t('failed', { reason: failure })}
              </Alert>
            )}
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        {stage === 'running' ? (
          <Button onClick={cancel}>{t('common:actions.cancel')}</Button>
        ) : (
          <>
            <Button onClick={onClose} disabled={busy}>
              {t('common:actions.cancel')}
            </Button>
            <Button variant="contained" onClick={() => void start()} disabled={busy}>
              {stage === 'failed' ? t('common:actions.retry') : t('export')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
};

/** The button that opens the dialog for the current organisation (lists and record pages). */
export const LogExportButton = ({ target }: { target: LogExportTarget }) => {
  const { t } = useTranslation('log-exports');
  const { current } = useCurrentOrganisation();
  const [open, setOpen] = useState(false);
  if (!current) return null;
  return (
    <>
      <Button variant="outlined" startIcon={<FileDownloadOutlinedIcon />} onClick={() => setOpen(true)}>
        {t(`${targetKey(target)}.button`)}
      </Button>
      {open && <LogExportDialog target={target} organisation={current} onClose={() => setOpen(false)} />}
    </>
  );
};
