import { describe, expect, it } from 'vitest';
import { ExportCancelledError } from '../common/progress';
import { SAMPLE_POLICY_ID, samplePolicyWorkspace } from '../policy/sample-workspace';
import { runExportInWorker, type ExportWorkerPort } from './client';
import { createExportHandler, ownBuffer, runExportJob } from './handler';
import type { ExportRequest, FromWorkerMessage, ToWorkerMessage } from './protocol';

const ws = samplePolicyWorkspace();
const orgName = ws.organisation.name;

const policyRequest = (format: 'html' | 'markdown' | 'docx' | 'pdf', language: 'en' | 'fr' = 'en'): ExportRequest => ({
  kind: 'policy',
  workspace: ws,
  options: { format, policyId: SAMPLE_POLICY_ID, language, today: '2026-11-22' },
});

const registerRequest = (format: 'pdf' | 'docx' | 'xlsx'): ExportRequest => ({
  kind: 'register',
  workspace: ws,
  options: {
    format,
    register: 'controller',
    language: 'en',
    version: '2.1',
    generatedOn: '2026-11-22',
    includeRetired: false,
    departments: [],
    statuses: [],
  },
});

const collect = () => {
  const sent: { message: FromWorkerMessage; transfer: Transferable[] | undefined }[] = [];
  const post = (message: FromWorkerMessage, transfer?: Transferable[]) => sent.push({ message, transfer });
  return { sent, post };
};

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('export worker message handling', () => {
  it('builds a policy as Markdown inside the handler and transfers the bytes back', async () => {
    const { sent, post } = collect();
    const { handle } = createExportHandler(post);
    await handle({ type: 'start', jobId: 'j1', request: policyRequest('markdown') } satisfies ToWorkerMessage);
    const last = sent.at(-1);
    expect(last?.message.type).toBe('done');
    if (last?.message.type !== 'done') throw new Error('no bytes');
    expect(text(last.message.bytes)).toContain(orgName);
    // The buffer is handed over, not copied: it is in the transfer list and holds exactly the document.
    expect(last.transfer).toEqual([last.message.bytes.buffer]);
    expect(last.message.bytes.buffer.byteLength).toBe(last.message.bytes.byteLength);
  });

  it('reports monotonic progress ending at the total before the bytes', async () => {
    const { sent, post } = collect();
    await createExportHandler(post).handle({ type: 'start', jobId: 'p', request: registerRequest('docx') });
    const progress = sent.flatMap((s) => (s.message.type === 'progress' ? [s.message] : []));
    expect(progress.length).toBeGreaterThan(2);
    const dones = progress.map((p) => p.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    const lastProgress = progress.at(-1);
    expect(lastProgress?.done).toBe(lastProgress?.total);
    expect(sent.at(-1)?.message.type).toBe('done');
  });

  it('stops a running job when the window sends cancel, and says so instead of sending bytes', async () => {
    const { sent, post } = collect();
    const { handle, activeJobs } = createExportHandler(post);
    const running = handle({ type: 'start', jobId: 'c', request: registerRequest('pdf') });
    expect(activeJobs()).toBe(1);
    await handle({ type: 'cancel', jobId: 'c' });
    await running;
    expect(sent.at(-1)?.message).toEqual({ type: 'cancelled', jobId: 'c' });
    expect(sent.some((s) => s.message.type === 'done')).toBe(false);
    expect(activeJobs()).toBe(0);
  });

  it('turns a builder failure into an error message that names the problem', async () => {
    const { sent, post } = collect();
    const request: ExportRequest = {
      ...policyRequest('pdf'),
      options: { ...policyRequest('pdf').options, policyId: 'nope' },
    } as ExportRequest;
    await createExportHandler(post).handle({ type: 'start', jobId: 'e', request });
    expect(sent.at(-1)?.message).toEqual({
      type: 'error',
      jobId: 'e',
      message: expect.stringContaining('No privacy policy with id "nope"'),
    });
  });

  it('answers a malformed message with an error instead of crashing', async () => {
    const { sent, post } = collect();
    await createExportHandler(post).handle({ type: 'start', jobId: 'm', request: { kind: 'invoice' } });
    expect(sent).toEqual([
      {
        message: { type: 'error', jobId: 'm', message: expect.stringContaining('does not understand') },
        transfer: undefined,
      },
    ]);
  });

  it('writes the policy in the language asked for, not only the one stored', async () => {
    const en = text(await runExportJob(policyRequest('html', 'en')));
    const fr = text(await runExportJob(policyRequest('html', 'fr')));
    expect(en).toContain('lang="en');
    expect(fr).toContain('lang="fr');
    expect(fr).not.toEqual(en);
  });

  it('builds the register spreadsheet as an xlsx (zip) file', async () => {
    const bytes = await runExportJob(registerRequest('xlsx'));
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
  });

  it('copies a view on a larger buffer so only the document is transferred', () => {
    const big = new Uint8Array([9, 1, 2, 3, 9]);
    const view = big.subarray(1, 4);
    const own = ownBuffer(view);
    expect([...own]).toEqual([1, 2, 3]);
    expect(own.buffer.byteLength).toBe(3);
  });
});

/** A worker that runs the real handler in the same thread, through structured clone like a real one. */
const inProcessWorker = () => {
  const listeners: ((e: MessageEvent<FromWorkerMessage>) => void)[] = [];
  let terminated = false;
  const { handle } = createExportHandler((message) => {
    if (terminated) return;
    for (const l of listeners) l({ data: message } as MessageEvent<FromWorkerMessage>);
  });
  const port: ExportWorkerPort & { terminated(): boolean } = {
    postMessage(message: ToWorkerMessage) {
      void handle(structuredClone(message));
    },
    addEventListener(type: string, listener: (e: never) => void) {
      if (type === 'message') listeners.push(listener as (e: MessageEvent<FromWorkerMessage>) => void);
    },
    terminate() {
      terminated = true;
    },
    terminated: () => terminated,
  };
  return port;
};

describe('export worker client', () => {
  it('resolves with the bytes and forwards progress', async () => {
    const worker = inProcessWorker();
    const seen: number[] = [];
    const bytes = await runExportInWorker(policyRequest('docx'), { onProgress: (d) => seen.push(d) }, () => worker);
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
    expect(seen.length).toBeGreaterThan(1);
    expect(worker.terminated()).toBe(true);
  });

  it('rejects with ExportCancelledError when the user cancels', async () => {
    const controller = new AbortController();
    const promise = runExportInWorker(
      registerRequest('pdf'),
      { signal: controller.signal, onProgress: () => controller.abort() },
      inProcessWorker,
    );
    await expect(promise).rejects.toBeInstanceOf(ExportCancelledError);
  });

  it('terminates a worker that does not answer a cancel', async () => {
    // A worker stuck in a long synchronous layout: it never reads the cancel nor answers.
    let terminated = false;
    const stuck: ExportWorkerPort = {
      postMessage: () => undefined,
      addEventListener: () => undefined,
      terminate: () => (terminated = true),
    };
    const controller = new AbortController();
    const promise = runExportInWorker(registerRequest('pdf'), { signal: controller.signal }, () => stuck);
    controller.abort();
    await expect(promise).rejects.toBeInstanceOf(ExportCancelledError);
    expect(terminated).toBe(true);
  });

  it('rejects with the builder’s message when the export fails', async () => {
    const bad = {
      ...policyRequest('markdown'),
      options: { ...policyRequest('markdown').options, policyId: 'gone' },
    } as ExportRequest;
    await expect(runExportInWorker(bad, {}, inProcessWorker)).rejects.toThrow(/No privacy policy with id "gone"/);
  });
});
