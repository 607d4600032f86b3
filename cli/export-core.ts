/**
 * `npm run export`'s work once its arguments are parsed (export-args.ts): reading the backup or
 * workspace, then writing the document. Each builder is loaded by `import()` only when the export
 * asks for it (the register's DOCX does not load pdfmake or exceljs, a workspace file does not load
 * the backup module, and the examples load only for --example): each of them takes a second or
 * more to load, and the tool is started by hand and by the tests many times.
 */
import { stat } from 'node:fs/promises';
import { CLI_LIMITS, quoteCut } from '../renderer/src/data/limits';
import type { Language } from '../renderer/src/domain/common';
import type { HouseStyle } from '../renderer/src/domain/letterhead';
import type { Workspace } from '../renderer/src/domain/workspace';
import type { BuildControl } from '../renderer/src/export/common/progress';
import type { ExportWarning } from '../renderer/src/export/common/warnings';
import {
  readBoundedFile,
  resolvePassword,
  UsageError,
  type ExportArgs,
  type ExportTarget,
  type PasswordSources,
} from './export-args';
import type { startNodePdfPool } from './pdf-pool';
import type { BackupData } from '../renderer/src/data/backup/tables';

/** The workspace schema and its problem wording: zod and the domain, loaded once a file is read. */
const loadSchema = async () => {
  const [{ workspaceSchema }, { describeProblems, problemsOf }] = await Promise.all([
    import('../renderer/src/domain/workspace'),
    import('../electron/shared/issues'),
  ]);
  return { workspaceSchema, describeProblems, problemsOf };
};

const workspaceFromBackup = async (data: BackupData, wanted: string | undefined): Promise<Workspace> => {
  const orgs = data.organisations.filter((o) => o.deletedAt === null);
  if (orgs.length === 0) throw new UsageError('The backup holds no organisation.');
  let org = orgs[0];
  if (orgs.length > 1 || wanted !== undefined) {
    const names = orgs.map((o) => `"${quoteCut(o.name)}" (${o.id})`).join(', ');
    if (wanted === undefined)
      throw new UsageError(`The backup holds several organisations; choose one with --organisation: ${names}.`);
    org = orgs.find((o) => o.id === wanted || o.name.toLowerCase() === wanted.toLowerCase());
    if (!org) throw new UsageError(`No organisation "${quoteCut(wanted)}" in the backup. It holds: ${names}.`);
  }
  const own = <R extends { organisationId: string }>(rows: readonly R[]): R[] =>
    rows.filter((r) => r.organisationId === org?.id);
  const { workspaceSchema, describeProblems, problemsOf } = await loadSchema();
  const parsed = workspaceSchema.safeParse({
    organisation: org,
    contacts: own(data.contacts),
    activities: own(data.activities),
    recipients: own(data.recipients),
    processors: own(data.processors),
    transfers: own(data.transfers),
    securityMeasures: own(data.securityMeasures),
    documents: own(data.documents),
    breaches: own(data.breaches),
    requests: own(data.requests),
  });
  if (!parsed.success)
    throw new UsageError(`The backup data is not valid:\n${describeProblems(problemsOf(parsed.error))}`);
  return parsed.data;
};

/**
 * Reads a DPO Desk backup (plain or encrypted, via the backup module) or a plain Workspace JSON.
 * `askPassword` is called when the backup is encrypted and no password was given (a terminal prompt).
 */
export const loadWorkspace = async (
  path: string,
  organisation?: string,
  password?: string,
  askPassword?: () => Promise<string>,
): Promise<Workspace> => {
  const bytes = await readBoundedFile(path, CLI_LIMITS.maxInputBytes, 'backups and workspaces');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    raw = undefined;
  }
  // A backup re-saved as UTF-16 is not JSON to a UTF-8 reader, but the backup module reads it.
  const looksLikeBackup =
    (typeof raw === 'object' && raw !== null && 'format' in raw && raw.format === 'dpo-desk-backup') ||
    (raw === undefined && (bytes[0] === 0xff || bytes[0] === 0xfe || bytes[1] === 0));
  if (raw === undefined && !looksLikeBackup)
    throw new UsageError(`"${quoteCut(path)}" is not JSON: expected a DPO Desk backup or a workspace file.`);
  if (looksLikeBackup) {
    const [{ inspectBackup }, { describeProblems }] = await Promise.all([
      import('../renderer/src/data/backup/inspect'),
      import('../electron/shared/issues'),
    ]);
    let result = await inspectBackup(bytes, password === undefined ? {} : { password });
    if (!result.ok && result.error.kind === 'password-required' && askPassword)
      result = await inspectBackup(bytes, { password: await askPassword() });
    if (!result.ok) {
      const details = result.error.problems ? `\n${describeProblems(result.error.problems)}` : '';
      throw new UsageError(`${result.error.message}${details}`);
    }
    return workspaceFromBackup(result.plan.data, organisation);
  }
  if (typeof raw === 'object' && raw !== null && 'organisation' in raw) {
    const { workspaceSchema, describeProblems, problemsOf } = await loadSchema();
    const parsed = workspaceSchema.safeParse(raw);
    if (!parsed.success)
      throw new UsageError(`"${path}" is not a valid workspace:\n${describeProblems(problemsOf(parsed.error))}`);
    return parsed.data;
  }
  throw new UsageError(
    `"${path}" is neither a DPO Desk backup (format "dpo-desk-backup") nor a workspace (with "organisation").`,
  );
};

type NodePdfPool = ReturnType<typeof startNodePdfPool>;

/**
 * An input file at least this large probably holds a register that is laid out on the workers
 * (PARALLEL_THRESHOLD, 300 activities, is about 1.9 MB in the bench's synthetic record): they start
 * before the file is read and checked, and are closed unused if it holds fewer activities.
 */
export const EARLY_POOL_BYTES = 1_000_000;

/** The PDF workers, started before the record is read when the export is a large register's PDF. */
const earlyPdfPool = async (args: ExportArgs): Promise<NodePdfPool | undefined> => {
  const { target } = args;
  if (target.kind !== 'register' || target.format !== 'pdf' || target.secondLanguage !== undefined) return undefined;
  if (args.example !== undefined) return undefined;
  const size = await stat(args.input).then(
    (s) => s.size,
    () => 0,
  );
  return size >= EARLY_POOL_BYTES ? (await import('./pdf-pool')).startNodePdfPool() : undefined;
};

const exportRegister = async (
  ws: Workspace,
  target: Extract<ExportTarget, { kind: 'register' }>,
  args: ExportArgs,
  control: BuildControl,
  early: NodePdfPool | undefined,
): Promise<Uint8Array> => {
  const options = {
    language: target.language,
    includeRetired: args.includeRetired,
    departments: args.departments,
    ...(args.version ? { version: args.version } : {}),
  };
  if (target.format === 'xlsx') {
    if (target.register === 'processor')
      throw new UsageError('The XLSX export follows the CNIL and ICO controller templates: use --register controller.');
    const { renderRegisterXlsx } = await import('../renderer/src/export/register/xlsx');
    return renderRegisterXlsx(ws, { ...options, ...(args.xlsxLayout ? { layout: args.xlsxLayout } : {}) }, control);
  }
  if (target.secondLanguage !== undefined) {
    // In two languages side by side: the register's view model in each, paired (export/bilingual).
    const { buildBilingualRegister, renderBilingualDocx, renderBilingualPdf } =
      await import('../renderer/src/export/bilingual');
    const doc = buildBilingualRegister(ws, { ...options, register: target.register }, target.secondLanguage);
    return target.format === 'docx' ? renderBilingualDocx(doc, control) : renderBilingualPdf(doc, control);
  }
  const { buildRegisterViewModel } = await import('../renderer/src/export/register/view-model');
  if (target.format === 'docx') {
    const { renderRegisterDocx } = await import('../renderer/src/export/register/docx');
    return renderRegisterDocx(buildRegisterViewModel(ws, { ...options, register: target.register }), control);
  }
  const { PARALLEL_THRESHOLD, registerSampleJob, renderRegisterPdfInParts } =
    await import('../renderer/src/export/register/pdf-parts');
  // A large register is laid out in parts on every core (worker threads), then joined. The workers
  // start loading before the view model is built; one that a filter makes small is laid out here.
  const live = ws.activities.filter((a) => a.deletedAt === null);
  const pool =
    live.length < PARALLEL_THRESHOLD ? undefined : (early ?? (await import('./pdf-pool')).startNodePdfPool());
  if (pool !== early) early?.close();
  try {
    if (pool) {
      // While the whole register's view model is built, each worker lays out the record's first
      // activity, so that the real parts find every kind of content laid out once (code compiled, fonts read).
      const sample = buildRegisterViewModel(
        { ...ws, activities: live.slice(0, 1) },
        { ...options, register: target.register },
      );
      pool.warmEach(registerSampleJob(sample, control.houseStyle));
    }
    const vm = buildRegisterViewModel(ws, { ...options, register: target.register });
    if (!pool || vm.activities.length < PARALLEL_THRESHOLD) {
      const { renderRegisterPdf } = await import('../renderer/src/export/register/pdf');
      return await renderRegisterPdf(vm, control);
    }
    return await renderRegisterPdfInParts(vm, control, { pool });
  } finally {
    pool?.close();
  }
};

/** A policy by id or by title (case-insensitive); `--lang` writes it in another language than its own. */
const exportPolicy = async (
  ws: Workspace,
  target: Extract<ExportTarget, { kind: 'policy' }>,
  control: BuildControl,
): Promise<Uint8Array> => {
  const policies = ws.documents.filter((d) => d.kind === 'privacy_policy' && d.deletedAt === null);
  const wanted = target.policy.trim().toLowerCase();
  const policy = policies.find((p) => p.id === target.policy || p.title.trim().toLowerCase() === wanted);
  if (!policy) {
    const names = policies.map((p) => `"${p.title}" (${p.id})`).join(', ');
    throw new UsageError(
      policies.length === 0
        ? `${ws.organisation.name} has no privacy policy yet: create one in Documents first.`
        : `No privacy policy "${target.policy}" in ${ws.organisation.name}. It has: ${names}.`,
    );
  }
  if (target.secondLanguage !== undefined && (target.format === 'docx' || target.format === 'pdf')) {
    const { buildBilingualPolicy, renderBilingualDocx, renderBilingualPdf } =
      await import('../renderer/src/export/bilingual');
    const doc = buildBilingualPolicy(ws, policy.id, [target.language ?? policy.language, target.secondLanguage]);
    return target.format === 'docx' ? renderBilingualDocx(doc, control) : renderBilingualPdf(doc, control);
  }
  const source =
    target.language === undefined
      ? ws
      : { ...ws, documents: ws.documents.map((d) => (d.id === policy.id ? { ...d, language: target.language! } : d)) };
  const { buildPolicyViewModel } = await import('../renderer/src/export/policy/view-model');
  const vm = buildPolicyViewModel(source, policy.id);
  switch (target.format) {
    case 'docx':
      return (await import('../renderer/src/export/policy/docx')).renderPolicyDocx(vm, control);
    case 'pdf':
      return (await import('../renderer/src/export/policy/pdf')).renderPolicyPdf(vm, control);
    case 'html':
      return new TextEncoder().encode((await import('../renderer/src/export/policy/html')).renderPolicyHtml(vm));
    case 'md':
      return new TextEncoder().encode(
        (await import('../renderer/src/export/policy/markdown')).renderPolicyMarkdown(vm),
      );
  }
};

/** The breach register or the request log, from the same builders as the app's export worker (renderLog's). */
const exportLog = async (
  ws: Workspace,
  target: Extract<ExportTarget, { kind: 'log' }>,
  control: BuildControl,
): Promise<Uint8Array> => {
  const [{ buildLogDocument }, { isoDay }] = await Promise.all([
    import('../renderer/src/export/logs/build'),
    import('../renderer/src/export/common/format'),
  ]);
  const doc = buildLogDocument(ws, { log: target.log, language: target.language, generatedOn: isoDay(new Date()) });
  switch (target.format) {
    case 'docx':
      return (await import('../renderer/src/export/logs/docx')).renderLogDocx(doc, control);
    case 'pdf':
      return (await import('../renderer/src/export/logs/pdf')).renderLogPdf(doc, control);
    case 'xlsx':
      return (await import('../renderer/src/export/logs/xlsx')).renderLogXlsx(doc, control);
  }
};

/** The letterhead file, read and vetted as the app does; a refused file stops the export with its reason. */
const loadLetterhead = async (path: string): Promise<HouseStyle> => {
  const { LETTERHEAD_LIMITS, LetterheadRefusedError, readLetterhead } =
    await import('../renderer/src/data/letterhead/read');
  const bytes = await readBoundedFile(path, LETTERHEAD_LIMITS.maxFileBytes, 'letterheads');
  try {
    return readLetterhead(bytes, path);
  } catch (e) {
    if (e instanceof LetterheadRefusedError)
      throw new UsageError(`The letterhead "${quoteCut(path)}" was refused: ${e.message}`);
    throw e;
  }
};

/**
 * The letterhead's font for PDFs from --letterhead-font files, checked as the app checks them
 * (regular faces first, so a bold or italic file joins its family); a refused file stops the export.
 */
const withLetterheadFonts = async (style: HouseStyle, paths: readonly string[]): Promise<HouseStyle> => {
  if (paths.length === 0) return style;
  const [{ LETTERHEAD_FONT_MAX_BYTES }, { LetterheadFontRefusedError, checkLetterheadFont, withFontFile }] =
    await Promise.all([import('../renderer/src/domain/letterhead'), import('../renderer/src/data/letterhead/font')]);
  const refused = (path: string, e: unknown): never => {
    if (e instanceof LetterheadFontRefusedError)
      throw new UsageError(`The letterhead font "${quoteCut(path)}" was refused: ${e.message}`);
    throw e;
  };
  const checked = [];
  for (const path of paths) {
    const bytes = await readBoundedFile(path, LETTERHEAD_FONT_MAX_BYTES, 'font files');
    try {
      checked.push({ path, file: checkLetterheadFont(bytes, path) });
    } catch (e) {
      refused(path, e);
    }
  }
  let font = style.pdfFont;
  for (const { path, file } of [...checked].sort(
    (a, b) => Number(a.file.face !== 'normal') - Number(b.file.face !== 'normal'),
  )) {
    try {
      font = withFontFile(font, file);
    } catch (e) {
      refused(path, e);
    }
  }
  return font ? { ...style, pdfFont: font } : style;
};

/** A bundled example by its slug, as the app installs it. */
const exampleWorkspace = async (slug: string): Promise<Workspace> => {
  const { EXAMPLES, exampleBySlug } = await import('../renderer/src/examples');
  const example = exampleBySlug(slug);
  if (!example)
    throw new UsageError(
      `There is no example "${quoteCut(slug)}". The examples are: ${EXAMPLES.map((e) => e.slug).join(', ')}.`,
    );
  return example.workspace;
};

/** The language the document will print in: the one asked for, else the policy's own. */
const documentLanguage = (ws: Workspace, target: ExportTarget): Language | undefined => {
  if (target.language !== undefined) return target.language;
  if (target.kind !== 'policy') return undefined;
  const wanted = target.policy.trim().toLowerCase();
  return ws.documents.find(
    (d) => d.kind === 'privacy_policy' && (d.id === target.policy || d.title.trim().toLowerCase() === wanted),
  )?.language;
};

/** Writes the document the arguments ask for, from the same builders the app runs in its worker. */
export const exportDocument = async (
  args: ExportArgs,
  sources: PasswordSources = { env: {}, warn: () => undefined },
): Promise<Uint8Array> => {
  const early = await earlyPdfPool(args);
  try {
    return await exportWith(args, sources, early);
  } finally {
    early?.close();
  }
};

const exportWith = async (
  args: ExportArgs,
  sources: PasswordSources,
  early: NodePdfPool | undefined,
): Promise<Uint8Array> => {
  const ws =
    args.example !== undefined
      ? await exampleWorkspace(args.example)
      : await loadWorkspace(args.input, args.organisation, await resolvePassword(args, sources), sources.askPassword);
  // What the document could not print as entered is said on stderr, as the app says it in a notice,
  // once each (the parts of a large PDF may each hear the same one).
  const { addWarning, describeWarning } = await import('../renderer/src/export/common/warnings');
  const heard: ExportWarning[] = [];
  const control: BuildControl = {
    onWarning: (warning) => {
      if (addWarning(heard, warning)) sources.warn(`Warning: ${describeWarning(warning)}`);
    },
    ...(args.letterhead === undefined
      ? {}
      : { houseStyle: await withLetterheadFonts(await loadLetterhead(args.letterhead), args.letterheadFonts ?? []) }),
    // The Word contents' page numbers as Word lays the pages out, as the app writes them.
    ...(args.target.format === 'docx'
      ? { docxPageNumbers: (await import('../renderer/src/export/common/docx')).WORD_PAGE_NUMBERS }
      : {}),
  };
  if (args.target.format === 'pdf') {
    // A PDF finds the fallback fonts (for characters Roboto lacks) in their npm packages, and deflates with Node's zlib.
    (await import('./node-pdf')).useNodePdfPlatform();
  }
  const first = documentLanguage(ws, args.target);
  const second = args.target.kind === 'log' ? undefined : args.target.secondLanguage;
  // A bilingual document has the gaps of each of its columns.
  for (const language of first === undefined ? [] : second === undefined ? [first] : [first, second]) {
    const { fallbackMark, workspaceIn } = await import('../renderer/src/domain/workspace-in');
    const { gaps } = workspaceIn(ws, language);
    // The same choice as the export dialog's "export anyway": the document prints them marked.
    if (gaps.length > 0)
      sources.warn(
        `Warning: ${gaps.length} printed text(s) have no ${language.toUpperCase()} translation; the document prints them in ${ws.organisation.defaultLanguage.toUpperCase()}, marked ${fallbackMark(ws.organisation.defaultLanguage)}. First: ${gaps
          .slice(0, 3)
          .map((g) => `${g.label} › ${g.path}`)
          .join('; ')}.`,
      );
  }
  switch (args.target.kind) {
    case 'register':
      return exportRegister(ws, args.target, args, control, early);
    case 'policy':
      return exportPolicy(ws, args.target, control);
    case 'log':
      return exportLog(ws, args.target, control);
  }
};
