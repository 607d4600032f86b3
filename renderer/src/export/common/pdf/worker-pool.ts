import { type BuildControl, ExportCancelledError, type ExportWarning } from '../progress';
import { renderPdfPart, type PdfPartJob, type PdfPartPool } from './parts';
import { errorMessage } from '../../../domain/values';

/** Pool → worker: lay out one part. */
export interface ToPartWorker {
  type: 'render';
  job: PdfPartJob;
}

/** Worker → pool. `bytes` is transferred, not copied. */
export type FromPartWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'warning'; warning: ExportWarning }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'error'; message: string };

/** What the pool needs of a worker (a Web Worker in the app, a worker thread in Node). */
export interface PartWorkerPort {
  post(message: ToPartWorker): void;
  onMessage(listener: (message: FromPartWorker) => void): void;
  onError(listener: (message: string) => void): void;
  terminate(): void;
}

/** The body of a part worker: renders the part it is sent and answers with progress and the bytes. */
export const handlePartMessage = async (
  data: unknown,
  post: (message: FromPartWorker, transfer?: ArrayBuffer[]) => void,
): Promise<void> => {
  const message = data as Partial<ToPartWorker> | null;
  if (typeof message !== 'object' || message === null || message.type !== 'render' || !message.job) {
    post({ type: 'error', message: 'The PDF worker received a message it does not understand.' });
    return;
  }
  try {
    const bytes = await renderPdfPart(message.job, {
      onProgress: (done, total) => post({ type: 'progress', done, total }),
      onWarning: (warning) => post({ type: 'warning', warning }),
    });
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
    post({ type: 'done', bytes: own }, [own.buffer as ArrayBuffer]);
  } catch (err) {
    post({ type: 'error', message: errorMessage(err) });
  }
};

interface Waiting {
  job: PdfPartJob;
  control: BuildControl;
  resolve(bytes: Uint8Array): void;
  reject(err: unknown): void;
}

/**
 * A pool of `size` part workers, started on first use (or by `warm`) and kept for the next parts
 * (each worker sets pdfmake up once). `warm(job)` starts the workers not yet started on a sample;
 * `warmEach(job)` has every worker, started or not, lay the sample out before its next real part.
 * A cancelled part's worker is terminated on the spot, so Cancel does not wait for a layout to reach
 * a page boundary; a new worker takes its place if more parts come. `close()` terminates them all.
 */
export const createPdfWorkerPool = (
  size: number,
  spawn: () => PartWorkerPort,
): PdfPartPool & { warm(job: PdfPartJob): void; warmEach(job: PdfPartJob): void; close(): void } => {
  const idle: PartWorkerPort[] = [];
  const busy = new Set<PartWorkerPort>();
  const queue: Waiting[] = [];
  /** A sample a busy worker lays out as soon as it is free, before any real part (`warmEach`). */
  const samples = new Map<PartWorkerPort, PdfPartJob>();
  let closed = false;
  const sampleTask = (job: PdfPartJob): Waiting => ({
    job,
    control: {},
    resolve: () => undefined,
    reject: () => undefined,
  });

  const run = (worker: PartWorkerPort, task: Waiting): void => {
    busy.add(worker);
    let settled = false;
    const release = (keep: boolean): void => {
      settled = true;
      task.control.signal?.removeEventListener('abort', onAbort);
      busy.delete(worker);
      const sample = samples.get(worker);
      samples.delete(worker);
      if (keep && !closed && sample) run(worker, sampleTask(sample));
      else if (keep && !closed) idle.push(worker);
      else worker.terminate();
      pump();
    };
    const onAbort = (): void => {
      if (settled) return;
      release(false);
      task.reject(new ExportCancelledError());
    };
    task.control.signal?.addEventListener('abort', onAbort, { once: true });
    handlers.set(worker, {
      message: (message) => {
        if (settled) return;
        switch (message.type) {
          case 'progress':
            task.control.onProgress?.(message.done, message.total);
            break;
          case 'warning':
            task.control.onWarning?.(message.warning);
            break;
          case 'done':
            release(true);
            task.resolve(message.bytes);
            break;
          case 'error':
            release(true);
            task.reject(new Error(message.message));
            break;
        }
      },
      error: (text) => {
        if (settled) return;
        release(false);
        task.reject(new Error(`A PDF worker stopped unexpectedly: ${text || 'it could not start.'}`));
      },
    });
    worker.post({ type: 'render', job: task.job });
  };

  const handlers = new Map<PartWorkerPort, { message(m: FromPartWorker): void; error(text: string): void }>();
  const start = (): PartWorkerPort => {
    const worker = spawn();
    worker.onMessage((m) => handlers.get(worker)?.message(m));
    worker.onError((text) => handlers.get(worker)?.error(text));
    return worker;
  };

  const pump = (): void => {
    while (queue.length > 0 && (idle.length > 0 || busy.size < size) && !closed) {
      const task = queue.shift();
      if (!task) return;
      if (task.control.signal?.aborted) {
        task.reject(new ExportCancelledError());
        continue;
      }
      run(idle.pop() ?? start(), task);
    }
  };

  return {
    size,
    warm: (job) => {
      // Every worker not yet started starts now and lays the sample out; real parts queue behind it.
      while (!closed && idle.length + busy.size < size) run(start(), sampleTask(job));
    },
    warmEach: (job) => {
      // Workers already started lay it out too: a busy one when it is free, before any real part.
      if (closed) return;
      for (const worker of busy) samples.set(worker, job);
      for (const worker of idle.splice(0)) run(worker, sampleTask(job));
      while (idle.length + busy.size < size) run(start(), sampleTask(job));
    },
    render: (job, control) =>
      new Promise<Uint8Array>((resolve, reject) => {
        if (closed) {
          reject(new Error('The PDF workers were closed.'));
          return;
        }
        queue.push({ job, control, resolve, reject });
        pump();
      }),
    close: () => {
      closed = true;
      for (const w of [...idle, ...busy]) w.terminate();
      idle.length = 0;
      busy.clear();
      samples.clear();
      for (const task of queue.splice(0)) task.reject(new ExportCancelledError());
    },
  };
};
