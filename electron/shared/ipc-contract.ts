/**
 * The one IPC contract between the renderer, the preload script and the main process.
 *
 * Channel names, request schemas (parsed in main: IPC arguments are a trust boundary), the result
 * envelope and the bridge type all live here, so the three sides cannot drift apart. This file is
 * imported by main, preload and renderer alike: it must stay free of Electron and Node imports.
 */
import { z } from 'zod';
import { type AutoBackupFileEntry, AutoBackupFileNameSchema, MAX_BACKUP_FILE_BYTES } from './backup-files';

/** Invoke channels (renderer → main, request/response). */
export const IpcChannel = {
  SaveFile: 'dialog:save-file',
  OpenFile: 'dialog:open-file',
  AppInfo: 'app:info',
  OpenExternal: 'shell:open-external',
  RevealBackups: 'shell:reveal-backups',
  ListBackupFiles: 'backups:list',
  ReadBackupFile: 'backups:read',
  WriteBackupFile: 'backups:write',
  DeleteBackupFile: 'backups:delete',
  BackupPasswordStatus: 'backups:password-status',
  SetBackupPassword: 'backups:set-password',
  ReadBackupPassword: 'backups:read-password',
} as const;
export type IpcChannel = (typeof IpcChannel)[keyof typeof IpcChannel];

/** Event channels (main → renderer, fire and forget). */
export const IpcEvent = {
  MenuCommand: 'menu:command',
} as const;
export type IpcEvent = (typeof IpcEvent)[keyof typeof IpcEvent];

/** Every IPC answer: never a thrown error across the bridge, always a value or a readable message. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };

const MEBIBYTE = 1024 * 1024;
/** Default cap for files the user opens (backups, imports): large enough for years of records. */
export const DEFAULT_OPEN_MAX_BYTES = 50 * MEBIBYTE;
/** Hard ceiling a caller may ask for, so a renderer bug cannot make main read a disk image into memory. */
export const ABSOLUTE_OPEN_MAX_BYTES = 500 * MEBIBYTE;

/** "50 MB" style sizes for messages a DPO reads (binary megabytes, as file managers show them). */
export const formatByteSize = (bytes: number): string => {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MEBIBYTE) return `${Math.round(bytes / 1024)} KB`;
  const megabytes = bytes / MEBIBYTE;
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
};

/** The refusal every "open file" path gives, in the same words on desktop and web. */
export const fileTooLargeMessage = (name: string, size: number, maxBytes: number): string =>
  `"${name}" is ${formatByteSize(size)}, larger than the ${formatByteSize(maxBytes)} limit for opening a file.`;

export const FileFilterSchema = z.object({
  name: z.string().trim().min(1, 'A file type needs a name.').max(100),
  extensions: z
    .array(
      z
        .string()
        .regex(
          /^(\*|[A-Za-z0-9]+(\.[A-Za-z0-9]+)?)$/,
          'A file extension is letters and digits without a dot, e.g. "docx".',
        ),
    )
    .min(1, 'A file type needs at least one extension.'),
});
export type FileFilter = z.infer<typeof FileFilterSchema>;

export const SaveFileRequestSchema = z.object({
  suggestedName: z
    .string()
    .trim()
    .min(1, 'The suggested file name is empty.')
    .max(255, 'The suggested file name is longer than 255 characters.')
    .refine((name) => !/[/\\]/.test(name), 'The suggested file name must not contain a folder separator.'),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, {
    message: 'The file content must be bytes (Uint8Array).',
  }),
  filters: z.array(FileFilterSchema).optional(),
});
export type SaveFileRequest = z.infer<typeof SaveFileRequestSchema>;

export const OpenFileRequestSchema = z.object({
  filters: z.array(FileFilterSchema).optional(),
  maxBytes: z
    .number()
    .int('The size limit must be a whole number of bytes.')
    .positive('The size limit must be positive.')
    .max(ABSOLUTE_OPEN_MAX_BYTES, `The size limit cannot exceed ${formatByteSize(ABSOLUTE_OPEN_MAX_BYTES)}.`)
    .optional(),
});
export type OpenFileRequest = z.infer<typeof OpenFileRequestSchema>;

export const NoArgumentsSchema = z.undefined();

export const OpenExternalRequestSchema = z.object({
  url: z.string().min(1, 'The link is empty.').max(2048, 'The link is longer than 2048 characters.'),
});
export type OpenExternalRequest = z.infer<typeof OpenExternalRequestSchema>;

/** A file in the backups folder, named only as DPO Desk names its automatic backups (no path). */
export const BackupFileRequestSchema = z.object({ name: AutoBackupFileNameSchema });
export type BackupFileRequest = z.infer<typeof BackupFileRequestSchema>;

export const WriteBackupFileRequestSchema = z.object({
  name: AutoBackupFileNameSchema,
  bytes: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'The backup must be bytes (Uint8Array).' })
    .refine(
      (bytes) => bytes.byteLength <= MAX_BACKUP_FILE_BYTES,
      `A backup file cannot exceed ${formatByteSize(MAX_BACKUP_FILE_BYTES)}.`,
    ),
});
export type WriteBackupFileRequest = z.infer<typeof WriteBackupFileRequestSchema>;

/** Shortest and longest password kept for the automatic backup files (the Backup dialog's rules). */
export const MIN_BACKUP_PASSWORD_LENGTH = 8;
export const MAX_BACKUP_PASSWORD_LENGTH = 1024;

/** `null` removes the password: later automatic backup files are written unencrypted. */
export const SetBackupPasswordRequestSchema = z.object({
  password: z
    .string()
    .min(MIN_BACKUP_PASSWORD_LENGTH, `The backup password needs at least ${MIN_BACKUP_PASSWORD_LENGTH} characters.`)
    .max(MAX_BACKUP_PASSWORD_LENGTH, `The backup password cannot exceed ${MAX_BACKUP_PASSWORD_LENGTH} characters.`)
    .nullable(),
});
export type SetBackupPasswordRequest = z.infer<typeof SetBackupPasswordRequestSchema>;

/**
 * Whether the automatic backup files can be encrypted: the password is kept only through the
 * system's keychain (Electron safeStorage), never in plain text. `unavailable` names why.
 */
export type BackupPasswordStatus =
  { keychain: 'available'; passwordSet: boolean } | { keychain: 'unavailable'; passwordSet: boolean; reason: string };

export type { AutoBackupFileEntry };

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export interface DesktopAppInfo {
  name: string;
  version: string;
  platform: string;
  userDataPath: string;
  backupsPath: string;
}

/** Commands the application menu asks the renderer to carry out. */
export const MenuCommandSchema = z.enum(['export', 'backup', 'about']);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

/**
 * Sites a DPO needs from inside the app: the EU institutions (EUR-Lex for the GDPR text, the EDPB
 * for guidelines, the EDPS, the Commission's adequacy decisions) and the supervisory authorities of
 * the EEA, Switzerland and the UK (Art. 51, Art. 77 complaints). A host matches an entry when it is
 * the entry itself or one of its subdomains. Anything else is refused: an offline app must not
 * become a way to open arbitrary links.
 */
export const EXTERNAL_LINK_ALLOWED_DOMAINS: readonly string[] = [
  'europa.eu',
  'dsb.gv.at',
  'autoriteprotectiondonnees.be',
  'gegevensbeschermingsautoriteit.be',
  'cpdp.bg',
  'azop.hr',
  'dataprotection.gov.cy',
  'uoou.gov.cz',
  'datatilsynet.dk',
  'aki.ee',
  'tietosuoja.fi',
  'cnil.fr',
  'bfdi.bund.de',
  // The German Länder authorities (assets/reference-data/supervisory-authorities.json).
  'baden-wuerttemberg.datenschutz.de',
  'lda.bayern.de',
  'datenschutz-bayern.de',
  'datenschutz-berlin.de',
  'lda.brandenburg.de',
  'datenschutz.bremen.de',
  'datenschutz-hamburg.de',
  'datenschutz.hessen.de',
  'datenschutz-mv.de',
  'lfd.niedersachsen.de',
  'ldi.nrw.de',
  'datenschutz.rlp.de',
  'datenschutz.saarland.de',
  'saechsdsb.de',
  'datenschutz.sachsen-anhalt.de',
  'datenschutzzentrum.de',
  'tlfdi.de',
  'dpa.gr',
  'naih.hu',
  'dataprotection.ie',
  'garanteprivacy.it',
  'dvi.gov.lv',
  'vdai.lrv.lt',
  'cnpd.public.lu',
  'idpc.org.mt',
  'autoriteitpersoonsgegevens.nl',
  'uodo.gov.pl',
  'cnpd.pt',
  'dataprotection.ro',
  'dataprotection.gov.sk',
  'ip-rs.si',
  'aepd.es',
  'imy.se',
  'personuvernd.is',
  'datenschutzstelle.li',
  'datatilsynet.no',
  'edoeb.admin.ch',
  'ico.org.uk',
];

/** Help → documentation: the GDPR itself, on EUR-Lex. */
export const DOCUMENTATION_URL = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';
/** Help → EDPB guidelines, the reference a DPO checks the register against. */
export const EDPB_GUIDELINES_URL =
  'https://www.edpb.europa.eu/our-work-tools/general-guidance/guidelines-recommendations-best-practices_en';

export type ExternalLinkVerdict = { allowed: true; url: string } | { allowed: false; reason: string };

/** Decide whether a link may leave the app; the same rule runs in main and in the browser edition. */
export const checkExternalUrl = (
  raw: string,
  allowedDomains: readonly string[] = EXTERNAL_LINK_ALLOWED_DOMAINS,
): ExternalLinkVerdict => {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { allowed: false, reason: `"${raw}" is not a valid web address.` };
  }
  if (url.protocol !== 'https:') {
    return {
      allowed: false,
      reason: `Only https links can be opened; "${raw}" uses ${url.protocol.replace(':', '')}.`,
    };
  }
  if (url.username !== '' || url.password !== '') {
    return { allowed: false, reason: `Links carrying a user name or password are refused ("${url.hostname}").` };
  }
  if (url.port !== '') {
    return { allowed: false, reason: `Links to a non-standard port are refused ("${url.host}").` };
  }
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const allowed = allowedDomains.some((domain) => host === domain || host.endsWith(`.${domain}`));
  if (!allowed) {
    return {
      allowed: false,
      reason: `"${host}" is not on the list of sites DPO Desk opens (EU institutions and data protection authorities).`,
    };
  }
  return { allowed: true, url: url.toString() };
};

/**
 * What the preload script exposes as `window.api`. Tiny on purpose: every method is a door into
 * the main process, and each one is validated there.
 */
export interface DesktopBridge {
  /** Native Save dialog, then an atomic write. `null` value when the user cancels. */
  saveFile(request: SaveFileRequest): Promise<IpcResult<string | null>>;
  /** Native Open dialog with a size limit. `null` value when the user cancels. */
  openFile(request: OpenFileRequest): Promise<IpcResult<OpenedFile | null>>;
  appInfo(): Promise<IpcResult<DesktopAppInfo>>;
  /** Opens an allow-listed https link in the user's browser. */
  openExternal(url: string): Promise<IpcResult<null>>;
  /** Shows the backups folder in the file manager. */
  revealBackups(): Promise<IpcResult<null>>;
  /** The automatic backup files in the backups folder, newest first (at most MAX_LISTED_BACKUP_FILES). */
  listBackupFiles(): Promise<IpcResult<AutoBackupFileEntry[]>>;
  readBackupFile(request: BackupFileRequest): Promise<IpcResult<Uint8Array>>;
  /** Atomic write into the backups folder (temporary file, flush, rename). */
  writeBackupFile(request: WriteBackupFileRequest): Promise<IpcResult<null>>;
  deleteBackupFile(request: BackupFileRequest): Promise<IpcResult<null>>;
  backupPasswordStatus(): Promise<IpcResult<BackupPasswordStatus>>;
  setBackupPassword(request: SetBackupPasswordRequest): Promise<IpcResult<null>>;
  /** The kept password (decrypted by the keychain), or null when none is set. */
  readBackupPassword(): Promise<IpcResult<string | null>>;
  /** Listens to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** The request schema each invoke channel is parsed with in main. */
export const RequestSchemas = {
  [IpcChannel.SaveFile]: SaveFileRequestSchema,
  [IpcChannel.OpenFile]: OpenFileRequestSchema,
  [IpcChannel.AppInfo]: NoArgumentsSchema,
  [IpcChannel.OpenExternal]: OpenExternalRequestSchema,
  [IpcChannel.RevealBackups]: NoArgumentsSchema,
  [IpcChannel.ListBackupFiles]: NoArgumentsSchema,
  [IpcChannel.ReadBackupFile]: BackupFileRequestSchema,
  [IpcChannel.WriteBackupFile]: WriteBackupFileRequestSchema,
  [IpcChannel.DeleteBackupFile]: BackupFileRequestSchema,
  [IpcChannel.BackupPasswordStatus]: NoArgumentsSchema,
  [IpcChannel.SetBackupPassword]: SetBackupPasswordRequestSchema,
  [IpcChannel.ReadBackupPassword]: NoArgumentsSchema,
} as const satisfies Record<IpcChannel, z.ZodType>;

/** The value each invoke channel answers with. */
export interface ResponseValues {
  [IpcChannel.SaveFile]: string | null;
  [IpcChannel.OpenFile]: OpenedFile | null;
  [IpcChannel.AppInfo]: DesktopAppInfo;
  [IpcChannel.OpenExternal]: null;
  [IpcChannel.RevealBackups]: null;
  [IpcChannel.ListBackupFiles]: AutoBackupFileEntry[];
  [IpcChannel.ReadBackupFile]: Uint8Array;
  [IpcChannel.WriteBackupFile]: null;
  [IpcChannel.DeleteBackupFile]: null;
  [IpcChannel.BackupPasswordStatus]: BackupPasswordStatus;
  [IpcChannel.SetBackupPassword]: null;
  [IpcChannel.ReadBackupPassword]: string | null;
}
