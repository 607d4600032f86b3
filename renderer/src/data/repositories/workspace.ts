import { withLinkedRecipientNames, type Workspace } from '../../domain';
import { getDatabase, type DpoDeskDatabase } from '../db';
import { NotFoundError } from './errors';

/** Read one organisation's whole record (live and soft-deleted rows) in one read transaction. */
export const loadWorkspace = async (db: DpoDeskDatabase, organisationId: string): Promise<Workspace> =>
  db.transaction(
    'r',
    [
      db.organisations,
      db.contacts,
      db.activities,
      db.recipients,
      db.processors,
      db.transfers,
      db.securityMeasures,
      db.documents,
      db.breaches,
      db.requests,
    ],
    async () => {
      const organisation = await db.organisations.get(organisationId);
      if (!organisation) throw new NotFoundError('The organisation', organisationId);
      const owned = { organisationId };
      const [contacts, activities, recipients, processors, transfers, securityMeasures, documents, breaches, requests] =
        await Promise.all([
          db.contacts.where('organisationId').equals(organisationId).toArray(),
          db.activities.where('organisationId').equals(organisationId).toArray(),
          db.recipients.where('organisationId').equals(organisationId).toArray(),
          db.processors.where('organisationId').equals(organisationId).toArray(),
          db.transfers.where('organisationId').equals(organisationId).toArray(),
          db.securityMeasures.where('organisationId').equals(organisationId).toArray(),
          db.documents.where('organisationId').equals(organisationId).toArray(),
          db.breaches.where(owned).toArray(),
          db.requests.where(owned).toArray(),
        ]);
      // A transfer prints the current name of the record it points at (domain/transfer.ts).
      return withLinkedRecipientNames({
        organisation,
        contacts,
        activities,
        recipients,
        processors,
        transfers,
        securityMeasures,
        documents,
        breaches,
        requests,
      });
    },
  );

/** The app database's record of one organisation, for UI code (which may not reach data/db itself). */
export const loadCurrentWorkspace = (organisationId: string): Promise<Workspace> =>
  loadWorkspace(getDatabase(), organisationId);

/** The kind and department of one live activity: what the register filters of the export dialog need. */
export interface ActivityDepartment {
  kind: 'controller' | 'processor';
  department: string;
}

/** Activities read per slice by `readActivityDepartments`: one slice reads in a few milliseconds. */
export const DEPARTMENT_READ_SLICE = 200;

/**
 * Kind and department of each live activity of an organisation, read a slice at a time with a
 * pause between slices, so that a record of thousands of activities never holds the window's thread
 * (reading records deserialises them on the thread that asked).
 */
export const readActivityDepartments = async (
  db: DpoDeskDatabase,
  organisationId: string,
): Promise<ActivityDepartment[]> => {
  const ids = await db.activities.where('organisationId').equals(organisationId).primaryKeys();
  const found: ActivityDepartment[] = [];
  for (let from = 0; from < ids.length; from += DEPARTMENT_READ_SLICE) {
    const slice = await db.activities.bulkGet(ids.slice(from, from + DEPARTMENT_READ_SLICE));
    for (const a of slice) if (a && a.deletedAt === null) found.push({ kind: a.kind, department: a.department });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return found;
};

/** `readActivityDepartments` on the app database, for UI code. */
export const readCurrentActivityDepartments = (organisationId: string): Promise<ActivityDepartment[]> =>
  readActivityDepartments(getDatabase(), organisationId);
