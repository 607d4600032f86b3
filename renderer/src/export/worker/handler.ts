import type { Finding } from '../../domain/checks';
import { WORD_PAGE_NUMBERS } from '../common/docx';
import { type BuildControl, ExportCancelledError, throwIfCancelled } from '../common/progress';
import { policyGaps, registerGaps } from '../gaps';
import {
  buildPolicyViewModel,
  findPolicy,
  renderPolicyDocx,
  renderPolicyHtml,
  renderPolicyMarkdown,
  renderPolicyPdf,
} from '../policy';
import { buildRegisterViewModel, renderRegisterDocx, renderRegisterPdf, renderRegisterXlsx } from '../register';
import { PARALLEL_THRESHOLD, registerWarmUpJob, renderRegisterPdfInParts } from '../register/pdf-parts';
import type { PdfPartPool } from '../common/pdf/parts';
import { renderBreachNotification, renderLog, renderRequestLetter } from '../logs';
import { buildBilingualPolicy, buildBilingualRegister, renderBilingualDocx, renderBilingualPdf } from '../bilingual';
import { TRANSLATION_RULE_ID } from '../../domain/checks/translation-rules';
import type { Language } from '../../domain/common';
import { LANGUAGES } from '../../domain/languages';
import { isObject, isOneOf } from '../../domain/values';
import type { Workspace } from '../../domain/workspace';
import type { HouseStyle } from '../../domain/letterhead';
import type {
  ExportRequest,
  FromWorkerMessage,
  PolicyExportOptions,
  RegisterExportOptions,
  StoredExportRequest,
  ToWorkerMessage,
} from './protocol';
import { STORED_EXPORT_KINDS } from './protocol';

const encodeText = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The policy as it would read in another language: the same record, the policy's language switched. */
const withPolicyLanguage = (ws: Workspace, options: PolicyExportOptions): Workspace => ({
  ...ws,
  documents: ws.documents.map((d) =>
    d.id === options.policyId && d.kind === 'privacy_policy' && d.language !== options.language
      ? { ...d, language: options.language }
      : d,
  ),
});

/** A bilingual document is laid out in two columns: only the paged formats have them. */
export class BilingualFormatError extends Error {
  constructor(format: string) {
    super(`A document in two languages side by side is made as DOCX or PDF, not ${format.toUpperCase()}.`);
    this.name = 'BilingualFormatError';
  }
}

/** What a build may use besides the request: a pool of workers that lays out large PDFs in parts. */
export interface ExportEnvironment {
  pdfPool?: PdfPartPool;
}

/** What the register's view model takes of the window's options. */
const registerViewOptions = (options: Omit<RegisterExportOptions, 'format'>) => ({
  register: options.register,
  language: options.language,
  version: options.version,
  generatedOn: options.generatedOn,
  includeRetired: options.includeRetired,
  departments: options.departments,
  statuses: options.statuses,
});

/** Builds the document a request asks for. Pure apart from the control's callbacks (and the pool's workers). */
export const runExportJob = async (
  request: ExportRequest,
  given: BuildControl = {},
  environment: ExportEnvironment = {},
): Promise<Uint8Array> => {
  // A Word document's contents open in Word with their page numbers, laid out as Word would.
  const control: BuildControl = { docxPageNumbers: WORD_PAGE_NUMBERS, ...given };
  throwIfCancelled(control.signal);
  // The window's options are plain data: a second language must be one of ours.
  const second = request.kind === 'register' || request.kind === 'policy' ? request.options.secondLanguage : undefined;
  if (second !== undefined && !isOneOf(LANGUAGES, second))
    throw new Error(`"${String(second)}" is not a document language of DPO Desk (${LANGUAGES.join(', ')}).`);
  if (request.kind === 'register') {
    const { format, ...options } = request.options;
    const registerOptions = registerViewOptions(options);
    if (options.secondLanguage !== undefined && format === 'xlsx') throw new BilingualFormatError(format);
    // The spreadsheet lists controller activities in the CNIL/ICO columns, whatever register is picked.
    if (format === 'xlsx')
      return renderRegisterXlsx(
        request.workspace,
        { ...registerOptions, ...(options.xlsxLayout ? { layout: options.xlsxLayout } : {}) },
        control,
      );
    if (options.secondLanguage !== undefined) {
      const doc = buildBilingualRegister(request.workspace, registerOptions, options.secondLanguage);
      return format === 'docx' ? renderBilingualDocx(doc, control) : renderBilingualPdf(doc, control);
    }
    const vm = buildRegisterViewModel(request.workspace, registerOptions);
    if (format === 'docx') return renderRegisterDocx(vm, control);
    // A large register is laid out in parts on every core; a small one in one go.
    return environment.pdfPool
      ? renderRegisterPdfInParts(vm, control, { pool: environment.pdfPool })
      : renderRegisterPdf(vm, control);
  }
  if (request.kind === 'log') return renderLog(request.workspace, request.options, control);
  if (request.kind === 'breachNotification') {
    const { breachId, ...options } = request.options;
    return renderBreachNotification(request.workspace, breachId, options, control);
  }
  if (request.kind === 'requestLetter') {
    const { requestId, letter, language, date } = request.options;
    return renderRequestLetter(request.workspace, requestId, { kind: letter, language, date }, control);
  }
  const { format, policyId, today, secondLanguage } = request.options;
  if (secondLanguage !== undefined) {
    if (format !== 'docx' && format !== 'pdf') throw new BilingualFormatError(format);
    const doc = buildBilingualPolicy(request.workspace, policyId, [request.options.language, secondLanguage], {
      today,
    });
    return format === 'docx' ? renderBilingualDocx(doc, control) : renderBilingualPdf(doc, control);
  }
  const vm = buildPolicyViewModel(withPolicyLanguage(request.workspace, request.options), policyId, { today });
  switch (format) {
    case 'pdf':
      return renderPolicyPdf(vm, control);
    case 'docx':
      return renderPolicyDocx(vm, control);
    case 'html':
    case 'markdown': {
      // Text formats are built in one step; report it so the bar still moves from 0 to done.
      control.onProgress?.(0, 1);
      const text = format === 'html' ? renderPolicyHtml(vm) : renderPolicyMarkdown(vm);
      throwIfCancelled(control.signal);
      control.onProgress?.(1, 1);
      return encodeText(text);
    }
  }
};

/** Whether a request is for a register PDF in one language, the only document laid out in parts. */
const mayBeLaidOutInParts = (request: StoredExportRequest | ExportRequest): boolean =>
  request.kind === 'register' && request.options.format === 'pdf' && request.options.secondLanguage === undefined;

/**
 * Gets ready for a request that is likely to come (the export dialog is open): a register PDF
 * large enough to be laid out in parts has the pool's workers started and warmed on its first
 * activity, so the export itself does not pay their first, slowest layout. Anything else needs
 * nothing. Never fails: a warm-up is only a head start.
 */
export const prepareExportJob = (
  request: ExportRequest,
  houseStyle: HouseStyle | undefined,
  environment: ExportEnvironment = {},
): void => {
  const { pdfPool } = environment;
  if (!pdfPool?.warm || request.kind !== 'register' || !mayBeLaidOutInParts(request)) return;
  // Fewer activities than a register in parts needs: no view model to build for nothing.
  if (request.workspace.activities.length < PARALLEL_THRESHOLD) return;
  const vm = buildRegisterViewModel(request.workspace, registerViewOptions(request.options));
  const job = registerWarmUpJob(vm, houseStyle);
  if (job) pdfPool.warm(job);
};

/** The texts with no translation in the second language of a bilingual document: its column's gaps. */
const untranslatedIn = (findings: readonly Finding[], language: Language): Finding[] =>
  findings.filter((f) => f.ruleId === TRANSLATION_RULE_ID && f.params?.language === language.toUpperCase());

/**
 * The gaps the document of a request would go out with, on the record as read. A bilingual
 * document has those of its first language and, for its second column, the texts that have no
 * translation in the second (the other checks are about the record, the same in both columns).
 */
export const gapsOf = (request: ExportRequest): Finding[] => {
  if (request.kind === 'register') {
    const { register, includeRetired, departments, statuses, generatedOn, secondLanguage } = request.options;
    const { language } = request.options;
    const scope = { register, includeRetired, departments, statuses };
    const first = registerGaps(request.workspace, scope, generatedOn, language);
    if (secondLanguage === undefined) return first;
    return [
      ...first,
      ...untranslatedIn(registerGaps(request.workspace, scope, generatedOn, secondLanguage), secondLanguage),
    ];
  }
  // The logs print their own gaps ("Not recorded") entry by entry; their checks run in the checks screen.
  if (request.kind !== 'policy') return [];
  const { policyId, today, secondLanguage } = request.options;
  const ws = withPolicyLanguage(request.workspace, request.options);
  const first = policyGaps(ws, findPolicy(ws, policyId), today);
  if (secondLanguage === undefined) return first;
  const other = withPolicyLanguage(request.workspace, { ...request.options, language: secondLanguage });
  return [...first, ...untranslatedIn(policyGaps(other, findPolicy(other, policyId), today), secondLanguage)];
};

/** A view of exactly the bytes, on a buffer of its own, so transferring it moves nothing else. */
export const ownBuffer = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => {
  const { buffer } = bytes;
  return bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength && buffer instanceof ArrayBuffer
    ? new Uint8Array(buffer)
    : bytes.slice();
};

export type PostToWindow = (message: FromWorkerMessage, transfer?: Transferable[]) => void;

const errorMessage = (err: unknown): string =>
  err instanceof Error && err.message !== '' ? err.message : 'The document could not be built for an unknown reason.';

/** Rejects anything that is not one of the messages the window may send. */
const isToWorkerMessage = (value: unknown): value is ToWorkerMessage => {
  if (!isObject(value)) return false;
  const m = value;
  if (m.type === 'prepare') return isStoredRequest(m.request);
  if (typeof m.jobId !== 'string') return false;
  if (m.type === 'cancel') return true;
  if (m.type !== 'start' || typeof m.stopAtGaps !== 'boolean') return false;
  return isStoredRequest(m.request);
};

/** The shape of a stored-record request (its options are checked by the builders). */
const isStoredRequest = (value: unknown): value is StoredExportRequest => {
  if (!isObject(value)) return false;
  const { kind, organisationId, options } = value;
  return (
    isOneOf(STORED_EXPORT_KINDS, kind) &&
    typeof organisationId === 'string' &&
    typeof options === 'object' &&
    options !== null
  );
};

/** Where the worker reads an organisation's stored record (the app database, or a test's fixture). */
export type LoadWorkspace = (organisationId: string) => Promise<Workspace>;
/** Where the worker finds the letterhead an organisation's documents go out on (none: the app's own layout). */
export type LoadHouseStyle = (organisationId: string) => Promise<HouseStyle | undefined>;
const noHouseStyle: LoadHouseStyle = () => Promise.resolve(undefined);

/** The request the builders take: the window's request with the record read. */
export const withWorkspace = (request: StoredExportRequest, workspace: Workspace): ExportRequest => {
  switch (request.kind) {
    case 'register':
      return { kind: 'register', workspace, options: request.options };
    case 'policy':
      return { kind: 'policy', workspace, options: request.options };
    case 'log':
      return { kind: 'log', workspace, options: request.options };
    case 'breachNotification':
      return { kind: 'breachNotification', workspace, options: request.options };
    case 'requestLetter':
      return { kind: 'requestLetter', workspace, options: request.options };
  }
};

/**
 * The worker's message loop without the worker: one AbortController per job; the record read,
 * the gaps sent back when the window asked to stop at them, otherwise progress forwarded and the
 * bytes transferred back; cancellation and failures reported as messages. Returns the handler for
 * `onmessage` and a promise per started job so tests can await it.
 */
export const createExportHandler = (
  post: PostToWindow,
  loadWorkspace: LoadWorkspace,
  run: typeof runExportJob = runExportJob,
  loadHouseStyle: LoadHouseStyle = noHouseStyle,
  prepare?: (request: ExportRequest, houseStyle: HouseStyle | undefined) => void,
) => {
  const jobs = new Map<string, AbortController>();
  const handle = async (data: unknown): Promise<void> => {
    if (!isToWorkerMessage(data)) {
      const jobId = isObject(data) && typeof data.jobId === 'string' ? data.jobId : '';
      post({ type: 'error', jobId, message: 'The export worker received a message it does not understand.' });
      return;
    }
    if (data.type === 'cancel') {
      jobs.get(data.jobId)?.abort();
      return;
    }
    if (data.type === 'prepare') {
      // Only a register PDF has anything to get ready: nothing else reads the record twice.
      if (!prepare || !mayBeLaidOutInParts(data.request)) return;
      // A head start only: a record that cannot be read now is reported by the job that reads it.
      try {
        const { organisationId } = data.request;
        const request = withWorkspace(data.request, await loadWorkspace(organisationId));
        prepare(request, await loadHouseStyle(organisationId));
      } catch {
        // Nothing to tell: no job is waiting on this.
      }
      return;
    }
    const { jobId, stopAtGaps } = data;
    const controller = new AbortController();
    jobs.set(jobId, controller);
    try {
      const { organisationId } = data.request;
      const request = withWorkspace(data.request, await loadWorkspace(organisationId));
      // Read with the record, so every document of the job (DOCX, PDF, its parts) takes the same letterhead.
      const houseStyle = await loadHouseStyle(organisationId);
      throwIfCancelled(controller.signal);
      if (stopAtGaps) {
        const gaps = gapsOf(request);
        if (gaps.length > 0) {
          post({ type: 'gaps', jobId, gaps });
          return;
        }
      }
      const bytes = ownBuffer(
        await run(request, {
          signal: controller.signal,
          onProgress: (done, total) => post({ type: 'progress', jobId, done, total }),
          onWarning: (warning) => post({ type: 'warning', jobId, warning }),
          ...(houseStyle ? { houseStyle } : {}),
        }),
      );
      // A cancel that arrived while the last step finished still wins: the user asked for nothing.
      if (controller.signal.aborted) post({ type: 'cancelled', jobId });
      else post({ type: 'done', jobId, bytes }, [bytes.buffer]);
    } catch (err) {
      if (err instanceof ExportCancelledError || controller.signal.aborted) post({ type: 'cancelled', jobId });
      else post({ type: 'error', jobId, message: errorMessage(err) });
    } finally {
      jobs.delete(jobId);
    }
  };
  return { handle, activeJobs: (): number => jobs.size };
};
