import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { startTransition } from 'react';
import type { Notice } from '../../components';
import { errorMessage } from '../../domain/values';
import type { ExportWarning } from '../../export/common/warnings';
import { FILE_EXTENSIONS, MIME_TYPES, type ExportFormat } from '../../export/worker/protocol';
import { getPlatform } from '../../platform';
import { savedNotice } from './export-warnings';
import type { WorkerExportResult } from './use-worker-export';

/** A document being built, then saved: what it is, a determinate bar and the percentage. */
export const ExportProgress = ({
  heading,
  progress,
  label,
  percent,
}: {
  heading: string;
  progress: number;
  /** The bar's accessible name. */
  label: string;
  percent: string;
}) => (
  <Stack spacing={1.5} sx={{ py: 2 }}>
    <Typography>{heading}</Typography>
    <LinearProgress variant="determinate" value={progress} aria-label={label} sx={{ height: 8, borderRadius: 4 }} />
    <Typography variant="body2" color="text.secondary">
      {percent}
    </Typography>
  </Stack>
);

/**
 * Offers a built document to the platform's Save (filtered to its format, named by `t('format.…')`
 * of the dialog's namespace) and answers with the notice to show: saved, with the build's warnings,
 * or not saved.
 */
export const saveExportedDocument = async (
  t: TFunction,
  document: { suggestedName: string; bytes: Uint8Array; format: ExportFormat; warnings: readonly ExportWarning[] },
  messages: { saved: string; notSaved: string },
): Promise<Notice> => {
  const { suggestedName, bytes, format, warnings } = document;
  const saved = await getPlatform().saveFile({
    suggestedName,
    bytes,
    mimeType: MIME_TYPES[format],
    filters: [{ name: t(`format.${format}`), extensions: [FILE_EXTENSIONS[format]] }],
  });
  return saved.saved ? savedNotice(t, messages.saved, warnings) : { severity: 'info', message: messages.notSaved };
};

/**
 * What an export dialog does once its run ends with a document or was cancelled: says so, offers the
 * document to Save and closes; the page under the dialog renders again in a transition (in slices: it
 * may hold a long list). A save that fails leaves the dialog open on the failure. `keys` prefixes the
 * dialog's `saved`, `notSaved` and `cancelled` messages.
 */
export const finishExport = async (
  outcome: Exclude<WorkerExportResult, { kind: 'gaps' }>,
  { t, keys, format, suggestedName }: { t: TFunction; keys: string; format: ExportFormat; suggestedName: string },
  dialog: { notify(notice: Notice): void; onClose(): void; fail(reason: string): void },
): Promise<void> => {
  if (outcome.kind === 'cancelled') {
    dialog.notify({ severity: 'info', message: t(`${keys}cancelled`) });
    dialog.onClose();
    return;
  }
  const { bytes, warnings } = outcome;
  const messages = { saved: t(`${keys}saved`, { name: suggestedName }), notSaved: t(`${keys}notSaved`) };
  try {
    const notice = await saveExportedDocument(t, { suggestedName, bytes, format, warnings }, messages);
    // The save (in a browser, the Blob's copy of the document) is a task of its own, and the notice and
    // the closing come in the next one, in a transition: in one task they were an export's longest block.
    await new Promise((resolve) => setTimeout(resolve, 0));
    startTransition(() => {
      dialog.notify(notice);
      dialog.onClose();
    });
  } catch (err) {
    dialog.fail(errorMessage(err));
  }
};
