import { describe, expect, it } from 'vitest';
import type { PdfPartJob } from './parts';
import { createPdfWorkerPool, type FromPartWorker, type PartWorkerPort, type ToPartWorker } from './worker-pool';

/** Fake part workers that answer each part with one byte, a tick later, and keep what they were sent. */
const fakeWorkers = () => {
  const started: { received: ToPartWorker[] }[] = [];
  const spawn = (): PartWorkerPort => {
    const record = { received: [] as ToPartWorker[] };
    started.push(record);
    let listener: ((m: FromPartWorker) => void) | undefined;
    return {
      post: (message) => {
        record.received.push(message);
        setTimeout(() => listener?.({ type: 'done', bytes: new Uint8Array([record.received.length]) }), 1);
      },
      onMessage: (l) => (listener = l),
      onError: () => undefined,
      terminate: () => undefined,
    };
  };
  return { started, spawn };
};

const job: PdfPartJob = {
  content: [{ text: 'Activity 1' }],
  pageOrientation: 'portrait',
  pageMargins: [40, 40, 40, 40],
  metadata: { title: 'Register', author: 'Acme', subject: '', language: 'en' },
};

describe('PDF worker pool', () => {
  it('warm() starts every worker ahead of the first part, and the parts then run on those workers', async () => {
    const { started, spawn } = fakeWorkers();
    const pool = createPdfWorkerPool(2, spawn);
    expect(started).toHaveLength(0);
    pool.warm();
    expect(started).toHaveLength(2);
    expect(started.every((w) => w.received.length === 1)).toBe(true);
    const parts = await Promise.all([pool.render(job, {}), pool.render(job, {}), pool.render(job, {})]);
    expect(parts).toHaveLength(3);
    // No third worker: the real parts queued behind the warm-up on the two warmed workers.
    expect(started).toHaveLength(2);
    expect(started.flatMap((w) => w.received).filter((m) => m.job === job)).toHaveLength(3);
    pool.close();
  });

  it('warm() on workers already running starts no more', async () => {
    const { started, spawn } = fakeWorkers();
    const pool = createPdfWorkerPool(2, spawn);
    const running = [pool.render(job, {}), pool.render(job, {})];
    pool.warm();
    await Promise.all(running);
    expect(started).toHaveLength(2);
    expect(started.flatMap((w) => w.received)).toHaveLength(2);
    pool.close();
  });
});
