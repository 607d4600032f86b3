import type { z } from 'zod';
import { isObject, isOneOf, recordOf, type FieldProblem } from '../../domain';
import { CURRENT_SCHEMA_VERSION, type DpoDeskDatabase } from '../db';
import { bomEncoding, nulPatternEncoding } from '../import/text-encoding';
import { BACKUP_LIMITS, formatBytes, formatCount, PBKDF2_LIMITS, type LimitName } from '../limits';

const PBKDF2_MAX = PBKDF2_LIMITS.maxIterations;
import { decrypt } from './crypto';
import { dataChecksumMatches, utf8DecodeStrict } from './encoding';
import {
  associatedData,
  BACKUP_FORMAT,
  backupHeaderSchema,
  CURRENT_FORMAT_VERSION,
  encryptionSchema,
  kdfTooCostly,
  type BackupHeader,
} from './format';
import { migrateData, migrateEnvelope } from './restore';
import {
  backupDataSchema,
  BACKUP_TABLES,
  ENTITY_TABLES,
  recordTitle,
  TABLE_LABELS,
  type BackupData,
  type BackupTable,
} from './tables';
import { errorMessage } from '../../domain/values';

export type BackupErrorKind =
  | 'not-a-backup'
  | 'corrupt'
  | 'password-required'
  | 'wrong-password-or-tampered'
  | 'checksum-mismatch'
  | 'newer-version'
  | 'too-large'
  | 'invalid';

export interface BackupError {
  kind: BackupErrorKind;
  /** Plain words for the DPO; `kind` lets the UI choose its own (translated) wording. */
  message: string;
  /** For 'invalid': every problem found, each with the path of the field at fault. */
  problems?: FieldProblem[];
  /** For 'too-large': the bound the file went over (limits.ts), and its value. */
  limit?: LimitName;
  max?: number;
}

export interface BackupConflict {
  table: BackupTable;
  id: string;
  /** The name of the record already in the database. */
  existingTitle: string;
  /** The name of the record in the backup. */
  incomingTitle: string;
}

export interface RestorePlan {
  header: Omit<BackupHeader, 'format'>;
  /** Set when the file was written by an older version and brought to the current shape. */
  migratedFrom: { formatVersion: number; schemaVersion: number } | null;
  data: BackupData;
  counts: Record<BackupTable, number>;
  /** Of `counts`, the records that were in the Trash when the backup was made (they come back there). */
  inTrash: Record<BackupTable, number>;
  organisations: { id: string; name: string }[];
  /** Records whose id already exists in the database (empty when no database was given). */
  conflicts: BackupConflict[];
}

/** A record deleted into the Trash (audit entries and settings have no `deletedAt`). */
const isInTrash = (row: object): boolean => 'deletedAt' in row && row.deletedAt !== null;

export type InspectResult = { ok: true; plan: RestorePlan } | { ok: false; error: BackupError };

export interface InspectOptions {
  password?: string;
  /** The database the backup would be restored into: used to list conflicts. Never written. */
  db?: DpoDeskDatabase;
}

const fail = (kind: BackupErrorKind, message: string, problems?: FieldProblem[]): InspectResult => ({
  ok: false,
  error: problems ? { kind, message, problems } : { kind, message },
});

const tooLarge = (limit: LimitName, max: number, message: string): InspectResult => ({
  ok: false,
  error: { kind: 'too-large', message, limit, max },
});

/**
 * Nesting of a JSON text, scanned before it is parsed: the checksum's canonical form, the
 * migrations and zod all walk the tree recursively, so a file nested a million deep must be
 * refused before any of them runs.
 */
const jsonDepthExceeds = (text: string, max: number): boolean => {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
};

const DEPTH_MESSAGE = `This file nests deeper than ${BACKUP_LIMITS.maxJsonDepth} levels, which no DPO Desk backup does; nothing was changed.`;

/** Records per table, counted before any record is validated. */
const tooManyRecords = (data: unknown): InspectResult | null => {
  if (!isObject(data)) return null;
  const { maxRecordsPerTable } = BACKUP_LIMITS;
  for (const [table, rows] of Object.entries(data))
    if (Array.isArray(rows) && rows.length > maxRecordsPerTable)
      return tooLarge(
        'records',
        maxRecordsPerTable,
        `This backup holds ${formatCount(rows.length)} records in “${table.slice(0, 40)}”; DPO Desk restores at most ${formatCount(maxRecordsPerTable)} per table. Nothing was changed.`,
      );
  return null;
};

/**
 * The text of a backup file. DPO Desk writes UTF-8; a file re-saved by an editor as UTF-16
 * ("Unicode" in Windows Notepad) or with a UTF-8 byte-order mark is still the same backup, so it
 * is read as what its bytes say rather than called damaged.
 */
const backupText = (bytes: Uint8Array): string | null => {
  const bom = bomEncoding(bytes);
  const utf16 = bom ? (bom.encoding === 'utf-8' ? null : bom.encoding) : nulPatternEncoding(bytes);
  if (utf16) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      return null;
    }
  }
  return utf8DecodeStrict(bom ? bytes.subarray(bom.length) : bytes);
};

/** "data.activities[3].purposes[0].legalBasis": the path written the way people read JSON. */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((acc, p) => {
    if (typeof p === 'number') return `${acc}[${p}]`;
    const key = typeof p === 'symbol' ? p.toString() : p;
    return acc === '' ? key : `${acc}.${key}`;
  }, '');

const MAX_PROBLEMS = 200;

/** Zod issues → problems naming the record (by its title) and the field, in plain words. */
const problemsFrom = (error: z.ZodError, prefix: readonly PropertyKey[], data: unknown): FieldProblem[] =>
  error.issues.slice(0, MAX_PROBLEMS).map((issue) => {
    const [table, index] = issue.path;
    let where = '';
    if (isOneOf(BACKUP_TABLES, table) && typeof index === 'number' && isObject(data)) {
      const rows = data[table];
      const title = Array.isArray(rows) ? recordTitle(rows[index]) : '';
      where = `${TABLE_LABELS[table]} ${index + 1}${title ? ` (“${title}”)` : ''}: `;
    }
    const field = issue.path.slice(2).filter((p) => typeof p === 'string');
    const fieldWords = field.length > 0 ? `${field.join(' › ')} — ` : '';
    return { path: formatPath([...prefix, ...issue.path]), message: `${where}${fieldWords}${issue.message}` };
  });

/** Links that must point inside the backup or the restore would create orphans. */
const checkIntegrity = (data: BackupData, header: BackupHeader): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const orgIds = new Set(data.organisations.map((o) => o.id));
  if (header.scope.kind === 'organisation') {
    const { organisationId } = header.scope;
    if (data.organisations.length !== 1 || data.organisations[0]?.id !== organisationId)
      problems.push({
        path: 'data.organisations',
        message: 'This workspace backup must hold exactly the organisation named in its header.',
      });
  }
  // One letterhead per place (an organisation, or every organisation): the app never writes two.
  const places = new Set<string | null>();
  (data.letterheads ?? []).forEach((row, i) => {
    if (places.has(row.organisationId))
      problems.push({
        path: `data.letterheads[${i}].organisationId`,
        message: `Letterhead ${i + 1} (“${recordTitle(row.style)}”) is a second letterhead ${row.organisationId === null ? 'for every organisation' : 'of the same organisation'}: a place holds one.`,
      });
    places.add(row.organisationId);
  });
  for (const table of BACKUP_TABLES) {
    // A letterhead for every organisation has `organisationId: null`: it belongs to no one organisation.
    const rows: readonly { id: string; organisationId?: string | null }[] = data[table] ?? [];
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (seen.has(row.id))
        problems.push({
          path: `data.${table}[${i}].id`,
          message: `${TABLE_LABELS[table]} ${i + 1}: the identifier ${row.id} appears twice in this table.`,
        });
      seen.add(row.id);
      if (table !== 'organisations' && typeof row.organisationId === 'string' && !orgIds.has(row.organisationId))
        problems.push({
          path: `data.${table}[${i}].organisationId`,
          message: `${TABLE_LABELS[table]} ${i + 1} (“${recordTitle(row)}”) belongs to an organisation that is not in this backup.`,
        });
    });
  }
  // A transfer goes to a recipient or a processor of its own organisation, or to the name typed
  // before transfers linked records (both ids null): a link to a record the backup lacks would
  // restore a transfer to nobody.
  const ownerById = (rows: readonly { id: string; organisationId: string }[]) =>
    new Map(rows.map((r) => [r.id, r.organisationId]));
  const targets = [
    { field: 'recipientId', what: 'recipient', owners: ownerById(data.recipients) },
    { field: 'processorId', what: 'processor', owners: ownerById(data.processors) },
  ] as const;
  data.transfers.forEach((transfer, i) => {
    for (const { field, what, owners } of targets) {
      const id = transfer[field];
      const owner = id === null ? transfer.organisationId : owners.get(id);
      if (owner !== transfer.organisationId)
        problems.push({
          path: `data.transfers[${i}].${field}`,
          message: `${TABLE_LABELS.transfers} ${i + 1} (“${recordTitle(transfer)}”) goes to a ${what} ${owner === undefined ? 'that is not in this backup' : 'of another organisation'}.`,
        });
    }
  });
  return problems;
};

const findConflicts = async (db: DpoDeskDatabase, data: BackupData): Promise<BackupConflict[]> => {
  const conflicts: BackupConflict[] = [];
  await db.transaction('r', [...ENTITY_TABLES, 'snapshots'], async () => {
    for (const table of [...ENTITY_TABLES, 'snapshots'] as const) {
      const rows: readonly { id: string }[] = data[table] ?? [];
      if (rows.length === 0) continue;
      const existing = await db.table(table).bulkGet(rows.map((r) => r.id));
      existing.forEach((found, i) => {
        const row = rows[i];
        if (found !== undefined && row)
          conflicts.push({ table, id: row.id, existingTitle: recordTitle(found), incomingTitle: recordTitle(row) });
      });
    }
  });
  return conflicts;
};

const NEWER =
  'This backup was written by a newer version of DPO Desk. Update DPO Desk, then open the backup again; nothing was changed.';

/**
 * Checks a backup file completely, and never writes. The order matters: it is what lets the
 * message tell a file that is not a backup, a damaged file, a wrong password and an altered
 * file apart.
 */
export const inspectBackup = async (bytes: Uint8Array, options: InspectOptions = {}): Promise<InspectResult> => {
  try {
    return await inspect(bytes, options);
  } catch (e) {
    // Every expected failure is handled above; this keeps the promise of a typed answer even
    // for the unforeseen (e.g. a database read failing while listing conflicts).
    return fail('corrupt', `The backup could not be read: ${errorMessage(e)}`);
  }
};

const inspect = async (bytes: Uint8Array, options: InspectOptions): Promise<InspectResult> => {
  // 0. Bounds, before anything is parsed (limits.ts).
  const { maxFileBytes, maxJsonDepth } = BACKUP_LIMITS;
  if (bytes.byteLength > maxFileBytes)
    return tooLarge(
      'file-size',
      maxFileBytes,
      `This file is ${formatBytes(bytes.byteLength)}; DPO Desk opens backups of at most ${formatBytes(maxFileBytes)}. Nothing was changed.`,
    );
  // 1. Text and JSON. A damaged backup still starts like one; anything else is another file.
  const text = backupText(bytes);
  if (text !== null && jsonDepthExceeds(text, maxJsonDepth)) return tooLarge('json-depth', maxJsonDepth, DEPTH_MESSAGE);
  let raw: unknown;
  try {
    raw = text === null ? undefined : JSON.parse(text);
  } catch {
    raw = undefined;
  }
  if (raw === undefined) {
    // Cut short inside its own header still counts as a damaged backup, not as a foreign file.
    const start = new TextDecoder().decode(bytes.subarray(0, 4096));
    const compact = start.replace(/\s+/g, '');
    const looksLikeBackup =
      start.includes(BACKUP_FORMAT) || (compact.length >= 12 && `{"format":"${BACKUP_FORMAT}"`.startsWith(compact));
    return looksLikeBackup
      ? fail('corrupt', 'The backup file is damaged (it may have been cut short or edited); nothing was changed.')
      : fail('not-a-backup', 'This file is not a DPO Desk backup.');
  }
  if (!isObject(raw) || raw.format !== BACKUP_FORMAT)
    return fail('not-a-backup', 'This file is not a DPO Desk backup.');

  // 2. Versions, before any shape check: a newer file is refused as newer, not as invalid.
  const { formatVersion, schemaVersion } = raw;
  if (typeof formatVersion === 'number' && formatVersion > CURRENT_FORMAT_VERSION) return fail('newer-version', NEWER);
  if (typeof schemaVersion === 'number' && schemaVersion > CURRENT_SCHEMA_VERSION) return fail('newer-version', NEWER);
  const fromFormat = typeof formatVersion === 'number' && Number.isInteger(formatVersion) ? formatVersion : null;
  if (fromFormat === null || fromFormat < 1)
    return fail('invalid', 'The backup header is not valid.', [
      { path: 'formatVersion', message: 'The format version must be a whole number of at least 1.' },
    ]);
  const file = migrateEnvelope(raw, fromFormat);

  // 3. Header.
  const header = backupHeaderSchema.safeParse(file);
  if (!header.success) return fail('invalid', 'The backup header is not valid.', problemsFrom(header.error, [], file));
  const h = header.data;

  // 4. The data: in clear, or decrypted. GCM checks the password and the integrity at once.
  let rawData: unknown;
  if (h.encrypted) {
    const enc = encryptionSchema.safeParse(file.encryption);
    // Too costly a derivation is its own answer, before any key is derived: not "wrong password".
    if (!enc.success && enc.error.issues.some((i) => i.path[0] === 'iterations' && i.code === 'too_big'))
      return tooLarge(
        'kdf-iterations',
        PBKDF2_MAX,
        kdfTooCostly(isObject(file.encryption) ? file.encryption.iterations : undefined),
      );
    if (!enc.success || typeof file.ciphertext !== 'string')
      return fail(
        'invalid',
        'The encryption details of the backup are not valid.',
        enc.success
          ? [{ path: 'ciphertext', message: 'The encrypted content is missing.' }]
          : problemsFrom(enc.error, ['encryption'], file),
      );
    if (options.password === undefined || options.password === '')
      return fail('password-required', 'This backup is protected by a password. Enter it to open the backup.');
    const opened = await decrypt(enc.data, file.ciphertext, options.password, associatedData(h));
    if (!opened.ok)
      return opened.reason === 'bad-encoding'
        ? fail('corrupt', 'The encrypted content of the backup is damaged; nothing was changed.')
        : fail(
            'wrong-password-or-tampered',
            'The password is wrong, or the file was altered after it was saved. Check the password and try again; nothing was changed.',
          );
    const plain = utf8DecodeStrict(opened.plaintext);
    if (plain !== null && jsonDepthExceeds(plain, maxJsonDepth))
      return tooLarge('json-depth', maxJsonDepth, DEPTH_MESSAGE);
    try {
      rawData = plain === null ? undefined : JSON.parse(plain);
    } catch {
      rawData = undefined;
    }
    if (rawData === undefined)
      return fail('corrupt', 'The decrypted content of the backup is damaged; nothing was changed.');
  } else {
    if (!('data' in file))
      return fail('invalid', 'The backup holds no data.', [{ path: 'data', message: 'The data is missing.' }]);
    rawData = file.data;
  }

  const crowded = tooManyRecords(rawData);
  if (crowded) return crowded;

  // 5. Checksum over exactly what was written, before any migration touches it.
  if (!(await dataChecksumMatches(rawData, h.checksum.value)))
    return fail(
      'checksum-mismatch',
      'The content of the backup does not match its checksum: the file was altered or damaged after it was saved. Nothing was changed.',
    );

  // 6. Bring older records to the current schema, then validate every record.
  const migrated = migrateData(rawData, h.schemaVersion);
  const parsed = backupDataSchema.safeParse(migrated);
  if (!parsed.success) {
    const problems = problemsFrom(parsed.error, ['data'], migrated);
    return fail('invalid', `The backup has ${problems.length} problem(s); nothing was changed.`, problems);
  }
  const integrity = checkIntegrity(parsed.data, h);
  if (integrity.length > 0)
    return fail('invalid', `The backup has ${integrity.length} problem(s); nothing was changed.`, integrity);

  const data = parsed.data;
  const counts = recordOf(BACKUP_TABLES, (t) => data[t]?.length ?? 0);
  const inTrash = recordOf(BACKUP_TABLES, (t) => (data[t] ?? []).filter((row: object) => isInTrash(row)).length);
  const { format: _format, ...headerWithoutFormat } = h;
  return {
    ok: true,
    plan: {
      header: headerWithoutFormat,
      migratedFrom:
        fromFormat < CURRENT_FORMAT_VERSION || h.schemaVersion < CURRENT_SCHEMA_VERSION
          ? { formatVersion: fromFormat, schemaVersion: h.schemaVersion }
          : null,
      data,
      counts,
      inTrash,
      organisations: data.organisations.map((o) => ({ id: o.id, name: o.name })),
      conflicts: options.db ? await findConflicts(options.db, data) : [],
    },
  };
};
