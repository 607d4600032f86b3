import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import Button from '@mui/material/Button';
import DialogContentText from '@mui/material/DialogContentText';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportDialogFrame, FormatAndLanguage, useExportDialog } from '../documents/export-run';
import { ExportLetterheadNote } from '../letterhead/ExportLetterheadNote';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { ChoiceField } from '../../components/form';
import type { Language } from '../../domain/common';
import type { Organisation } from '../../domain/organisation';
import type { LetterKind, LogKind } from '../../export/logs';
import type { StoredExportRequest } from '../../export/worker/protocol';
import { logExportFileName } from './file-name';
import { LETTERS } from './letters';
import { localToday } from '../../domain';

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
  const formats = FORMATS[target.kind];
  const [format, setFormat] = useState<Format>(formats[0] ?? 'docx');
  const [language, setLanguage] = useState<Language>(organisation.defaultLanguage);
  const [letter, setLetter] = useState<LetterKind>('acknowledgement');
  const dialog = useExportDialog({ t, keys: '', onClose });
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

  // The logs print their gaps in the document ("Not recorded"); never asked to stop at them.
  const start = () =>
    dialog.exportDocument(request(), {
      format,
      name: () =>
        logExportFileName({
          document: target.kind === 'requestLetter' ? `letter-${letter}` : (FILE_DOCUMENT[key] ?? 'export'),
          organisation: organisation.name,
          detail: target.kind === 'log' ? '' : target.reference,
          date: localToday(),
          format,
        }),
    });

  return (
    <ExportDialogFrame
      dialog={dialog}
      title={t(`${key}.title`)}
      documentName={documentName}
      maxWidth="xs"
      onExport={() => void start()}
    >
      <DialogContentText>{t(`${key}.intro`)}</DialogContentText>
      {target.kind === 'requestLetter' && (
        <ChoiceField
          autoFocus
          label={t('letterKind')}
          value={letter}
          choices={LETTERS}
          choiceLabel={(l) => t(`letter.${l}`)}
          onChoose={setLetter}
          helperText={t(`letterHint.${letter}`)}
        />
      )}
      <FormatAndLanguage
        t={t}
        labels={{ format: t('formatLabel'), language: t('languageLabel') }}
        formats={formats}
        format={format}
        onFormat={setFormat}
        language={language}
        onLanguage={setLanguage}
        autoFocus={target.kind !== 'requestLetter'}
      />
      <ExportLetterheadNote organisationId={organisation.id} format={format} />
    </ExportDialogFrame>
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
