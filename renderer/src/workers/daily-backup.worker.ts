// First: zod must be in jitless mode before any schema is created (see the module).
import '../domain/zod-config';
import { runDailyBackup } from '../data/app-database';
import type { DailyBackupReply, DailyBackupRequest } from './daily-backup-protocol';
import { workerScope } from './scope';

/**
 * The daily automatic backup, off the window's thread: reading the whole database, writing it as
 * canonical JSON and hashing it takes seconds on a large record, during which the first screen
 * must stay usable. Started once per app start by `runDailyBackupInWorker`.
 */
const scope = workerScope<DailyBackupRequest, DailyBackupReply>();
scope.onMessage((request) => {
  runDailyBackup(request.appVersion).then(
    (result) => scope.postMessage({ ok: true, result }),
    (err: unknown) =>
      scope.postMessage({
        ok: false,
        message: err instanceof Error && err.message !== '' ? err.message : 'The backup failed for an unknown reason.',
      }),
  );
});
