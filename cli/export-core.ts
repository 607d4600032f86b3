import { readFile, stat } from 'node:fs/promises';
import { inspectBackup } from '../renderer/src/data/backup/inspect';
import { CLI_LIMITS, formatBytes, quoteCut } from '../renderer/src/data/limits';
import {
  describeProblems,
  languageSchema,
  problemsOf,
  workspaceSchema,
  type Language,
  type Workspace,
} from '../renderer/src/domain';
import {
  buildRegisterViewModel,
  renderRegisterDocx,
  renderRegisterPdf,
  renderRegisterXlsx,
  XLSX_LAYOUTS,
  type XlsxLayout,
} from '../renderer/src/export';
import {
  buildPolicyViewModel,
  renderPolicyDocx,
  renderPolicyHtml,
  renderPolicyMarkdown,
  renderPolicyPdf,
} from '../renderer/src/export/policy';
import { isoDay } from '../renderer/src/export/common/format';
import { setFontFileLoader } from '../renderer/src/export/common/fonts/pdf-fonts';
import type { BuildControl } from '../renderer/src/export/common/progress';
import { addWarning, describeWarning, type ExportWarning } from '../renderer/src/export/common/warnings';
import { readFontFile } from './font-files';
import type { HouseStyle } from '../renderer/src/domain/letterhead';
import { LETTERHEAD_LIMITS, LetterheadRefusedError, readLetterhead } from '../renderer/src/data/letterhead/read';
import { PARALLEL_THRESHOLD, renderRegisterPdfInParts } from '../renderer/src/export/register/pdf-parts';
import { createNodePdfPool } from './pdf-pool';
import { LOG_KINDS, renderLog, type LogKind } from '../renderer/src/export/logs';
import { fallbackMark, workspaceIn } from '../renderer/src/domain/workspace-in';
import { EXAMPLES, exampleBySlug } from '../renderer/src/examples';

const LANGS = languageSchema.options.join('|');

export const USAGE = [
  `Usage: npm run export -- <backup-or-workspace.json> --register controller|processor --format docx|pdf|xlsx --lang ${LANGS} --out <file> [--xlsx-layout cnil|ico] [--organisation <name or id>] [--include-retired] [--department <name>]… [--version <text>] [--password-file <file>] [--letterhead <file.docx>]`,
  `   or: npm run export -- <backup-or-workspace.json> --log breaches|requests --format docx|pdf|xlsx --lang ${LANGS} --out <file> [--organisation <name or id>] [--password-file <file>] [--letterhead <file.docx>]`,
  `   or: npm run export -- <backup-or-workspace.json> --policy <title or id> --format docx|pdf|html|md [--lang ${LANGS}] --out <file> [--organisation <name or id>] [--password-file <file>] [--letterhead <file.docx>]`,
  'Instead of a file, --example <slug> exports a bundled example (utixo, tixeo, infomaniak, eximitech, luxcloud).',
  'The password of an encrypted backup is read from --password-file, else from the DPO_DESK_PASSWORD environment variable, else asked for (hidden) when run in a terminal.',
].join('\n');

/** A problem the user can fix: printed as is, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The document to write: an Art. 30 register, or one of the organisation's privacy policies. */
export type ExportTarget =
  | { kind: 'register'; register: 'controller' | 'processor'; format: 'docx' | 'pdf' | 'xlsx'; language: Language }
  | { kind: 'policy'; policy: string; format: 'docx' | 'pdf' | 'html' | 'md'; language?: Language }
  | { kind: 'log'; log: LogKind; format: 'docx' | 'pdf' | 'xlsx'; language: Language };

export interface ExportArgs {
  /** The backup or workspace file; empty when `example` is given. */
  input: string;
  /** A bundled example's slug, exported instead of a file. */
  example?: string;
  target: ExportTarget;
  out: string;
  organisation?: string;
  includeRetired: boolean;
  departments: string[];
  version?: string;
  /** Given on the command line: works, but is visible in `ps` and the shell history (a warning says so). */
  password?: string;
  passwordFile?: string;
  /** A .docx or .dotx whose header, footer, page, fonts and colours the document takes. */
  letterhead?: string;
  /** --xlsx-layout: the authority template of the workbook (CNIL or ICO). */
  xlsxLayout?: XlsxLayout;
}

const oneOf = <T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T => {
  if (value === undefined) throw new UsageError(`Missing --${name} (one of ${allowed.join(', ')}).\n${USAGE}`);
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${quoteCut(value)}".`);
  return value as T;
};

export const parseArgs = (argv: readonly string[]): ExportArgs => {
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--include-retired') flags.add('include-retired');
    else if (arg.startsWith('--')) {
      const name = arg.slice(2);
      if (
        ![
          'register',
          'policy',
          'log',
          'format',
          'lang',
          'out',
          'organisation',
          'department',
          'version',
          'password',
          'password-file',
          'letterhead',
          'xlsx-layout',
          'example',
        ].includes(name)
      )
        throw new UsageError(`Unknown option ${quoteCut(arg)}.\n${USAGE}`);
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`Option ${arg} needs a value.`);
      values.set(name, [...(values.get(name) ?? []), value]);
      i++;
    } else positional.push(arg);
  }
  const example = values.get('example')?.[0];
  if (example !== undefined && positional.length > 0)
    throw new UsageError(`Give either an input file or --example, not both.\n${USAGE}`);
  if (example === undefined && positional.length !== 1)
    throw new UsageError(`Give exactly one input file (or --example <slug>).\n${USAGE}`);
  const out = values.get('out')?.[0];
  if (!out) throw new UsageError(`Missing --out <file>.\n${USAGE}`);
  const lang = values.get('lang')?.[0];
  const policy = values.get('policy')?.[0];
  const log = values.get('log')?.[0];
  const chosen = ['register', 'policy', 'log'].filter((name) => values.has(name));
  if (chosen.length > 1)
    throw new UsageError(`Choose either ${chosen.map((name) => `--${name}`).join(' or ')}, not both.\n${USAGE}`);
  const target: ExportTarget =
    log !== undefined
      ? {
          kind: 'log',
          log: oneOf('log', log, LOG_KINDS),
          format: oneOf('format', values.get('format')?.[0], ['docx', 'pdf', 'xlsx'] as const),
          language: oneOf('lang', lang ?? 'en', languageSchema.options),
        }
      : policy === undefined
        ? {
            kind: 'register',
            register: oneOf('register', values.get('register')?.[0], ['controller', 'processor'] as const),
            format: oneOf('format', values.get('format')?.[0], ['docx', 'pdf', 'xlsx'] as const),
            language: oneOf('lang', lang ?? 'en', languageSchema.options),
          }
        : {
            kind: 'policy',
            policy,
            format: oneOf('format', values.get('format')?.[0], ['docx', 'pdf', 'html', 'md'] as const),
            ...(lang === undefined ? {} : { language: oneOf('lang', lang, languageSchema.options) }),
          };
  return {
    input: positional[0] ?? '',
    ...(example === undefined ? {} : { example }),
    target,
    out,
    organisation: values.get('organisation')?.[0],
    includeRetired: flags.has('include-retired'),
    departments: values.get('department') ?? [],
    version: values.get('version')?.[0],
    ...(values.has('xlsx-layout')
      ? { xlsxLayout: oneOf('xlsx-layout', values.get('xlsx-layout')?.[0], XLSX_LAYOUTS) }
      : {}),
    password: values.get('password')?.[0],
    passwordFile: values.get('password-file')?.[0],
    letterhead: values.get('letterhead')?.[0],
  };
};

/** Reads a file the CLI was given, refusing it by its size before reading it into memory. */
export const readBoundedFile = async (path: string, maxBytes: number, what: string): Promise<Uint8Array> => {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch {
    throw new UsageError(`Cannot read the input file "${quoteCut(path)}": it does not exist or is not readable.`);
  }
  if (size > maxBytes)
    throw new UsageError(
      `"${quoteCut(path)}" is ${formatBytes(size)}; DPO Desk reads ${what} of at most ${formatBytes(maxBytes)}. Nothing was read.`,
    );
  return new Uint8Array(await readFile(path));
};

interface BackupData {
  organisations: Array<{ id: string; name: string }>;
  [table: string]: unknown;
}

const workspaceFromBackup = (data: BackupData, wanted: string | undefined): Workspace => {
  const orgs = data.organisations.filter((o) => (o as { deletedAt?: unknown }).deletedAt == null);
  if (orgs.length === 0) throw new UsageError('The backup holds no organisation.');
  let org = orgs[0];
  if (orgs.length > 1 || wanted !== undefined) {
    const names = orgs.map((o) => `"${quoteCut(o.name)}" (${o.id})`).join(', ');
    if (wanted === undefined)
      throw new UsageError(`The backup holds several organisations; choose one with --organisation: ${names}.`);
    org = orgs.find((o) => o.id === wanted || o.name.toLowerCase() === wanted.toLowerCase());
    if (!org) throw new UsageError(`No organisation "${quoteCut(wanted)}" in the backup. It holds: ${names}.`);
  }
  const own = (table: string): unknown[] =>
    ((data[table] as Array<{ organisationId?: string }> | undefined) ?? []).filter((r) => r.organisationId === org?.id);
  const parsed = workspaceSchema.safeParse({
    organisation: org,
    contacts: own('contacts'),
    activities: own('activities'),
    recipients: own('recipients'),
    processors: own('processors'),
    transfers: own('transfers'),
    securityMeasures: own('securityMeasures'),
    documents: own('documents'),
    breaches: own('breaches'),
    requests: own('requests'),
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
    (typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === 'dpo-desk-backup') ||
    (raw === undefined && (bytes[0] === 0xff || bytes[0] === 0xfe || bytes[1] === 0));
  if (raw === undefined && !looksLikeBackup)
    throw new UsageError(`"${quoteCut(path)}" is not JSON: expected a DPO Desk backup or a workspace file.`);
  if (looksLikeBackup) {
    let result = await inspectBackup(bytes, password === undefined ? {} : { password });
    if (!result.ok && result.error.kind === 'password-required' && askPassword)
      result = await inspectBackup(bytes, { password: await askPassword() });
    if (!result.ok) {
      const details = result.error.problems ? `\n${describeProblems(result.error.problems)}` : '';
      throw new UsageError(`${result.error.message}${details}`);
    }
    return workspaceFromBackup(result.plan.data as unknown as BackupData, organisation);
  }
  if (typeof raw === 'object' && raw !== null && 'organisation' in raw) {
    const parsed = workspaceSchema.safeParse(raw);
    if (!parsed.success)
      throw new UsageError(`"${path}" is not a valid workspace:\n${describeProblems(problemsOf(parsed.error))}`);
    return parsed.data;
  }
  throw new UsageError(
    `"${path}" is neither a DPO Desk backup (format "dpo-desk-backup") nor a workspace (with "organisation").`,
  );
};

const exportRegister = async (
  ws: Workspace,
  target: Extract<ExportTarget, { kind: 'register' }>,
  args: ExportArgs,
  control: BuildControl,
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
    return renderRegisterXlsx(ws, { ...options, ...(args.xlsxLayout ? { layout: args.xlsxLayout } : {}) }, control);
  }
  const vm = buildRegisterViewModel(ws, { ...options, register: target.register });
  if (target.format === 'docx') return renderRegisterDocx(vm, control);
  if (vm.activities.length < PARALLEL_THRESHOLD) return renderRegisterPdf(vm, control);
  // A large register is laid out in parts on every core (worker threads), then joined.
  const pool = createNodePdfPool();
  try {
    return await renderRegisterPdfInParts(vm, control, { pool });
  } finally {
    pool.close();
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
  const source =
    target.language === undefined
      ? ws
      : { ...ws, documents: ws.documents.map((d) => (d.id === policy.id ? { ...d, language: target.language! } : d)) };
  const vm = buildPolicyViewModel(source, policy.id);
  switch (target.format) {
    case 'docx':
      return renderPolicyDocx(vm, control);
    case 'pdf':
      return renderPolicyPdf(vm, control);
    case 'html':
      return new TextEncoder().encode(renderPolicyHtml(vm));
    case 'md':
      return new TextEncoder().encode(renderPolicyMarkdown(vm));
  }
};

/** The breach register or the request log, from the same builder as the app's export worker. */
const exportLog = (
  ws: Workspace,
  target: Extract<ExportTarget, { kind: 'log' }>,
  control: BuildControl,
): Promise<Uint8Array> =>
  renderLog(
    ws,
    { log: target.log, format: target.format, language: target.language, generatedOn: isoDay(new Date()) },
    control,
  );

/** Where a backup password can come from besides the arguments: the environment and a terminal prompt. */
export interface PasswordSources {
  env: Readonly<Record<string, string | undefined>>;
  /** Asks for the password without echoing it; absent when stdin is not a terminal. */
  askPassword?: () => Promise<string>;
  warn: (line: string) => void;
}

/** A password file holds the password on its first line; anything longer than this is not one. */
const MAX_PASSWORD_FILE_BYTES = 4096;

export const PASSWORD_VISIBLE_WARNING =
  'Warning: a password given with --password is visible to other users (ps) and kept in your shell history. Prefer --password-file <file>, the DPO_DESK_PASSWORD environment variable, or the prompt.';

/** The password, from --password-file, else DPO_DESK_PASSWORD, else --password (with a warning); undefined if none. */
export const resolvePassword = async (args: ExportArgs, sources: PasswordSources): Promise<string | undefined> => {
  if (args.passwordFile !== undefined) {
    const bytes = await readBoundedFile(args.passwordFile, MAX_PASSWORD_FILE_BYTES, 'password files');
    const password = (new TextDecoder().decode(bytes).split(/\r?\n/)[0] ?? '').trim();
    if (password === '') throw new UsageError(`The password file "${quoteCut(args.passwordFile)}" is empty.`);
    return password;
  }
  const fromEnv = sources.env.DPO_DESK_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (args.password !== undefined) sources.warn(PASSWORD_VISIBLE_WARNING);
  return args.password;
};

/** The letterhead file, read and vetted as the app does; a refused file stops the export with its reason. */
const loadLetterhead = async (path: string): Promise<HouseStyle> => {
  const bytes = await readBoundedFile(path, LETTERHEAD_LIMITS.maxFileBytes, 'letterheads');
  try {
    return readLetterhead(bytes, path);
  } catch (e) {
    if (e instanceof LetterheadRefusedError)
      throw new UsageError(`The letterhead "${quoteCut(path)}" was refused: ${e.message}`);
    throw e;
  }
};

// The command-line tool reads the fallback fonts from their npm packages.
setFontFileLoader(readFontFile);

/** A bundled example by its slug, as the app installs it. */
const exampleWorkspace = (slug: string): Workspace => {
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
  const ws =
    args.example !== undefined
      ? exampleWorkspace(args.example)
      : await loadWorkspace(args.input, args.organisation, await resolvePassword(args, sources), sources.askPassword);
  // What the document could not print as entered is said on stderr, as the app says it in a notice,
  // once each (the parts of a large PDF may each hear the same one).
  const heard: ExportWarning[] = [];
  const control: BuildControl = {
    onWarning: (warning) => {
      if (addWarning(heard, warning)) sources.warn(`Warning: ${describeWarning(warning)}`);
    },
    ...(args.letterhead === undefined ? {} : { houseStyle: await loadLetterhead(args.letterhead) }),
  };
  const language = documentLanguage(ws, args.target);
  const gaps = language === undefined ? [] : workspaceIn(ws, language).gaps;
  // The same choice as the export dialog's "export anyway": the document prints them marked.
  if (gaps.length > 0)
    sources.warn(
      `Warning: ${gaps.length} printed text(s) have no ${language?.toUpperCase()} translation; the document prints them in ${ws.organisation.defaultLanguage.toUpperCase()}, marked ${fallbackMark(ws.organisation.defaultLanguage)}. First: ${gaps
        .slice(0, 3)
        .map((g) => `${g.label} › ${g.path}`)
        .join('; ')}.`,
    );
  switch (args.target.kind) {
    case 'register':
      return exportRegister(ws, args.target, args, control);
    case 'policy':
      return exportPolicy(ws, args.target, control);
    case 'log':
      return exportLog(ws, args.target, control);
  }
};
