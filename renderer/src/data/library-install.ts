import type { Activity, ActivityInput, Language, Processor, SecurityMeasure, Transfer } from '../domain';
import { applyTemplate, emptyDraftFor, planSecurityMeasures } from '../domain/activity-from-template';
import { foldForSearch, type ActivityTemplate } from '../domain/activity-template';
import { processorFromLibrary, type LibraryDrafts } from '../domain/processor-library';
import { getDatabase, type DpoDeskDatabase } from './db';
import { createRepositories } from './repositories';

/** An activity to create as a draft, linked to the processors made from these library entries. */
export interface ActivityDraft {
  input: ActivityInput;
  /** Library entry ids whose processors the activity uses (Art. 30(1)(d), 28). */
  processorEntryIds: readonly string[];
}

/** A draft activity from an activity template (the templates' "add, never overwrite" rules apply). */
export interface TemplateActivityDraft {
  template: ActivityTemplate;
  name: string;
  /** Processor templates only: the client controller (Art. 30(2)(a)). */
  clientName?: string;
  processorEntryIds: readonly string[];
}

export interface DraftRegister {
  processors: readonly LibraryDrafts[];
  activities?: readonly ActivityDraft[];
  fromTemplates?: readonly TemplateActivityDraft[];
  /** Language of the template text copied into the record (the organisation's document language). */
  language?: Language;
}

export interface CreatedRegister {
  processors: Processor[];
  /**
   * Processors already in the register for an entry asked for (see processorFromLibrary): not created
   * again, nor their sub-processors and transfers; the new activities are linked to them.
   */
  existing: Processor[];
  subProcessors: Processor[];
  transfers: Transfer[];
  activities: Activity[];
  securityMeasures: SecurityMeasure[];
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
  const fromTemplates = register.fromTemplates ?? [];
  const language = register.language ?? 'en';
  if (
    register.processors.length > MAX_DRAFT_PROCESSORS ||
    activities.length + fromTemplates.length > MAX_DRAFT_ACTIVITIES
  )
    throw new Error(
      `At most ${MAX_DRAFT_PROCESSORS} processors and ${MAX_DRAFT_ACTIVITIES} activities can be created at once.`,
    );
  const repos = createRepositories(db);
  const tables = [db.processors, db.transfers, db.activities, db.securityMeasures, db.auditLog];
  return db.transaction('rw', tables, async () => {
    const out: CreatedRegister = {
      processors: [],
      existing: [],
      subProcessors: [],
      transfers: [],
      activities: [],
      securityMeasures: [],
    };
    const idByEntry = new Map<string, string>();
    const present = await repos.processors.list(organisationId);
    for (const drafts of register.processors) {
      const already = processorFromLibrary(present, { id: drafts.entryId, name: drafts.processor.name });
      if (already) {
        out.existing.push(already);
        idByEntry.set(drafts.entryId, already.id);
        continue;
      }
      const p = await repos.processors.create(drafts.processor, organisationId);
      present.push(p);
      out.processors.push(p);
      idByEntry.set(drafts.entryId, p.id);
      const created = [p];
      for (const sub of drafts.subProcessors) {
        const s = await repos.processors.create({ ...sub, parentProcessorId: p.id }, organisationId);
        out.subProcessors.push(s);
        created.push(s);
      }
      // Each transfer points at the processor or sub-processor it goes to (domain/transfer.ts).
      for (const t of drafts.transfers) {
        const to = created.find((c) => c.name === t.recipientName);
        out.transfers.push(await repos.transfers.create({ ...t, processorId: to?.id ?? null }, organisationId));
      }
    }
    for (const a of activities) {
      const processorIds = a.processorEntryIds.flatMap((id) => idByEntry.get(id) ?? []);
      const input: ActivityInput = { ...a.input, processorIds: [...(a.input.processorIds ?? []), ...processorIds] };
      out.activities.push(await repos.activities.create(input, organisationId));
    }
    // Measures several templates recommend are created once, and an existing one is linked, not copied.
    const measures = await repos.securityMeasures.list(organisationId);
    for (const d of fromTemplates) {
      const base = emptyDraftFor(d.template, d.name, d.clientName ?? '');
      const plan = planSecurityMeasures(d.template, language, measures);
      const chosen = plan.link.map((l) => ({ id: l.id, title: l.title, created: false }));
      for (const c of plan.create) {
        const again = measures.find((m) => foldForSearch(m.title) === foldForSearch(c.content.title));
        if (again) {
          chosen.push({ id: again.id, title: again.title, created: false });
          continue;
        }
        const m = await repos.securityMeasures.create(c.content, organisationId);
        measures.push(m);
        out.securityMeasures.push(m);
        chosen.push({ id: m.id, title: m.title, created: true });
      }
      const applied = applyTemplate(base, d.template, {
        language,
        measures: chosen,
        appliedAt: new Date().toISOString(),
        revision: 1,
      });
      const processorIds = d.processorEntryIds.flatMap((id) => idByEntry.get(id) ?? []);
      out.activities.push(
        await repos.activities.create(
          { ...applied.content, processorIds: [...applied.content.processorIds, ...processorIds] },
          organisationId,
        ),
      );
    }
    return out;
  });
};

/** Same, in the app's database. */
export const createDraftRegister = (organisationId: string, register: DraftRegister): Promise<CreatedRegister> =>
  createDraftRegisterInto(getDatabase(), organisationId, register);
