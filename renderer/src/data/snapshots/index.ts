import { newId } from '../../domain';
import { CURRENT_SCHEMA_VERSION, type DpoDeskDatabase, type SnapshotRecord } from '../db';
import { NotFoundError, ValidationError } from '../repositories/errors';
import { loadWorkspace } from '../repositories/workspace';
import { migrateData } from '../backup/restore';
import { snapshotRecordSchema } from '../backup/tables';
import { problemsOf } from '../../domain';
import { diffWorkspaces, type WorkspaceDiff } from './diff';

export { diffWorkspaces } from './diff';
export type { WorkspaceDiff, RecordChange, FieldChange, DiffSegment } from './diff';

export interface SnapshotSummary {
  id: string;
  organisationId: string;
  createdAt: string;
  label: string;
}

/**
 * Freezes the whole workspace under a label, e.g. "version sent to the authority on 2026-11-22"
 * (Art. 30(4): the record as it was made available to the supervisory authority).
 */
export const takeSnapshot = async (
  db: DpoDeskDatabase,
  organisationId: string,
  label: string,
): Promise<SnapshotRecord> => {
  const workspace = await loadWorkspace(db, organisationId);
  const parsed = snapshotRecordSchema.safeParse({
    id: newId(),
    organisationId,
    createdAt: new Date().toISOString(),
    label,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    workspace,
  });
  if (!parsed.success) throw new ValidationError(problemsOf(parsed.error), 'The snapshot');
  await db.snapshots.add(parsed.data);
  return parsed.data;
};

/** Snapshots of one workspace, newest first. */
export const listSnapshots = async (db: DpoDeskDatabase, organisationId: string): Promise<SnapshotSummary[]> =>
  (await db.snapshots.where('organisationId').equals(organisationId).sortBy('createdAt'))
    .reverse()
    .map(({ id, organisationId: org, createdAt, label }) => ({ id, organisationId: org, createdAt, label }));

/** A snapshot, its workspace brought to the current schema (a snapshot may predate an upgrade). */
export const getSnapshot = async (db: DpoDeskDatabase, id: string): Promise<SnapshotRecord> => {
  const stored = await db.snapshots.get(id);
  if (!stored) throw new NotFoundError('The snapshot', id);
  const ws = stored.workspace;
  const migrated = migrateData({ ...ws, organisations: [ws.organisation] }, stored.schemaVersion) as Record<
    string,
    unknown
  > & { organisations: unknown[] };
  const { organisations, ...rest } = migrated;
  const parsed = snapshotRecordSchema.safeParse({ ...stored, workspace: { ...rest, organisation: organisations[0] } });
  if (!parsed.success) throw new ValidationError(problemsOf(parsed.error), 'The snapshot');
  return parsed.data;
};

export const deleteSnapshot = async (db: DpoDeskDatabase, id: string): Promise<void> => {
  await db.snapshots.delete(id);
};

/** What changed in the workspace since the snapshot was taken. */
export const diffSnapshotWithNow = async (db: DpoDeskDatabase, snapshotId: string): Promise<WorkspaceDiff> => {
  const snapshot = await getSnapshot(db, snapshotId);
  return diffWorkspaces(snapshot.workspace, await loadWorkspace(db, snapshot.organisationId));
};
