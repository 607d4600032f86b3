import { NotFoundError } from '../repositories/errors';
import type { DpoDeskDatabase } from '../db';
import { createBackupFile, dumpScope, type CreateBackupOptions, type CreatedBackup } from './create';
import { dataChecksum } from './encoding';
import { BACKUP_TABLES } from './tables';

/** A backup of one client's workspace (its records, history and snapshots). */
export const exportWorkspaceBackup = async (
  db: DpoDeskDatabase,
  organisationId: string,
  options: CreateBackupOptions,
): Promise<CreatedBackup> => {
  if (!(await db.organisations.get(organisationId))) throw new NotFoundError('The organisation', organisationId);
  return createBackupFile(db, { kind: 'organisation', organisationId }, options);
};

export type PurgeResult =
  | { ok: true; deleted: number }
  | { ok: false; error: { kind: 'not-found' | 'backup-does-not-match'; message: string } };

/**
 * Hard-deletes one organisation's whole workspace (e.g. at the end of a client engagement),
 * in one transaction. The caller proves a backup exists: `backupChecksum` must be the checksum
 * of a backup of this workspace made by exportWorkspaceBackup, and the workspace must not
 * have changed since (the checksum is recomputed from the database inside the transaction).
 */
export const purgeWorkspace = async (
  db: DpoDeskDatabase,
  organisationId: string,
  proof: { backupChecksum: string },
): Promise<PurgeResult> => {
  if (!(await db.organisations.get(organisationId)))
    return {
      ok: false,
      error: { kind: 'not-found', message: 'This organisation does not exist (it may already have been deleted).' },
    };
  // Hash outside the write transaction (WebCrypto would let IndexedDB auto-commit it), then
  // check inside it that nothing changed in between by comparing the records themselves.
  const scope = { kind: 'organisation', organisationId } as const;
  const snapshot = await dumpScope(db, scope);
  if ((await dataChecksum(snapshot)) !== proof.backupChecksum)
    return {
      ok: false,
      error: {
        kind: 'backup-does-not-match',
        message:
          'The backup given does not match this workspace as it is now (it is of another workspace, or the workspace changed since). Make a new backup first; nothing was deleted.',
      },
    };
  return db.transaction('rw', [...BACKUP_TABLES], async () => {
    const now = await dumpScope(db, scope);
    if (JSON.stringify(now) !== JSON.stringify(snapshot))
      return {
        ok: false,
        error: {
          kind: 'backup-does-not-match',
          message: 'The workspace changed while it was being deleted. Make a new backup first; nothing was deleted.',
        },
      } satisfies PurgeResult;
    let deleted = 0;
    for (const table of BACKUP_TABLES) {
      const rows: readonly { id: string }[] = now[table] ?? [];
      await db.table(table).bulkDelete(rows.map((r) => r.id));
      deleted += rows.length;
    }
    return { ok: true, deleted } satisfies PurgeResult;
  });
};
