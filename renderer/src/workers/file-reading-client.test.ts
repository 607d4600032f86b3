import { describe, expect, it, vi } from 'vitest';
import { odsZipBomb } from '../../../test/support/hostile-files';
import { readFileInWorker } from './file-reading-client';
import { handleFileReading } from './file-reading-handler';
import {
  FileReadingCancelledError,
  type FileReadingReply,
  type FileReadingRequest,
  type FileReadingWorkerPort,
} from './file-reading-protocol';

/** A worker that runs the real handler in-process, or (hung) never answers, like a long key derivation. */
const fakeWorker = (hung: boolean) => {
  const listeners: ((event: MessageEvent<FileReadingReply>) => void)[] = [];
  const port: FileReadingWorkerPort & { terminated: boolean } = {
    terminated: false,
    postMessage: (request: FileReadingRequest) => {
      if (hung) return;
      void handleFileReading(request).then((reply) => {
        if (!port.terminated) for (const l of listeners) l({ data: reply } as MessageEvent<FileReadingReply>);
      });
    },
    addEventListener: (type: string, listener: unknown) => {
      if (type === 'message') listeners.push(listener as (event: MessageEvent<FileReadingReply>) => void);
    },
    terminate: vi.fn(() => {
      port.terminated = true;
    }),
  };
  return port;
};

describe('reading a file in a worker', () => {
  it('answers with the bounded reader’s own refusal for a zip bomb', async () => {
    const worker = fakeWorker(false);
    const result = await readFileInWorker(
      { kind: 'spreadsheet', bytes: odsZipBomb(64), fileName: 'bomb.ods' },
      undefined,
      () => worker,
    );
    expect(result.ok ? null : result.error.kind).toBe('too-large');
    expect(worker.terminate).toHaveBeenCalled();
  });

  it('Cancel terminates a worker that is still busy (a key derivation cannot be interrupted otherwise)', async () => {
    const worker = fakeWorker(true);
    const controller = new AbortController();
    const reading = readFileInWorker(
      { kind: 'backup', bytes: new Uint8Array(1), password: 'pw' },
      controller.signal,
      () => worker,
    );
    controller.abort();
    await expect(reading).rejects.toBeInstanceOf(FileReadingCancelledError);
    expect(worker.terminated).toBe(true);
  });
});
