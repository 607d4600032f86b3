import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { startTransition, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { TitledDialog, useNotify, type Notice } from '../../components';
import { ChoiceField } from '../../components/form';
import type { Language } from '../../domain/common';
import { LANGUAGES } from '../../domain/languages';
import type { Finding } from '../../domain/checks';
import { errorMessage } from '../../domain/values';
import { FILE_EXTENSIONS, MIME_TYPES, type ExportFormat, type StoredExportRequest } from '../../export/worker/protocol';
import { getPlatform } from '../../platform';
import { savedNotice } from './export-warnings';
import { ExportCancelledError } from '../../export/common/progress';
import { runExportInWorker, type ExportOutcome, type ExportWorkerPort } from '../../export/worker/client';
import { startExportWorker } from '../../workers';

/** `checking`: the record is read and checked, nothing built yet; `running`: the document is being built. */
type ExportStage = 'idle' | 'checking' | 'running' | 'saving' | 'failed';

/**
 * One export dialog's run in the export worker, with a percentage and Cancel: the record is read
 * and the document built in the worker, so the window stays responsive; closing the dialog
 * mid-build stops the worker too. `exportDocument` answers with the gaps when the run stopped at
 * them (`stopAtGaps`; the run is `idle` again); a cancelled run says so and closes; a run that fails
 * says why (`failure`). A built document is offered to the platform's Save (under `file.name()`,
 * taken once built, filtered to its format named by `t('format.…')`), then, in the next task, the
 * notice shown (with the build's warnings) and the dialog closed in a transition (the page under it
 * renders again in slices: it may hold a long list). A save that fails leaves the dialog open on
 * the failure. `keys` prefixes the dialog's own messages (`building`, `saving`, `progress`,
 * `percent`, `checking`, `failed`, `export`, `saved`, `notSaved`, `cancelled`) in the namespace of `t`.
 */
export const useExportDialog = ({ t, keys, onClose }: { t: TFunction; keys: string; onClose(): void }) => {
  const notify = useNotify();
  const [stage, setStage] = useState<ExportStage>('idle');
  const [progress, setProgress] = useState(0);
  const [failure, setFailure] = useState<string | undefined>();
  const abortRef = useRef<AbortController | undefined>(undefined);

  // The dialog unmounting mid-export stops the worker.
  useEffect(() => () => abortRef.current?.abort(), []);

  const exportDocument = useCallback(
    async (
      request: StoredExportRequest,
      file: { format: ExportFormat; name(): string },
      {
        stopAtGaps = false,
        startWorker = startExportWorker,
      }: {
        /** Answer with the gaps instead of building when the document would go out with some. */
        stopAtGaps?: boolean;
        /** The worker to run in (a spare started ahead); a fresh one by default. */
        startWorker?: () => ExportWorkerPort;
      } = {},
    ): Promise<Finding[] | undefined> => {
      const failed = (err: unknown) => {
        setFailure(errorMessage(err));
        setStage('failed');
      };
      const controller = new AbortController();
      abortRef.current = controller;
      setFailure(undefined);
      setProgress(0);
      setStage(stopAtGaps ? 'checking' : 'running');
      let outcome: ExportOutcome;
      try {
        outcome = await runExportInWorker(
          request,
          {
            stopAtGaps,
            signal: controller.signal,
            onProgress: (done, total) => {
              setStage('running');
              setProgress(total > 0 ? Math.round((done / total) * 100) : 0);
            },
          },
          startWorker,
        );
      } catch (err) {
        if (err instanceof ExportCancelledError) {
          setStage('idle');
          notify({ severity: 'info', message: t(`${keys}cancelled`) });
          onClose();
        } else failed(err);
        return undefined;
      } finally {
        abortRef.current = undefined;
      }
      if (outcome.kind === 'gaps') {
        setStage('idle');
        return outcome.gaps;
      }
      setStage('saving');
      const { format } = file;
      const name = file.name();
      try {
        const saved = await getPlatform().saveFile({
          suggestedName: name,
          bytes: outcome.bytes,
          mimeType: MIME_TYPES[format],
          filters: [{ name: t(`format.${format}`), extensions: [FILE_EXTENSIONS[format]] }],
        });
        const savedMessage = t(`${keys}saved`, { name });
        const notice: Notice = saved.saved
          ? savedNotice(t, savedMessage, outcome.warnings)
          : { severity: 'info', message: t(`${keys}notSaved`) };
        // The save (in a browser, the Blob's copy of the document) is a task of its own, and the notice and
        // the closing come in the next one, in a transition: in one task they were an export's longest block.
        await new Promise((resolve) => setTimeout(resolve, 0));
        startTransition(() => {
          notify(notice);
          onClose();
        });
      } catch (err) {
        failed(err);
      }
      return undefined;
    },
    [notify, onClose, t, keys],
  );
  const cancel = useCallback(() => abortRef.current?.abort(), []);
  return { stage, progress, failure, cancel, exportDocument, t, keys, onClose };
};

export type ExportDialogRun = ReturnType<typeof useExportDialog>;

export interface ExportDialogFrameProps {
  dialog: ExportDialogRun;
  title: string;
  /** What is being built, in the progress heading. */
  documentName: string;
  maxWidth: 'xs' | 'sm';
  onExport(): void;
  exportDisabled?: boolean;
  /** The gaps of the last check and their buttons, shown in place of the options while there are some. */
  gaps?: { list: ReactNode; actions: ReactNode };
  /** The options. */
  children: ReactNode;
}

/**
 * What every export dialog shows around its own options: while the record is checked, a bar under
 * them; during the build and the save, what is being built with a determinate bar and Cancel; after
 * a failure, why, and Retry. Esc or a click outside cancels a run under way, closes the dialog
 * otherwise, never both.
 */
export const ExportDialogFrame = ({
  dialog,
  title,
  documentName,
  maxWidth,
  onExport,
  exportDisabled = false,
  gaps,
  children,
}: ExportDialogFrameProps) => {
  const { stage, progress, failure, cancel, t, keys, onClose } = dialog;
  const running = stage === 'running' || stage === 'checking';
  const building = stage === 'running' || stage === 'saving';
  const listing = stage === 'idle' && gaps !== undefined;
  const cancelButton = <Button onClick={cancel}>{t('common:actions.cancel')}</Button>;
  return (
    <TitledDialog
      open
      onClose={() => (running ? cancel() : !building && onClose())}
      title={title}
      maxWidth={maxWidth}
      actions={
        listing ? (
          gaps.actions
        ) : running ? (
          cancelButton
        ) : (
          <>
            <Button onClick={onClose} disabled={building}>
              {t('common:actions.cancel')}
            </Button>
            <Button variant="contained" onClick={onExport} disabled={building || exportDisabled}>
              {stage === 'failed' ? t('common:actions.retry') : t(`${keys}export`)}
            </Button>
          </>
        )
      }
    >
      {building ? (
        <Stack spacing={1.5} sx={{ py: 2 }}>
          <Typography>
            {stage === 'running' ? t(`${keys}building`, { name: documentName }) : t(`${keys}saving`)}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={progress}
            aria-label={t(`${keys}progress`)}
            sx={{ height: 8, borderRadius: 4 }}
          />
          <Typography variant="body2" color="text.secondary">
            {t(`${keys}percent`, { percent: progress })}
          </Typography>
        </Stack>
      ) : listing ? (
        gaps.list
      ) : (
        <Stack spacing={2.5} sx={{ pt: 1 }}>
          {children}
          {stage === 'checking' && (
            <Stack spacing={1}>
              <Typography variant="body2">{t(`${keys}checking`)}</Typography>
              <LinearProgress aria-label={t(`${keys}checking`)} />
            </Stack>
          )}
          {stage === 'failed' && failure && (
            <Alert severity="error" role="alert">
              {t(`${keys}failed`, { reason: failure })}
            </Alert>
          )}
        </Stack>
      )}
    </TitledDialog>
  );
};

/**
 * An export dialog's format and language selects, side by side, with `children` after them on the
 * same row; a single format is not offered. `t` names the choices (`format.…`, `language.…`).
 */
export const FormatAndLanguage = <F extends ExportFormat>(props: {
  t: TFunction;
  labels: { format: string; language: string };
  formats: readonly F[];
  format: F;
  onFormat(format: NoInfer<F>): void;
  language: Language;
  onLanguage(language: Language): void;
  autoFocus?: boolean;
  children?: ReactNode;
}) => (
  <Stack direction="row" sx={{ gap: 2 }}>
    {props.formats.length > 1 && (
      <ChoiceField
        autoFocus={props.autoFocus}
        label={props.labels.format}
        value={props.format}
        choices={props.formats}
        choiceLabel={(f) => props.t(`format.${f}`)}
        onChoose={props.onFormat}
        sx={{ flex: 1 }}
      />
    )}
    <ChoiceField
      label={props.labels.language}
      value={props.language}
      choices={LANGUAGES}
      choiceLabel={(l) => props.t(`language.${l}`)}
      onChoose={props.onLanguage}
      sx={{ flex: 1 }}
    />
    {props.children}
  </Stack>
);
