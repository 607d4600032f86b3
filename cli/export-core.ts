import { readFile } from 'node:fs/promises';
import { inspectBackup } from '../renderer/src/data/backup/inspect';
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
} from '../renderer/src/export';
import {
  buildPolicyViewModel,
  renderPolicyDocx,
  renderPolicyHtml,
  renderPolicyMarkdown,
  renderPolicyPdf,
} from '../renderer/src/export/policy';
import { isoDay } from '../renderer/src/export/common/format';
import { LOG_KINDS, renderLog, type LogKind } from '../renderer/src/export/logs';

export const USAGE = [
  'Usage: npm run export -- <backup-or-workspace.json> --register controller|processor --format docx|pdf|xlsx --lang en|fr --out <file> [--organisation <name or id>] [--include-retired] [--department <name>]… [--version <text>] [--password <backup password>]',
  '   or: npm run export -- <backup-or-workspace.json> --log breaches|requests --format docx|pdf|xlsx --lang en|fr --out <file> [--organisation <name or id>] [--password <backup password>]',
  '   or: npm run export -- <backup-or-workspace.json> --policy <title or id> --format docx|pdf|html|md [--lang en|fr] --out <file> [--organisation <name or id>] [--password <backup password>]',
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
  input: string;
  target: ExportTarget;
  out: string;
  organisation?: string;
  includeRetired: boolean;
  departments: string[];
  version?: string;
  password?: string;
}

const oneOf = <T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T => {
  if (value === undefined) throw new UsageError(`Missing --${name} (one of ${allowed.join(', ')}).\n${USAGE}`);
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${value}".`);
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
        ].includes(name)
      )
        throw new UsageError(`Unknown option ${arg}.\n${USAGE}`);
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`Option ${arg} needs a value.`);
      values.set(name, [...(values.get(name) ?? []), value]);
      i++;
    } else positional.push(arg);
  }
  if (positional.length !== 1) throw new UsageError(`Give exactly one input file.\n${USAGE}`);
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
    target,
    out,
    organisation: values.get('organisation')?.[0],
    includeRetired: flags.has('include-retired'),
    departments: values.get('department') ?? [],
    version: values.get('version')?.[0],
    password: values.get('password')?.[0],
  };
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
    const names = orgs.map((o) => `"${o.name}" (${o.id})`).join(', ');
    if (wanted === undefined)
      throw new UsageError(`The backup holds several organisations; choose one with --organisation: ${names}.`);
    org = orgs.find((o) => o.id === wanted || o.name.toLowerCase() === wanted.toLowerCase());
    if (!org) throw new UsageError(`No organisation "${wanted}" in the backup. It holds: ${names}.`);
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

/** Reads a DPO Desk backup (plain or encrypted, via the backup module) or a plain Workspace JSON. */
export const loadWorkspace = async (path: string, organisation?: string, password?: string): Promise<Workspace> => {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch {
    throw new UsageError(`Cannot read the input file "${path}": it does not exist or is not readable.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new UsageError(`"${path}" is not JSON: expected a DPO Desk backup or a workspace file.`);
  }
  if (typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === 'dpo-desk-backup') {
    const result = await inspectBackup(bytes, password === undefined ? {} : { password });
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

const exportRegister = (
  ws: Workspace,
  target: Extract<ExportTarget, { kind: 'register' }>,
  args: ExportArgs,
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
    return renderRegisterXlsx(ws, options);
  }
  const vm = buildRegisterViewModel(ws, { ...options, register: target.register });
  return target.format === 'docx' ? renderRegisterDocx(vm) : renderRegisterPdf(vm);
};

/** A policy by id or by title (case-insensitive); `--lang` writes it in another language than its own. */
const exportPolicy = async (ws: Workspace, target: Extract<ExportTarget, { kind: 'policy' }>): Promise<Uint8Array> => {
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
      return renderPolicyDocx(vm);
    case 'pdf':
      return renderPolicyPdf(vm);
    case 'html':
      return new TextEncoder().encode(renderPolicyHtml(vm));
    case 'md':
      return new TextEncoder().encode(renderPolicyMarkdown(vm));
  }
};

/** The breach register or the request log, from the same builder as the app's export worker. */
const exportLog = (ws: Workspace, target: Extract<ExportTarget, { kind: 'log' }>): Promise<Uint8Array> =>
  renderLog(ws, { log: target.log, format: target.format, language: target.language, generatedOn: isoDay(new Date()) });

/** Writes the document the arguments ask for, from the same builders the app runs in its worker. */
export const exportDocument = async (args: ExportArgs): Promise<Uint8Array> => {
  const ws = await loadWorkspace(args.input, args.organisation, args.password);
  switch (args.target.kind) {
    case 'register':
      return exportRegister(ws, args.target, args);
    case 'policy':
      return exportPolicy(ws, args.target);
    case 'log':
      return exportLog(ws, args.target);
  }
};
