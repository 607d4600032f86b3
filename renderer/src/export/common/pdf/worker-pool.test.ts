import { describe, expect, it } from 'vitest';
import type { PdfPartJob } from './parts';
import { createPdfWorkerPool, type FromPartWorker, type PartWorkerPort, type ToPartWorker } from './worker-pool';

const job = (label: string): PdfPartJob => ({
  content: [{ text: label }],
  pageOrientation: 'portrait',
  pageMargins: [40, 40, 40, 40],
  metadata: { title: label, author: 'DPO Desk tests', subject: 'pool', language: 'en' },
});

const labelOf = (message: ToPartWorker): string => String((message.job.content[0] as { text: string }).text);

/**
 * Fake part workers: each answers a job with the bytes of its label, in the order it got them,
 * once `answer()` is called, or fails the jobs whose label is in `failing`.
 */
const fakeWorkers = (failing: ReadonlySet<string> = new Set()) => {
  const started: { id: number; got: string[] }[] = [];
  const pending: (() => void)[] = [];
  const spawn = (): PartWorkerPort => {
    const me = { id: started.length + 1, got: [] as string[] };
    started.push(me);
    let listener: (m: FromPartWorker) => void = () => undefined;
    return {
      post: (message) => {
        const label = labelOf(message);
        me.got.push(label);
        pending.push(() =>
          listener(
            failing.has(label)
              ? { type: 'error', message: `${label} could not be laid out` }
              : { type: 'done', bytes: new TextEncoder().encode(label) },
          ),
        );
      },
      onMessage: (l) => (listener = l),
      onError: () => undefined,
      terminate: () => undefined,
    };
  };
  /** Lets every worker answer what it has been sent so far, and what that leads to. */
  const answer = async (): Promise<void> => {
    for (let guard = 0; pending.length > 0 && guard < 100; guard++) {
      pending.shift()?.();
      await Promise.resolve();
    }
  };
  return { spawn, started, answer };
};

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('PDF part pool warm-up', () => {
  it('starts every worker at once on the sample, then lays the real parts out on them', async () => {
    const workers = fakeWorkers();
    const pool = createPdfWorkerPool(2, workers.spawn);
    pool.warm(job('sample'));
    expect(workers.started.map((w) => w.got)).toEqual([['sample'], ['sample']]);
    const parts = [pool.render(job('part 1'), {}), pool.render(job('part 2'), {}), pool.render(job('part 3'), {})];
    await workers.answer();
    // The real parts get their own bytes, never the sample's, and no third worker was started.
    expect((await Promise.all(parts)).map(text)).toEqual(['part 1', 'part 2', 'part 3']);
    expect(workers.started).toHaveLength(2);
    expect(workers.started.flatMap((w) => w.got).filter((l) => l === 'sample')).toHaveLength(2);
    pool.close();
  });

  it('starts no worker twice, and none once closed', () => {
    const workers = fakeWorkers();
    const pool = createPdfWorkerPool(3, workers.spawn);
    pool.warm(job('sample'));
    pool.warm(job('sample'));
    expect(workers.started).toHaveLength(3);
    const closed = createPdfWorkerPool(2, workers.spawn);
    closed.close();
    closed.warm(job('sample'));
    expect(workers.started).toHaveLength(3);
    pool.close();
  });

  it('has every worker, busy or not yet started, lay a sample out before its next real part', async () => {
    const workers = fakeWorkers();
    const pool = createPdfWorkerPool(3, workers.spawn);
    pool.warm(job('start-up'));
    await workers.answer();
    const first = pool.render(job('part 1'), {});
    // Worker 1 is busy with part 1; the other two are idle; a third would be started if the pool were larger.
    pool.warmEach(job('sample'));
    const rest = [pool.render(job('part 2'), {}), pool.render(job('part 3'), {}), pool.render(job('part 4'), {})];
    await workers.answer();
    expect((await Promise.all([first, ...rest])).map(text)).toEqual(['part 1', 'part 2', 'part 3', 'part 4']);
    expect(workers.started).toHaveLength(3);
    for (const { got } of workers.started) {
      // The sample once on each, after what it was doing and before any part it took afterwards.
      expect(got.filter((l) => l === 'sample')).toHaveLength(1);
      expect(got.slice(got.indexOf('sample') + 1).every((l) => l.startsWith('part'))).toBe(true);
    }
    const busyAtWarm = workers.started.find((w) => w.got.includes('part 1'));
    expect(busyAtWarm?.got.slice(0, 3)).toEqual(['start-up', 'part 1', 'sample']);
    pool.close();
  });

  it('lays the parts out even when the warm-up itself fails', async () => {
    const workers = fakeWorkers(new Set(['sample']));
    const pool = createPdfWorkerPool(1, workers.spawn);
    pool.warm(job('sample'));
    const part = pool.render(job('part 1'), {});
    await workers.answer();
    expect(text(await part)).toBe('part 1');
    pool.close();
  });
});
