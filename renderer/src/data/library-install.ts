import type { Activity, ActivityInput, Processor, Transfer } from '../domain';
import type { LibraryDrafts } from '../domain/processor-library';
import { getDatabase, type DpoDeskDatabase } from './db';
import { createRepositories } from './repositories';

/** An activity to create as a draft, linked to the processors made from these library entries. */
export interface ActivityDraft {
  input: ActivityInput;
  /** Library entry ids whose processors the activity uses (Art. 30(1)(d), 28). */
  processorEntryIds: readonly string[];
}

export interface DraftRegister {
  processors: readonly LibraryDrafts[];
  activities?: readonly ActivityDraft[];
}

export interface CreatedRegister {
  processors: Processor[];
  subProcessors: Processor[];
  transfers: Transfer[];
  activities: Activity[];
}

/** Bounds on one guided start or one "Add from the library": nothing a person picks comes near them. */
export const MAX_DRAFT_PROCESSORS = 60;
export const MAX_DRAFT_ACTIVITIES = 80;

/**
 * Creates processors (with their sub-processors and transfers) and draft activities in ONE
 * transaction, through the repositories (validation, timestamps, audit entries): either the whole
 * starter register is written, or nothing is.
 */
export const createDraftRegisterInto = async (
  db: DpoDeskDatabase,
  organisationId: string,
  register: DraftRegister,
): Promise<CreatedRegister> => {
  const activities = register.activities ?? [];
  if (register.processors.length > MAX_DRAFT_PROCESSORS || activities.length > MAX_DRAFT_ACTIVITIES)
    throw new Error(
      `At most ${MAX_DRAFT_PROCESSORS} processors and ${MAX_DRAFT_ACTIVITIES} activities can be created at once.`,
    );
  const repos = createRepositories(db);
  return db.transaction('rw', [db.processors, db.transfers, db.activities, db.auditLog], async () => {
    const out: CreatedRegister = { processors: [], subProcessors: [], transfers: [], activities: [] };
    const idByEntry = new Map<string, string>();
    for (const drafts of register.processors) {
      const p = await repos.processors.create(drafts.processor, organisationId);
      out.processors.push(p);
      idByEntry.set(drafts.entryId, p.id);
      for (const sub of drafts.subProcessors)
        out.subProcessors.push(await repos.processors.create({ ...sub, parentProcessorId: p.id }, organisationId));
      for (const t of drafts.transfers) out.transfers.push(await repos.transfers.create(t, organisationId));
    }
    for (const a of activities) {
      const processorIds = a.processorEntryIds.flatMap((id) => idByEntry.get(id) ?? []);
      const input: ActivityInput = { ...a.input, processorIds: [...(a.input.processorIds ?? []), ...processorIds] };
      out.activities.push(await repos.activities.create(input, organisationId));
    }
    return out;
  });
};

/** Same, in the app's database. */
export const createDraftRegister = (organisationId: string, register: DraftRegister): Promise<CreatedRegister> =>
  createDraftRegisterInto(getDatabase(), organisationId, register);
