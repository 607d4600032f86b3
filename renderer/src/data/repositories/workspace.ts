import type { Workspace } from '../../domain';
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
    ],
    async () => {
      const organisation = await db.organisations.get(organisationId);
      if (!organisation) throw new NotFoundError('The organisation', organisationId);
      const [contacts, activities, recipients, processors, transfers, securityMeasures, documents] = await Promise.all([
        db.contacts.where('organisationId').equals(organisationId).toArray(),
        db.activities.where('organisationId').equals(organisationId).toArray(),
        db.recipients.where('organisationId').equals(organisationId).toArray(),
        db.processors.where('organisationId').equals(organisationId).toArray(),
        db.transfers.where('organisationId').equals(organisationId).toArray(),
        db.securityMeasures.where('organisationId').equals(organisationId).toArray(),
        db.documents.where('organisationId').equals(organisationId).toArray(),
      ]);
      return { organisation, contacts, activities, recipients, processors, transfers, securityMeasures, documents };
    },
  );

/** The app database's record of one organisation, for UI code (which may not reach data/db itself). */
export const loadCurrentWorkspace = (organisationId: string): Promise<Workspace> =>
  loadWorkspace(getDatabase(), organisationId);
