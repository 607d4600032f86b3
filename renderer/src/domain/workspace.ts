import { z } from 'zod';
import { activitySchema, type Activity, type ControllerActivity, type ProcessorActivity } from './activity';
import { breachSchema, type Breach } from './breach';
import { contactSchema, type Contact } from './contact';
import { documentSettingSchema, type DocumentSetting } from './document-setting';
import { requestSchema, type DataSubjectRequest } from './data-subject-request';
import { organisationSchema, type Organisation } from './organisation';
import { processorSchema, type Processor } from './processor';
import { recipientSchema, type Recipient } from './recipient';
import { securityMeasureSchema, type SecurityMeasure } from './security-measure';
import { transferSchema, type Transfer } from './transfer';

/**
 * One organisation's whole record: the unit that documents, checks and backups work on.
 * Built from the database by data/workspace.ts, from a backup file, or from an example fixture.
 */
export const workspaceSchema = z.object({
  organisation: organisationSchema,
  contacts: z.array(contactSchema),
  activities: z.array(activitySchema),
  recipients: z.array(recipientSchema),
  processors: z.array(processorSchema),
  transfers: z.array(transferSchema),
  securityMeasures: z.array(securityMeasureSchema),
  documents: z.array(documentSettingSchema),
  /** The Art. 33(5) breach register; absent from backups written before it existed. */
  breaches: z.array(breachSchema).default([]),
  /** The log of data-subject requests (Arts. 12, 15–22); absent from older backups. */
  requests: z.array(requestSchema).default([]),
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const isLive = <T extends { deletedAt: string | null }>(r: T): boolean => r.deletedAt === null;

export const controllerActivities = (ws: Workspace): ControllerActivity[] =>
  ws.activities.filter((a): a is ControllerActivity => a.kind === 'controller' && isLive(a));
export const processorActivities = (ws: Workspace): ProcessorActivity[] =>
  ws.activities.filter((a): a is ProcessorActivity => a.kind === 'processor' && isLive(a));

/** Lookup of live records by id, for following the links of an activity. */
export interface WorkspaceIndex {
  recipients: Map<string, Recipient>;
  processors: Map<string, Processor>;
  transfers: Map<string, Transfer>;
  securityMeasures: Map<string, SecurityMeasure>;
  activities: Map<string, Activity>;
}
const byId = <T extends { id: string; deletedAt: string | null }>(rows: T[]): Map<string, T> =>
  new Map(rows.filter(isLive).map((r) => [r.id, r]));
export const indexWorkspace = (ws: Workspace): WorkspaceIndex => ({
  recipients: byId(ws.recipients),
  processors: byId(ws.processors),
  transfers: byId(ws.transfers),
  securityMeasures: byId(ws.securityMeasures),
  activities: byId(ws.activities),
});

/** Resolve a list of ids, dropping links to records that no longer exist. */
export const resolveIds = <T>(ids: readonly string[], map: Map<string, T>): T[] =>
  ids.flatMap((id) => {
    const v = map.get(id);
    return v === undefined ? [] : [v];
  });

/** The sub-processor chain below a processor, depth first (seeds/001: Tixeo → OVH). */
export const subProcessorsOf = (processorId: string, processors: readonly Processor[]): Processor[] => {
  const out: Processor[] = [];
  const seen = new Set<string>([processorId]);
  const walk = (parent: string): void => {
    for (const p of processors) {
      if (p.parentProcessorId === parent && isLive(p) && !seen.has(p.id)) {
        seen.add(p.id);
        out.push(p);
        walk(p.id);
      }
    }
  };
  walk(processorId);
  return out;
};

export const dpoOf = (ws: Workspace): Contact | undefined => ws.contacts.find((c) => c.role === 'dpo' && isLive(c));
export const representativeOf = (ws: Workspace): Contact | undefined =>
  ws.contacts.find((c) => c.role === 'representative' && isLive(c));
export const privacyContactOf = (ws: Workspace): Contact | undefined =>
  ws.contacts.find((c) => c.role === 'privacy_contact' && isLive(c));

export type {
  Organisation,
  Contact,
  Activity,
  Recipient,
  Processor,
  Transfer,
  SecurityMeasure,
  DocumentSetting,
  Breach,
  DataSubjectRequest,
};
