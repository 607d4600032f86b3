import type { Activity } from '../../domain';
import type { DpoDeskDatabase } from '../db';
import { writeRecords } from '../write-records';
import type { ImportPreview } from './preview';
import { errorMessage } from '../../domain/values';

export type ApplyImportResult =
  { ok: true; created: Activity[] } | { ok: false; error: { kind: 'not-found' | 'write-failed'; message: string } };

/** Creates every previewed activity in one transaction (with its audit entry), or none. */
export const applyImport = async (
  db: DpoDeskDatabase,
  organisationId: string,
  preview: ImportPreview,
): Promise<ApplyImportResult> => {
  try {
    return await db.transaction('rw', [db.organisations, db.activities, db.auditLog], async () => {
      if (!(await db.organisations.get(organisationId)))
        return {
          ok: false,
          error: {
            kind: 'not-found',
            message: 'The organisation to import into no longer exists; nothing was imported.',
          },
        } as const;
      const { records: created } = await writeRecords<Activity>(
        db,
        'activities',
        preview.activities.map(({ activity }) => ({ before: null, after: { ...activity, organisationId } })),
        'create',
      );
      return { ok: true, created } as const;
    });
  } catch (e) {
    return {
      ok: false,
      error: {
        kind: 'write-failed',
        message: `The import could not be saved, so nothing was imported: ${errorMessage(e)}`,
      },
    };
  }
};
