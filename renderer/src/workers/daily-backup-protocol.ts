import type { DailyBackupResult } from '../data/backup';

/** Window → daily backup worker. */
export interface DailyBackupRequest {
  appVersion: string;
}

/** Daily backup worker → window: what was created and pruned, or why it failed. */
export type DailyBackupReply = { ok: true; result: DailyBackupResult } | { ok: false; message: string };
