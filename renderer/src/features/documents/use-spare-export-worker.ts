import { useCallback, useEffect, useRef } from 'react';
import { prepareExportWorker, type ExportWorkerPort } from '../../export/worker/client';
import type { StoredExportRequest } from '../../export/worker/protocol';
import { startExportWorker } from '../../workers';

/** At the latest this long after the dialog asks for a spare, it is started even if the window is busy. */
const IDLE_WAIT_MS = 1000;

/**
 * One export worker started ahead of the export while `wanted` (the dialog shows a large
 * document's options or its gaps), told to get ready for `request`; `take` hands it to the next
 * job, or starts a fresh worker if there is none. Each worker still runs one job only. A spare
 * not taken is terminated when the dialog closes.
 */
export const useSpareExportWorker = (wanted: boolean, request: StoredExportRequest): (() => ExportWorkerPort) => {
  const spare = useRef<ExportWorkerPort | undefined>(undefined);
  const latest = useRef(request);
  latest.current = request;
  useEffect(() => {
    if (!wanted || spare.current) return;
    // Once the dialog has been drawn and the window is idle: the warm-up keeps the cores busy, and
    // the dialog's own first frames come first.
    const handle = requestIdleCallback(
      () => {
        if (!spare.current) spare.current = prepareExportWorker(latest.current, startExportWorker);
      },
      { timeout: IDLE_WAIT_MS },
    );
    return () => cancelIdleCallback(handle);
  }, [wanted]);
  useEffect(
    () => () => {
      spare.current?.terminate();
      spare.current = undefined;
    },
    [],
  );
  return useCallback(() => {
    const worker = spare.current ?? startExportWorker();
    spare.current = undefined;
    return worker;
  }, []);
};
