import { z } from 'zod';
import { canonicalJson } from './encoding';
import { formatCount, PBKDF2_LIMITS } from '../limits';
import { MIN_PBKDF2_ITERATIONS } from './crypto';
import { backupDataSchema } from './tables';

/** The magic value that says "this JSON file is a DPO Desk backup". */
export const BACKUP_FORMAT = 'dpo-desk-backup';
/** Version of the envelope (header + encryption). Bumped only when the envelope changes shape. */
export const CURRENT_FORMAT_VERSION = 1;

export const backupScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('organisation'), organisationId: z.string().min(1) }),
  z.object({ kind: z.literal('all') }),
]);
export type BackupScope = z.infer<typeof backupScopeSchema>;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Expected base64 text.' });

const headerShape = {
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  /** The database schema version (db.ts) the records were written with. */
  schemaVersion: z.number().int().min(1),
  appVersion: z.string().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  scope: backupScopeSchema,
  /** SHA-256 (hex) of the canonical JSON of `data` (of the plaintext when encrypted). */
  checksum: z.object({
    algorithm: z.literal('SHA-256'),
    value: z.string().regex(/^[0-9a-f]{64}$/, { error: 'Expected 64 hexadecimal digits.' }),
  }),
};

export const plainBackupSchema = z.object({
  ...headerShape,
  encrypted: z.literal(false),
  data: backupDataSchema,
});

/** The message for a key-derivation cost over PBKDF2_LIMITS.maxIterations, named before any derivation. */
export const kdfTooCostly = (iterations: unknown): string =>
  `This backup asks for ${typeof iterations === 'number' ? formatCount(iterations) : String(iterations)} key-derivation rounds; DPO Desk accepts at most ${formatCount(PBKDF2_LIMITS.maxIterations)} (it writes ${formatCount(MIN_PBKDF2_ITERATIONS)}). The file was not written by DPO Desk or was altered; nothing was changed.`;

export const encryptionSchema = z.object({
  algorithm: z.literal('AES-GCM'),
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z
    .number()
    .int()
    .min(MIN_PBKDF2_ITERATIONS, { error: `At least ${MIN_PBKDF2_ITERATIONS} iterations are required.` })
    // A maximum too, so a forged header cannot make a restore derive a key for minutes (limits.ts).
    .max(PBKDF2_LIMITS.maxIterations, { error: (issue) => kdfTooCostly(issue.input) }),
  salt: base64,
  iv: base64,
});

export const encryptedBackupSchema = z.object({
  ...headerShape,
  encrypted: z.literal(true),
  encryption: encryptionSchema,
  /** base64 of AES-GCM(canonical JSON of `data`), with the 16-byte tag appended. */
  ciphertext: base64,
});

/** The whole file, as documented in docs/backup-format.schema.json. */
export const backupFileSchema = z.discriminatedUnion('encrypted', [plainBackupSchema, encryptedBackupSchema]);
export type BackupFile = z.infer<typeof backupFileSchema>;

/** The envelope without its data: what can be checked before decrypting anything. */
export const backupHeaderSchema = z.object({ ...headerShape, encrypted: z.boolean() });
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/**
 * The header fields bound to the ciphertext as AES-GCM associated data: changing any of them
 * in an encrypted file makes decryption fail, as changing the ciphertext would.
 */
export const associatedData = (h: Omit<BackupHeader, 'encrypted'>): string =>
  canonicalJson({
    format: h.format,
    formatVersion: h.formatVersion,
    schemaVersion: h.schemaVersion,
    appVersion: h.appVersion,
    createdAt: h.createdAt,
    scope: h.scope,
    checksum: h.checksum,
  });

/** The JSON Schema committed as docs/backup-format.schema.json (a test keeps them equal). */
export const backupJsonSchema = (): Record<string, unknown> => ({
  ...z.toJSONSchema(backupFileSchema, { target: 'draft-2020-12', unrepresentable: 'any', reused: 'ref' }),
  $id: 'https://dpo-desk.invalid/backup-format.schema.json',
  title: 'DPO Desk backup file',
  description:
    'A DPO Desk backup (formatVersion 1): a header, then either the records in `data` or, when encrypted, ' +
    'the same `data` encrypted with AES-256-GCM under a PBKDF2-SHA-256 key. See docs/BACKUP-FORMAT.md.',
});
