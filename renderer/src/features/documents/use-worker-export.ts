import { useCallback, useEffect, useRef, useState } from 'react';
import { ExportCancelledError } from '../../export/common/progress';
import { runExportInWorker, type ExportOutcome, type ExportWorkerPort } from '../../export/worker/client';
import type { StoredExportRequest } from '../../export/worker/protocol';
import { startExportWorker } from '../../workers';
import { errorMessage } from '../../domain/values';

/** `checking`: the record is read and checked, nothing built yet; `running`: the document is being built. */
export type WorkerExportStage = 'idle' | 'checking' | 'running' | 'saving' | 'failed';

export type WorkerExportResult = ExportOutcome | { kind: 'cancelled' };

export interface WorkerExportOptions {
  /** Answer with the gaps instead of building when the document would go out with some. */
  stopAtGaps?: boolean;
  /** The worker to run in (a spare started ahead); a fresh one by default. */
  startWorker?: () => ExportWorkerPort;
}

/**
 * One export run in the export worker, with a percentage and Cancel: what an export dialog needs
 * around `runExportInWorker`. The record is read and the document built in the worker, so the
 * window stays responsive; closing the dialog mid-build stops the worker too. A run that ends in
 * gaps or is cancelled goes back to `idle`; one that fails says why (`failure`).
 */
export const useWorkerExport = () => {
  const [stage, setStage] = useState<WorkerExportStage>('idle');
  const [progress, setProgress] = useState(0);
  const [failure, setFailure] = useState<string | undefined>();
  const abortRef = useRef<AbortController | undefined>(undefined);

  // The dialog unmounting mid-export stops the worker.
  useEffect(() => () => abortRef.current?.abort(), []);

  const run = useCallback(
    async (
      request: StoredExportRequest,
      { stopAtGaps = false, startWorker = startExportWorker }: WorkerExportOptions = {},
    ): Promise<WorkerExportResult | undefined> => {
      const controller = new AbortController();
      abortRef.current = controller;
      setFailure(undefined);
      setProgress(0);
      setStage(stopAtGaps ? 'checking' : 'running');
      try {
        const outcome = await runExportInWorker(
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
        setStage(outcome.kind === 'gaps' ? 'idle' : 'saving');
        return outcome;
      } catch (err) {
        if (err instanceof ExportCancelledError) {
          setStage('idle');
          return { kind: 'cancelled' };
        }
        setFailure(errorMessage(err));
        setStage('failed');
        return undefined;
      } finally {
        abortRef.current = undefined;
      }
    },
    [],
  );

  const cancel = useCallback(() => abortRef.current?.abort(), []);
  /** Back to the options after a failed save (the build itself succeeded). */
  const fail = useCallback((message: string) => {
    setFailure(message);
    setStage('failed');
  }, []);

  return { stage, progress, failure, run, cancel, fail };
};
