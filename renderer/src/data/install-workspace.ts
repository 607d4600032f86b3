import type { Table } from 'dexie';
import {
  newId,
  problemsOf,
  workspaceSchema,
  type Activity,
  type DocumentSetting,
  type EntityTable,
  type Workspace,
} from '../domain';
import type { DpoDeskDatabase } from './db';
import { ValidationError } from './repositories/errors';
import { writeRecords } from './write-records';
import { errorMessage } from '../domain/values';

export interface InstallOptions {
  /**
   * Give every record (and every item inside an activity) a fresh id and rewrite every link to
   * match, so the same workspace (an example, a colleague's export) can be installed more than once.
   */
  newIds?: boolean;
}

/** Some record of the workspace is already in the database: installing would overwrite it. */
export class WorkspaceAlreadyInstalledError extends Error {
  constructor(
    readonly organisationName: string,
    readonly table: EntityTable,
    readonly recordId: string,
  ) {
    super(
      `“${organisationName}” was not installed: its records are already in the database (${table} ${recordId}). ` +
        'Install it as a copy, with new identifiers, to keep both.',
    );
    this.name = 'WorkspaceAlreadyInstalledError';
  }
}

/** The database refused the write; the transaction was rolled back, so nothing was changed. */
export class WorkspaceInstallError extends Error {
  constructor(organisationName: string, cause: unknown) {
    super(`“${organisationName}” could not be installed, so nothing was changed: ${errorMessage(cause)}`, { cause });
    this.name = 'WorkspaceInstallError';
  }
}

/** Rewrites every id of a workspace through one mapping, so links stay consistent. */
export const rekeyWorkspace = (ws: Workspace, makeId: () => string = newId): Workspace => {
  const ids = new Map<string, string>();
  const assign = (old: string): void => {
    if (!ids.has(old)) ids.set(old, makeId());
  };
  assign(ws.organisation.id);
  for (const rows of [
    ws.contacts,
    ws.activities,
    ws.recipients,
    ws.processors,
    ws.transfers,
    ws.securityMeasures,
    ws.documents,
    ws.breaches,
    ws.requests,
  ])
    for (const r of rows) assign(r.id);
  // A link to a record outside the workspace is left as it is: it was dangling before and stays so.
  const link = (id: string): string => ids.get(id) ?? id;
  const links = (list: readonly string[]): string[] => list.map(link);
  const organisationId = link(ws.organisation.id);
  const owned = <T extends { id: string; organisationId: string }>(r: T): T => ({
    ...r,
    id: link(r.id),
    organisationId,
  });

  const rekeyActivity = (a: Activity): Activity => {
    const common = {
      id: link(a.id),
      organisationId,
      transferIds: links(a.transferIds),
      securityMeasureIds: links(a.securityMeasureIds),
      processorIds: links(a.processorIds),
    };
    if (a.kind === 'processor') return { ...a, ...common };
    // Items inside an activity (purposes, data categories…) link only to each other.
    const local = new Map<string, string>();
    const item = <T extends { id: string }>(x: T): T => {
      const id = makeId();
      local.set(x.id, id);
      return { ...x, id };
    };
    const purposes = a.purposes.map(item);
    const dataCategories = a.dataCategories.map(item);
    const localLinks = (list: readonly string[]): string[] => list.map((id) => local.get(id) ?? id);
    return {
      ...a,
      ...common,
      purposes,
      dataCategories,
      dataSubjectCategories: a.dataSubjectCategories.map(item),
      jointControllers: a.jointControllers.map(item),
      cookies: a.cookies.map(item),
      sources: a.sources.map((s) => ({ ...item(s), dataCategoryIds: localLinks(s.dataCategoryIds) })),
      collectionPoints: a.collectionPoints.map((cp) => ({
        ...item(cp),
        dataCategoryIds: localLinks(cp.dataCategoryIds),
        purposeIds: localLinks(cp.purposeIds),
      })),
      recipientIds: links(a.recipientIds),
      // Translated text is keyed by path, list items by their id ("purposes.<id>.description"):
      // the paths follow the items' new ids, or every translation would be lost on install.
      translations: Object.fromEntries(
        Object.entries(a.translations).map(([lang, byPath]) => [
          lang,
          Object.fromEntries(
            Object.entries(byPath ?? {}).map(([path, text]) => [
              path
                .split('.')
                .map((segment) => local.get(segment) ?? segment)
                .join('.'),
              text,
            ]),
          ),
        ]),
      ),
    };
  };

  const rekeyDocument = (d: DocumentSetting): DocumentSetting =>
    d.kind === 'privacy_policy'
      ? {
          ...owned(d),
          includeActivityIds: links(d.includeActivityIds),
          excludeActivityIds: links(d.excludeActivityIds),
        }
      : owned(d);

  return {
    organisation: { ...ws.organisation, id: organisationId },
    contacts: ws.contacts.map(owned),
    activities: ws.activities.map(rekeyActivity),
    recipients: ws.recipients.map(owned),
    processors: ws.processors.map((p) => ({
      ...owned(p),
      parentProcessorId: p.parentProcessorId === null ? null : link(p.parentProcessorId),
    })),
    transfers: ws.transfers.map((t) => ({
      ...owned(t),
      recipientId: t.recipientId === null ? null : link(t.recipientId),
      processorId: t.processorId === null ? null : link(t.processorId),
    })),
    securityMeasures: ws.securityMeasures.map(owned),
    documents: ws.documents.map(rekeyDocument),
    breaches: ws.breaches.map((b) => ({
      ...owned(b),
      activityIds: links(b.activityIds),
      processorId: b.processorId === null ? null : link(b.processorId),
      contactPointId: b.contactPointId === null ? null : link(b.contactPointId),
    })),
    requests: ws.requests.map((r) => ({
      ...owned(r),
      activityIds: links(r.activityIds),
      processorIds: links(r.processorIds),
      recipientIds: links(r.recipientIds),
      recipientNotices: r.recipientNotices.map((n) => ({
        ...n,
        recipientId: n.recipientId === null ? null : link(n.recipientId),
        processorId: n.processorId === null ? null : link(n.processorId),
      })),
    })),
  };
};

type Row = { id: string };
/** Tables in writing order: the organisation first, so a reader never sees records without their owner. */
const tablesOf = (ws: Workspace): Array<[EntityTable, Row[]]> => [
  ['organisations', [ws.organisation]],
  ['contacts', ws.contacts],
  ['activities', ws.activities],
  ['recipients', ws.recipients],
  ['processors', ws.processors],
  ['transfers', ws.transfers],
  ['securityMeasures', ws.securityMeasures],
  ['documents', ws.documents],
  ['breaches', ws.breaches],
  ['requests', ws.requests],
];

/**
 * Writes a whole workspace (an example, an imported record) in one transaction, with an audit
 * `create` entry per record: all of it or, if anything fails, nothing. Existing records are never
 * overwritten. Returns the id of the installed organisation.
 */
export const installWorkspace = async (
  db: DpoDeskDatabase,
  ws: Workspace,
  options: InstallOptions = {},
): Promise<string> => {
  const parsed = workspaceSchema.safeParse(ws);
  if (!parsed.success) throw new ValidationError(problemsOf(parsed.error), 'The workspace');
  const data = options.newIds ? rekeyWorkspace(parsed.data) : parsed.data;
  const organisationId = data.organisation.id;
  const plan = tablesOf(data);

  // Record ids are global keys: the same id twice would make one record silently replace another.
  const seen = new Set<string>();
  for (const [table, rows] of plan)
    for (const r of rows) {
      if (seen.has(r.id))
        throw new ValidationError(
          [{ path: table, message: `The identifier ${r.id} is used by more than one record.` }],
          'The workspace',
        );
      seen.add(r.id);
    }

  const store = (table: EntityTable): Table<Row, string> => db.table(table);
  try {
    await db.transaction('rw', [...plan.map(([table]) => store(table)), db.auditLog], async () => {
      for (const [table, rows] of plan) {
        const existing = await store(table).bulkGet(rows.map((r) => r.id));
        const clash = existing.find((r) => r !== undefined);
        if (clash) throw new WorkspaceAlreadyInstalledError(data.organisation.name, table, clash.id);
      }
      // The records keep the lifecycle they were written with (an example's dates, a colleague's revisions).
      for (const [table, rows] of plan)
        await writeRecords(
          db,
          table,
          rows.map((after) => ({ before: null, after: { ...after } })),
          'create',
          {
            stamp: 'keep',
          },
        );
    });
  } catch (e) {
    if (e instanceof WorkspaceAlreadyInstalledError) throw e;
    throw new WorkspaceInstallError(data.organisation.name, e);
  }
  return organisationId;
};
