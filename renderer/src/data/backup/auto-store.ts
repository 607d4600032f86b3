import { newId } from '../../domain';
import type { AutoBackupReason, DpoDeskDatabase } from '../db';
import type { CreatedBackup } from './create';

/** Keeps a backup file inside the database (the browser edition has no backup folder). */
export const storeAutoBackup = async (
  db: DpoDeskDatabase,
  reason: AutoBackupReason,
  backup: CreatedBackup,
  createdAt: string = new Date().toISOString(),
): Promise<string> => {
  const id = newId();
  await db.autoBackups.add({
    id,
    createdAt,
    reason,
    schemaVersion: backup.schemaVersion,
    sizeBytes: backup.bytes.byteLength,
    checksum: backup.checksum,
    bytes: backup.bytes,
  });
  return id;
};
