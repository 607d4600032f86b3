import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { libraryDrafts, libraryEntryById, type LibraryWording } from '../domain/processor-library';
import { DpoDeskDatabase } from './db';
import { createDraftRegisterInto } from './library-install';
import { createRepositories } from './repositories';

let db: DpoDeskDatabase;
beforeEach(async () => {
  db = new DpoDeskDatabase(`library-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const w: LibraryWording = {
  lang: 'fr',
  origin: (id, date) => `Bibliothèque ${id}, ${date}`,
  legalEntity: (v) => `Entité : ${v}`,
  subProcessorList: (u) => `Liste : ${u}`,
  toCheck: (f, n) => `À vérifier (${f}) : ${n}`,
  subProcessorOrigin: (p, d) => `Sous-traitant ultérieur de ${p} (${d})`,
  transferAdequacy: (asOf, d) => `Adéquation au ${asOf} : ${d}`,
  transferSafeguard: (m) => `Garantie : ${m}`,
  safeguardsCopy: (u) => `Voir ${u}`,
};
const drafts = (id: string) => {
  const e = libraryEntryById(id);
  if (!e) throw new Error(id);
  return libraryDrafts(e, w);
};

describe('createDraftRegisterInto', () => {
  it('creates processors, their sub-processors, transfers and linked draft activities, with audit entries', async () => {
    const repos = createRepositories(db);
    const org = await repos.organisations.create({ name: 'Boulangerie Martin' });
    const out = await createDraftRegisterInto(db, org.id, {
      processors: [drafts('shopify'), drafts('stripe')],
      activities: [
        { input: { kind: 'controller', name: 'Gestion des clients' }, processorEntryIds: ['shopify', 'stripe'] },
      ],
    });
    expect(out.processors.map((p) => p.name)).toEqual(['Shopify', 'Stripe']);
    expect(out.subProcessors.map((p) => [p.name, p.parentProcessorId])).toEqual([
      ['Shopify Inc.', out.processors[0]?.id],
    ]);
    expect(out.transfers.map((t) => `${t.recipientName}→${t.country}`).sort()).toEqual([
      'Shopify Inc.→CA',
      'Shopify→CA',
      'Stripe→US',
    ]);
    // Each transfer points at the record of the processor or sub-processor it goes to.
    const idOf = new Map([...out.processors, ...out.subProcessors].map((p) => [p.name, p.id]));
    for (const t of out.transfers) expect(t.processorId, t.recipientName).toBe(idOf.get(t.recipientName));
    const [activity] = await repos.activities.list(org.id);
    expect(activity?.status).toBe('draft');
    expect(activity?.processorIds).toEqual(out.processors.map((p) => p.id));
    expect(await db.auditLog.count()).toBe(1 + 3 + 3 + 1);
    const stripe = (await repos.processors.list(org.id)).find((p) => p.name === 'Stripe');
    // The processor keeps which library entry it came from, and the day that entry's facts were checked.
    expect(stripe?.library?.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(stripe?.library).toEqual({ id: 'stripe', checkedOn: libraryEntryById('stripe')?.checkedOn });
    expect(stripe?.notes).toContain('Entité : Stripe Payments Europe, Ltd.');
    expect(stripe?.notes).toContain('À vérifier (country)');
  });

  it('writes nothing when one draft is invalid', async () => {
    const repos = createRepositories(db);
    const org = await repos.organisations.create({ name: 'Atelier' });
    await expect(
      createDraftRegisterInto(db, org.id, {
        processors: [drafts('stripe')],
        activities: [{ input: { kind: 'controller', name: '' }, processorEntryIds: [] }],
      }),
    ).rejects.toThrow();
    expect(await repos.processors.list(org.id)).toEqual([]);
    expect(await repos.transfers.list(org.id)).toEqual([]);
  });
});

describe('adding a library entry that is already in the register', () => {
  it('does not create the processor, its sub-processors or transfers again, and links new activities to it', async () => {
    const repos = createRepositories(db);
    const org = await repos.organisations.create({ name: 'Boutique' });
    const first = await createDraftRegisterInto(db, org.id, { processors: [drafts('shopify')] });
    const again = await createDraftRegisterInto(db, org.id, {
      processors: [drafts('shopify')],
      activities: [{ input: { kind: 'controller', name: 'Ventes en ligne' }, processorEntryIds: ['shopify'] }],
    });
    expect(again.processors).toEqual([]);
    expect(again.subProcessors).toEqual([]);
    expect(again.transfers).toEqual([]);
    expect(again.existing.map((p) => p.id)).toEqual(first.processors.map((p) => p.id));
    expect((await repos.processors.list(org.id)).map((p) => p.name).sort()).toEqual(['Shopify', 'Shopify Inc.']);
    expect(await repos.transfers.list(org.id)).toHaveLength(2);
    expect(again.activities[0]?.processorIds).toEqual([first.processors[0]?.id]);
  });

  it('recognises a processor the DPO entered by hand under the same name', async () => {
    const repos = createRepositories(db);
    const org = await repos.organisations.create({ name: 'Cabinet' });
    const mine = await repos.processors.create({ name: 'stripe' }, org.id);
    const out = await createDraftRegisterInto(db, org.id, { processors: [drafts('stripe')] });
    expect(out.existing.map((p) => p.id)).toEqual([mine.id]);
    expect(await repos.processors.list(org.id)).toHaveLength(1);
  });

  it('adds it again once the earlier one was deleted', async () => {
    const repos = createRepositories(db);
    const org = await repos.organisations.create({ name: 'Atelier' });
    const first = await createDraftRegisterInto(db, org.id, { processors: [drafts('stripe')] });
    const [p] = first.processors;
    if (!p) throw new Error('not created');
    await repos.processors.remove(p.id, p.revision);
    const again = await createDraftRegisterInto(db, org.id, { processors: [drafts('stripe')] });
    expect(again.existing).toEqual([]);
    expect(again.processors.map((x) => x.name)).toEqual(['Stripe']);
  });
});

describe('createDraftRegisterInto with templates', () => {
  it('creates template drafts linked to the processors, and shared security measures once', async () => {
    const { activityTemplateById } = await import('../domain/activity-template');
    const repos = createRepositories(db);
    const org = await repos.organisations.create({ name: 'Studio' });
    const payroll = activityTemplateById('fr.payroll');
    const hr = activityTemplateById('fr.hr-administration');
    if (!payroll || !hr) throw new Error('templates missing');
    const out = await createDraftRegisterInto(db, org.id, {
      processors: [drafts('payfit')],
      fromTemplates: [
        { template: payroll, name: 'Paie', processorEntryIds: ['payfit'] },
        { template: hr, name: 'Dossier du personnel', processorEntryIds: ['payfit'] },
      ],
      language: 'fr',
    });
    expect(out.activities.map((a) => [a.name, a.status, a.template?.id])).toEqual([
      ['Paie', 'draft', 'fr.payroll'],
      ['Dossier du personnel', 'draft', 'fr.hr-administration'],
    ]);
    expect(out.activities.every((a) => a.processorIds[0] === out.processors[0]?.id)).toBe(true);
    const titles = (await repos.securityMeasures.list(org.id)).map((m) => m.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.length).toBeGreaterThan(0);
  });
});
