/**
 * The command line's arguments, usage and password sources: what `npm run export` checks before it
 * loads anything heavy. Loading the export pipeline, the examples and the log builders takes seconds
 * (docx, pdfmake, exceljs, zod and the reference data); a refused option, `--help` or a missing file
 * is answered without them. Only Node and the plain bounds in data/limits are imported here; the
 * rest of the tool is loaded by `import()` once the arguments are known (export-core.ts).
 */
import { readFile, stat } from 'node:fs/promises';
import { formatBytes, quoteCut } from '../renderer/src/data/limits';
import type { Language } from '../renderer/src/domain/common';
import { LOG_KINDS, type LogKind } from '../renderer/src/export/logs/kinds';
import { XLSX_LAYOUTS, type XlsxLayout } from '../renderer/src/export/register/xlsx-layouts';

/**
 * The languages of `languageSchema` (domain/common.ts), written out so that checking `--lang` does
 * not load zod. The typecheck fails if a language is added there and not here; the order, which
 * the usage and the messages print, is compared in test/unit/cli-bounds.test.ts.
 */
export const CLI_LANGUAGES = ['en', 'fr', 'de'] as const satisfies readonly Language[];
const _everyLanguageListed: [Exclude<Language, (typeof CLI_LANGUAGES)[number]>] extends [never] ? true : never = true;

const LANGS = CLI_LANGUAGES.join('|');
/** `--lang en+fr`: a register or policy in two languages side by side (DOCX or PDF). */
const BILINGUAL = `--lang <first>+<second>`;

export const USAGE = [
  `Usage: npm run export -- <backup-or-workspace.json> --register controller|processor --format docx|pdf|xlsx --lang ${LANGS} --out <file> [--xlsx-layout cnil|ico] [--organisation <name or id>] [--include-retired] [--department <name>]… [--version <text>] [--password-file <file>] [--letterhead <file.docx> [--letterhead-font <file.ttf>]…]`,
  `   or: npm run export -- <backup-or-workspace.json> --log breaches|requests --format docx|pdf|xlsx --lang ${LANGS} --out <file> [--organisation <name or id>] [--password-file <file>] [--letterhead <file.docx> [--letterhead-font <file.ttf>]…]`,
  `   or: npm run export -- <backup-or-workspace.json> --policy <title or id> --format docx|pdf|html|md [--lang ${LANGS}] --out <file> [--organisation <name or id>] [--password-file <file>] [--letterhead <file.docx> [--letterhead-font <file.ttf>]…]`,
  `A register or policy in DOCX or PDF may be in two languages side by side: ${BILINGUAL} (e.g. --lang en+fr), the first on the left.`,
  'Instead of a file, --example <slug> exports a bundled example (utixo, tixeo, infomaniak, eximitech, luxcloud, hetzner).',
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
  | {
      kind: 'register';
      register: 'controller' | 'processor';
      format: 'docx' | 'pdf' | 'xlsx';
      language: Language;
      /** `--lang en+fr`: the right column's language of a bilingual register. */
      secondLanguage?: Language;
    }
  | {
      kind: 'policy';
      policy: string;
      format: 'docx' | 'pdf' | 'html' | 'md';
      language?: Language;
      /** `--lang en+fr`: the right column's language of a bilingual policy. */
      secondLanguage?: Language;
    }
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
  /**
   * --letterhead-font (with --letterhead, repeatable): the firm's TrueType font for the PDF, its
   * regular face and optionally its bold and italic faces (each file says which face it is).
   */
  letterheadFonts?: string[];
  /** --xlsx-layout: the authority template of the workbook (CNIL or ICO). */
  xlsxLayout?: XlsxLayout;
}

const oneOf = <T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T => {
  if (value === undefined) throw new UsageError(`Missing --${name} (one of ${allowed.join(', ')}).\n${USAGE}`);
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${quoteCut(value)}".`);
  return value as T;
};

/** `--help` or `-h` anywhere: the tool prints its usage and does nothing else. */
export const asksForHelp = (argv: readonly string[]): boolean => argv.some((a) => a === '--help' || a === '-h');

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
          'letterhead-font',
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
  const log = values.get('log')?.[0];
  const langValue = values.get('lang')?.[0];
  const [lang, second, ...more] = langValue === undefined ? [] : langValue.split('+');
  if (more.length > 0 || (second !== undefined && (log !== undefined || lang === '' || second === '')))
    throw new UsageError(
      log !== undefined
        ? `A log is written in one language: --lang takes one of ${CLI_LANGUAGES.join(', ')}, not "${quoteCut(langValue ?? '')}".`
        : `--lang takes one language or two joined by "+" (${BILINGUAL}), not "${quoteCut(langValue ?? '')}".`,
    );
  const secondLanguage = second === undefined ? undefined : oneOf('lang', second, CLI_LANGUAGES);
  if (secondLanguage !== undefined && secondLanguage === lang)
    throw new UsageError(`A bilingual document needs two different languages, not "${quoteCut(langValue ?? '')}".`);
  const bilingual = secondLanguage === undefined ? {} : { secondLanguage };
  const policy = values.get('policy')?.[0];
  const chosen = ['register', 'policy', 'log'].filter((name) => values.has(name));
  if (chosen.length > 1)
    throw new UsageError(`Choose either ${chosen.map((name) => `--${name}`).join(' or ')}, not both.\n${USAGE}`);
  const target: ExportTarget =
    log !== undefined
      ? {
          kind: 'log',
          log: oneOf('log', log, LOG_KINDS),
          format: oneOf('format', values.get('format')?.[0], ['docx', 'pdf', 'xlsx'] as const),
          language: oneOf('lang', lang ?? 'en', CLI_LANGUAGES),
        }
      : policy === undefined
        ? {
            kind: 'register',
            register: oneOf('register', values.get('register')?.[0], ['controller', 'processor'] as const),
            format: oneOf('format', values.get('format')?.[0], ['docx', 'pdf', 'xlsx'] as const),
            language: oneOf('lang', lang ?? 'en', CLI_LANGUAGES),
            ...bilingual,
          }
        : {
            kind: 'policy',
            policy,
            format: oneOf('format', values.get('format')?.[0], ['docx', 'pdf', 'html', 'md'] as const),
            ...(lang === undefined ? {} : { language: oneOf('lang', lang, CLI_LANGUAGES) }),
            ...bilingual,
          };
  if (
    target.kind !== 'log' &&
    target.secondLanguage !== undefined &&
    target.format !== 'docx' &&
    target.format !== 'pdf'
  )
    throw new UsageError(
      `A document in two languages side by side is written as DOCX or PDF: use --format docx or pdf with ${BILINGUAL}.`,
    );
  const letterheadFonts = values.get('letterhead-font') ?? [];
  if (letterheadFonts.length > 0 && !values.has('letterhead'))
    throw new UsageError(`--letterhead-font is the font of a letterhead: give it with --letterhead <file.docx>.`);
  if (letterheadFonts.length > 4)
    throw new UsageError(`--letterhead-font takes at most four files (regular, bold, italic, bold italic).`);
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
    letterheadFonts,
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
