import { useCallback, useEffect, useRef, useState } from 'react';
import { ExportCancelledError } from '../../export/common/progress';
import type { ExportWarning } from '../../export/common/warnings';
import { runExportInWorker } from '../../export/worker/client';
import type { StoredExportRequest } from '../../export/worker/protocol';
import { startExportWorker } from '../../workers';

export type WorkerExportStage = 'idle' | 'running' | 'saving' | 'failed';

export type WorkerExportResult =
  { kind: 'document'; bytes: Uint8Array; warnings: ExportWarning[] } | { kind: 'cancelled' };

/**
 * One export run in the export worker, with a percentage and Cancel: what a dialog needs around
 * `runExportInWorker`. The record is read and the document built in the worker, so the window
 * stays responsive; closing the dialog mid-build stops the worker too.
 */
export const useWorkerExport = () => {
  const [stage, setStage] = useState<WorkerExportStage>('idle');
  const [progress, setProgress] = useState(0);
  const [failure, setFailure] = useState<string | undefined>();
  const abortRef = useRef<AbortController | undefined>(undefined);

  // The dialog unmounting mid-export stops the worker.
  useEffect(() => () => abortRef.current?.abort(), []);

  const run = useCallback(async (request: StoredExportRequest): Promise<WorkerExportResult | undefined> => {
    const controller = new AbortController();
    abortRef.current = controller;
    setFailure(undefined);
    setProgress(0);
    setStage('running');
    try {
      const outcome = await runExportInWorker(
        request,
        {
          signal: controller.signal,
          onProgress: (done, total) => setProgress(total > 0 ? Math.round((done / total) * 100) : 0),
        },
        startExportWorker,
      );
      // The logs print their gaps in the document ("Not recorded"); never asked to stop at them.
      if (outcome.kind !== 'document') return undefined;
      setStage('saving');
      return outcome;
    } catch (err) {
      if (err instanceof ExportCancelledError) {
        setStage('idle');
        return { kind: 'cancelled' };
      }
      setFailure(err instanceof Error ? err.message : String(err));
      setStage('failed');
      return undefined;
    } finally {
      abortRef.current = undefined;
    }
  }, []);

  const cancel = useCallback(() => abortRef.current?.abort(), []);
  /** Back to the options after a failed save (the build itself succeeded). */
  const fail = useCallback((message: string) => {
    setFailure(message);
    setStage('failed');
  }, []);

  return { stage, progress, failure, run, cancel, fail };
};
