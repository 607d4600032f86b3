import {
  FileReadingCancelledError,
  type FileReadingResultOf,
  type FileReadingReply,
  type FileReadingRequest,
  type FileReadingWorkerPort,
} from './file-reading-protocol';

/**
 * Runs one reading in a fresh worker (`createWorker`: the app's worker, or a fake in tests) and
 * resolves with the reader's answer. Aborting `signal` terminates the worker at once — the only
 * way to stop a PBKDF2 derivation already started — and rejects with FileReadingCancelledError.
 */
export const readFileInWorker = <R extends FileReadingRequest>(
  request: R,
  signal: AbortSignal | undefined,
  createWorker: () => FileReadingWorkerPort,
): Promise<FileReadingResultOf<R>> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new FileReadingCancelledError());
      return;
    }
    const worker = createWorker();
    let settled = false;
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      outcome();
    };
    const onAbort = (): void => finish(() => reject(new FileReadingCancelledError()));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', (event: MessageEvent<FileReadingReply>) => {
      const reply = event.data;
      if (reply.kind === 'failed') finish(() => reject(new Error(reply.message)));
      else if (reply.kind !== request.kind)
        finish(() => reject(new Error('The file reader answered another question.')));
      // The reply's kind matches the request's, so its result is the type the caller asked for.
      else finish(() => resolve(reply.result as FileReadingResultOf<R>));
    });
    worker.addEventListener('error', (event: ErrorEvent) =>
      finish(() => reject(new Error(`The file could not be read: ${event.message || 'its worker did not start.'}`))),
    );
    worker.postMessage(request);
  });
