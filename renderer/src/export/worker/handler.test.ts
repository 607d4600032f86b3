import { describe, expect, it } from 'vitest';
import { ExportCancelledError, type ExportWarning } from '../common/progress';
import { SAMPLE_POLICY_ID, samplePolicyWorkspace } from '../../../../test/fixtures/policy/sample-workspace';
import type { Workspace } from '../../domain/workspace';
import { runExportInWorker, type ExportOutcome, type ExportWorkerPort } from './client';
import {
  createExportHandler,
  ownBuffer,
  prepareExportJob,
  runExportJob,
  withWorkspace,
  type LoadWorkspace,
} from './handler';
import type { PdfPartJob, PdfPartPool } from '../common/pdf/parts';
import { PARALLEL_THRESHOLD } from '../register/pdf-parts';
import type { ExportRequest, FromWorkerMessage, StoredExportRequest, ToWorkerMessage } from './protocol';

const ws = samplePolicyWorkspace();
const orgName = ws.organisation.name;

/** The same record with one activity's purposes removed: a register of it has an Art. 30 gap. */
const withGap = (): Workspace => {
  const target = ws.activities.find((a) => a.kind === 'controller' && a.deletedAt === null)!;
  return { ...ws, activities: ws.activities.map((a) => (a.id === target.id ? { ...a, purposes: [] } : a)) };
};

/** Reads from a fixed set of records, as the worker reads the app database. */
const storedRecords =
  (...workspaces: Workspace[]): LoadWorkspace =>
  async (organisationId) => {
    const found = workspaces.find((w) => w.organisation.id === organisationId);
    if (!found) throw new Error(`The organisation ${organisationId} does not exist.`);
    return found;
  };
const load = storedRecords(ws);

const policyRequest = (
  format: 'html' | 'markdown' | 'docx' | 'pdf',
  language: 'en' | 'fr' = 'en',
): StoredExportRequest => ({
  kind: 'policy',
  organisationId: ws.organisation.id,
  options: { format, policyId: SAMPLE_POLICY_ID, language, today: '2026-11-22' },
});

const registerRequest = (format: 'pdf' | 'docx' | 'xlsx'): StoredExportRequest => ({
  kind: 'register',
  organisationId: ws.organisation.id,
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

/** The request the builders take, for calling runExportJob directly. */
const built = (request: StoredExportRequest): ExportRequest => withWorkspace(request, ws);

const start = (jobId: string, request: StoredExportRequest, stopAtGaps = false): ToWorkerMessage => ({
  type: 'start',
  jobId,
  request,
  stopAtGaps,
});

const documentBytes = (outcome: ExportOutcome): Uint8Array => {
  if (outcome.kind !== 'document') throw new Error(`expected a document, got ${outcome.kind}`);
  return outcome.bytes;
};

describe('export worker message handling', () => {
  it('builds a policy as Markdown inside the handler and transfers the bytes back', async () => {
    const { sent, post } = collect();
    const { handle } = createExportHandler(post, load);
    await handle(start('j1', policyRequest('markdown')));
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
    await createExportHandler(post, load).handle(start('p', registerRequest('docx')));
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
    const { handle, activeJobs } = createExportHandler(post, load);
    const running = handle(start('c', registerRequest('pdf')));
    expect(activeJobs()).toBe(1);
    await handle({ type: 'cancel', jobId: 'c' });
    await running;
    expect(sent.at(-1)?.message).toEqual({ type: 'cancelled', jobId: 'c' });
    expect(sent.some((s) => s.message.type === 'done')).toBe(false);
    expect(activeJobs()).toBe(0);
  });

  it('turns a builder failure into an error message that names the problem', async () => {
    const { sent, post } = collect();
    const request = {
      ...policyRequest('pdf'),
      options: { ...policyRequest('pdf').options, policyId: 'nope' },
    } as StoredExportRequest;
    await createExportHandler(post, load).handle(start('e', request));
    expect(sent.at(-1)?.message).toEqual({
      type: 'error',
      jobId: 'e',
      message: expect.stringContaining('No privacy policy with id "nope"'),
    });
  });

  it('answers a malformed message with an error instead of crashing', async () => {
    const { sent, post } = collect();
    const { handle } = createExportHandler(post, load);
    await handle({ type: 'start', jobId: 'm', request: { kind: 'invoice' }, stopAtGaps: false });
    await handle({
      type: 'start',
      jobId: 'n',
      request: { ...registerRequest('pdf'), organisationId: 7 },
      stopAtGaps: false,
    });
    await handle({ type: 'start', jobId: 'o', request: registerRequest('pdf') });
    expect(sent.map((s) => s.message)).toEqual(
      ['m', 'n', 'o'].map((jobId) => ({
        type: 'error',
        jobId,
        message: expect.stringContaining('does not understand'),
      })),
    );
  });

  it('gets the PDF workers of a large register ready when told to prepare, and answers nothing', async () => {
    // The sample's controller activity, copied until the register is laid out in parts.
    const model = ws.activities.find((a) => a.kind === 'controller' && a.deletedAt === null)!;
    const large: Workspace = {
      ...ws,
      activities: Array.from({ length: PARALLEL_THRESHOLD }, (_, i) => ({
        ...model,
        id: `${model.id}-copy-${i}`,
        name: `${model.name} ${String(i + 1).padStart(3, '0')}`,
      })),
    };
    const warmed: PdfPartJob[] = [];
    const pool: PdfPartPool = {
      size: 2,
      render: () => Promise.reject(new Error('no part is laid out while getting ready')),
      warm: (job) => warmed.push(job),
    };
    const { sent, post } = collect();
    const prepareOn = (records: Workspace) =>
      createExportHandler(post, storedRecords(records), runExportJob, undefined, (request, houseStyle) =>
        prepareExportJob(request, houseStyle, { pdfPool: pool }),
      );
    await prepareOn(large).handle({ type: 'prepare', request: registerRequest('pdf') });
    expect(warmed).toHaveLength(1);
    // The sample is the register's first activity, as the parts will show it.
    expect(JSON.stringify(warmed[0]!.content)).toContain(`${model.name} 001`);
    expect(JSON.stringify(warmed[0]!.content)).not.toContain(`${model.name} 002`);
    // Nothing to warm for a DOCX, nor for a register small enough for one layout.
    await prepareOn(large).handle({ type: 'prepare', request: registerRequest('docx') });
    await prepareOn(ws).handle({ type: 'prepare', request: registerRequest('pdf') });
    expect(warmed).toHaveLength(1);
    // An organisation that cannot be read is left to the job to report.
    await prepareOn(large).handle({ type: 'prepare', request: { ...registerRequest('pdf'), organisationId: 'gone' } });
    expect(sent).toEqual([]);
  });

  it('answers with the gaps, and builds nothing, when asked to stop at them', async () => {
    const broken = withGap();
    const { sent, post } = collect();
    await createExportHandler(post, storedRecords(broken)).handle(start('g', registerRequest('pdf'), true));
    expect(sent.map((s) => s.message.type)).toEqual(['gaps']);
    const message = sent[0]!.message;
    if (message.type !== 'gaps') throw new Error('no gaps');
    expect(message.gaps.some((f) => f.messageKey.includes('purposes-missing') && /Art\. 30/.test(f.article))).toBe(
      true,
    );
  });

  it('builds the same record anyway when the DPO chose to export despite the gaps', async () => {
    const { sent, post } = collect();
    await createExportHandler(post, storedRecords(withGap())).handle(start('a', registerRequest('docx'), false));
    expect(sent.some((s) => s.message.type === 'gaps')).toBe(false);
    expect(sent.at(-1)?.message.type).toBe('done');
  });

  it('says which organisation could not be read instead of building an empty document', async () => {
    const { sent, post } = collect();
    const request = { ...registerRequest('pdf'), organisationId: 'gone' };
    await createExportHandler(post, load).handle(start('r', request, true));
    expect(sent).toEqual([
      {
        message: { type: 'error', jobId: 'r', message: 'The organisation gone does not exist.' },
        transfer: undefined,
      },
    ]);
  });

  it('writes the policy in the language asked for, not only the one stored', async () => {
    const en = text(await runExportJob(built(policyRequest('html', 'en'))));
    const fr = text(await runExportJob(built(policyRequest('html', 'fr'))));
    expect(en).toContain('lang="en');
    expect(fr).toContain('lang="fr');
    expect(fr).not.toEqual(en);
  });

  it('builds the register spreadsheet as an xlsx (zip) file', async () => {
    const bytes = await runExportJob(built(registerRequest('xlsx')));
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
const inProcessWorker = (loadWorkspace: LoadWorkspace = load, run: typeof runExportJob = runExportJob) => {
  const listeners: ((e: MessageEvent<FromWorkerMessage>) => void)[] = [];
  let terminated = false;
  const { handle } = createExportHandler(
    (message) => {
      if (terminated) return;
      for (const l of listeners) l({ data: structuredClone(message) } as MessageEvent<FromWorkerMessage>);
    },
    loadWorkspace,
    run,
  );
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
    const bytes = documentBytes(
      await runExportInWorker(policyRequest('docx'), { onProgress: (d) => seen.push(d) }, () => worker),
    );
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
    expect(seen.length).toBeGreaterThan(1);
    expect(worker.terminated()).toBe(true);
  });

  it('hands the builder’s warnings to the window with the document, each once', async () => {
    // The register PDF built as when pdfmake did not take the speed-ups: it warns, and still delivers.
    const slowPdf: typeof runExportJob = async (request, control = {}) => {
      control.onWarning?.({ kind: 'pdfSpeedupsUnavailable' });
      const bytes = await runExportJob(request, control);
      control.onWarning?.({ kind: 'pdfSpeedupsUnavailable' });
      return bytes;
    };
    const heard: ExportWarning[] = [];
    const outcome = await runExportInWorker(registerRequest('pdf'), { onWarning: (w) => heard.push(w) }, () =>
      inProcessWorker(load, slowPdf),
    );
    expect(text(documentBytes(outcome).subarray(0, 5))).toBe('%PDF-');
    expect(outcome.kind === 'document' && outcome.warnings).toEqual([{ kind: 'pdfSpeedupsUnavailable' }]);
    expect(heard).toEqual([{ kind: 'pdfSpeedupsUnavailable' }, { kind: 'pdfSpeedupsUnavailable' }]);
  });

  it('rejects with ExportCancelledError when the user cancels', async () => {
    const controller = new AbortController();
    const promise = runExportInWorker(
      registerRequest('pdf'),
      { signal: controller.signal, onProgress: () => controller.abort() },
      () => inProcessWorker(),
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
    } as StoredExportRequest;
    await expect(runExportInWorker(bad, {}, () => inProcessWorker())).rejects.toThrow(
      /No privacy policy with id "gone"/,
    );
  });

  it('resolves with the gaps when asked to stop at them, and with the document otherwise', async () => {
    const broken = () => inProcessWorker(storedRecords(withGap()));
    const checked = await runExportInWorker(registerRequest('docx'), { stopAtGaps: true }, broken);
    expect(checked.kind).toBe('gaps');
    if (checked.kind === 'gaps') expect(checked.gaps.length).toBeGreaterThan(0);
    const anyway = await runExportInWorker(registerRequest('docx'), { stopAtGaps: false }, broken);
    expect(String.fromCharCode(...documentBytes(anyway).subarray(0, 2))).toBe('PK');
  });
});
