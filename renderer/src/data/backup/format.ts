import { z } from 'zod';
import { canonicalJson } from './encoding';
import { formatCount, PBKDF2_LIMITS } from '../limits';
import { MIN_PBKDF2_ITERATIONS } from './crypto';
import { BACKUP_TABLES, backupDataSchema, TABLE_LABELS } from './tables';
import { isOneOf } from '../../domain/values';

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
  format: z.literal(BACKUP_FORMAT).describe('Always "dpo-desk-backup": says the file is a DPO Desk backup.'),
  formatVersion: z.literal(CURRENT_FORMAT_VERSION).describe('Version of this envelope (header and encryption); 1.'),
  /** The database schema version (db.ts) the records were written with. */
  schemaVersion: z
    .number()
    .int()
    .min(1)
    .describe('Database schema version the records were written with (5 today); older ones are migrated on restore.'),
  appVersion: z.string().min(1).describe('Version of the program that wrote the file (any non-empty text).'),
  createdAt: z.iso
    .datetime({ offset: true })
    .describe('When the file was written (ISO 8601 date and time with offset).'),
  scope: backupScopeSchema.describe(
    'What the file holds: one organisation (its workspace) or all of them. A one-organisation file holds only records of that organisation.',
  ),
  /** SHA-256 (hex) of the canonical JSON of `data` (of the plaintext when encrypted). */
  checksum: z
    .object({
      algorithm: z.literal('SHA-256'),
      value: z.string().regex(/^[0-9a-f]{64}$/, { error: 'Expected 64 hexadecimal digits.' }),
    })
    .describe(
      'SHA-256, as 64 lowercase hexadecimal digits, of the UTF-8 bytes of the RFC 8785 (JCS) canonical JSON of `data` (of the decrypted `data` when encrypted).',
    ),
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

type JsonObject = Record<string, unknown>;
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Gives the record definitions of the generated schema readable names ("organisationsRecord"
 * instead of zod's "__schema7") and each table a description, from the tables `data` holds: a
 * table added to `backupDataSchema` is named and described without touching this code.
 */
const nameTables = (schema: JsonObject): JsonObject => {
  const variants = Array.isArray(schema.oneOf) ? schema.oneOf : [];
  const data = variants
    .map((v) => (isObject(v) && isObject(v.properties) ? v.properties.data : undefined))
    .find(isObject);
  const tables = data && isObject(data.properties) ? data.properties : {};
  const renames = new Map<string, string>();
  for (const [table, property] of Object.entries(tables)) {
    if (!isObject(property)) continue;
    const label = isOneOf(BACKUP_TABLES, table) ? TABLE_LABELS[table] : table;
    property.description ??= `The ${label.toLowerCase()} records (table \`${table}\`), each with its id and meta fields.`;
    const ref = isObject(property.items) ? property.items.$ref : undefined;
    if (typeof ref === 'string' && ref.startsWith('#/$defs/__schema'))
      renames.set(ref.slice('#/$defs/'.length), `${table}Record`);
  }
  let text = JSON.stringify(schema);
  for (const [from, to] of renames) text = text.split(`"#/$defs/${from}"`).join(`"#/$defs/${to}"`);
  const renamed = JSON.parse(text) as JsonObject;
  if (isObject(renamed.$defs)) {
    const defs = renamed.$defs;
    renamed.$defs = Object.fromEntries(Object.entries(defs).map(([k, v]) => [renames.get(k) ?? k, v]));
  }
  return renamed;
};

/**
 * The JSON Schema committed as docs/backup-format.schema.json (`npm run backup-schema` rewrites
 * it; a test keeps them equal). Generated from the zod schemas on their INPUT side: what another
 * tool must write for the app to accept the file. A field the app fills in with a default is not
 * required and carries its `default`; descriptions are the domain's `.describe()` texts.
 */
export const backupJsonSchema = (): Record<string, unknown> =>
  nameTables({
    ...z.toJSONSchema(backupFileSchema, {
      target: 'draft-2020-12',
      unrepresentable: 'any',
      reused: 'ref',
      io: 'input',
    }),
    $id: 'https://dpo-desk.invalid/backup-format.schema.json',
    title: 'DPO Desk backup file',
    description:
      'A DPO Desk backup (formatVersion 1): a header, then either the records in `data` or, when encrypted, ' +
      'the same `data` encrypted with AES-256-GCM under a PBKDF2-SHA-256 key. The checksum is SHA-256 over the ' +
      'RFC 8785 (JCS) canonical JSON of `data`. See docs/BACKUP-FORMAT.md.',
  });
