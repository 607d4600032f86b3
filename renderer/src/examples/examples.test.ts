import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasRetention, isLive, workspaceSchema, type Workspace } from '../domain';
import { EXAMPLE_TIMESTAMP, stableId, type FactLocation } from './build';
import { EXAMPLES } from './index';

/** Every string value anywhere inside a value (deep). */
const stringsIn = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
};

const section = (ws: Workspace, where: FactLocation): unknown => ws[where];

/** Pages use curly and straight apostrophes and quotes interchangeably; compare on words, not typography. */
const normalise = (s: string): string =>
  s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();

const seedText = (file: string, folder: 'shared' | 'fixtures'): string =>
  readFileSync(
    new URL(
      folder === 'shared' ? `../../../../shared/seeds/${file}` : `../../../test/fixtures/seeds/${file}`,
      import.meta.url,
    ),
    'utf8',
  );

describe('example workspaces', () => {
  it('has the five shared seed pages and the German one, in order, with distinct slugs', () => {
    expect(EXAMPLES.map((e) => e.slug)).toEqual(['utixo', 'tixeo', 'infomaniak', 'eximitech', 'luxcloud', 'hetzner']);
  });

  it('derives stable, UUID-shaped ids', () => {
    expect(stableId('tixeo/organisation')).toBe(stableId('tixeo/organisation'));
    expect(stableId('tixeo/organisation')).not.toBe(stableId('luxcloud/organisation'));
    expect(stableId('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('gives every record and nested item an id used nowhere else, across all examples', () => {
    const ids: string[] = [];
    for (const { workspace: ws } of EXAMPLES) {
      ids.push(ws.organisation.id);
      for (const rows of [ws.contacts, ws.recipients, ws.processors, ws.transfers, ws.securityMeasures, ws.documents])
        ids.push(...rows.map((r) => r.id));
      for (const a of ws.activities) {
        ids.push(a.id);
        if (a.kind === 'controller')
          for (const items of [
            a.purposes,
            a.dataCategories,
            a.dataSubjectCategories,
            a.sources,
            a.collectionPoints,
            a.cookies,
            a.jointControllers,
          ])
            ids.push(...items.map((i) => i.id));
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(EXAMPLES)('$slug', ({ workspace: ws, facts, seedFile, seedFolder }) => {
    it('is a valid workspace with fixed timestamps, owned by its organisation', () => {
      expect(workspaceSchema.parse(ws)).toEqual(ws);
      const owned = [
        ...ws.contacts,
        ...ws.activities,
        ...ws.recipients,
        ...ws.processors,
        ...ws.transfers,
        ...ws.securityMeasures,
        ...ws.documents,
      ];
      expect(owned.every((r) => r.organisationId === ws.organisation.id)).toBe(true);
      expect([ws.organisation, ...owned].every((r) => r.createdAt === EXAMPLE_TIMESTAMP && isLive(r))).toBe(true);
    });

    it('has links that all resolve to a record of the workspace', () => {
      const ids = (rows: { id: string }[]) => new Set(rows.map((r) => r.id));
      const recipients = ids(ws.recipients);
      const processors = ids(ws.processors);
      const transfers = ids(ws.transfers);
      const measures = ids(ws.securityMeasures);
      const dangling: string[] = [];
      const check = (where: string, linked: readonly string[], known: Set<string>) => {
        for (const id of linked) if (!known.has(id)) dangling.push(`${where} → ${id}`);
      };
      for (const a of ws.activities) {
        check(`${a.name}: processorIds`, a.processorIds, processors);
        check(`${a.name}: transferIds`, a.transferIds, transfers);
        check(`${a.name}: securityMeasureIds`, a.securityMeasureIds, measures);
        if (a.kind !== 'controller') continue;
        check(`${a.name}: recipientIds`, a.recipientIds, recipients);
        const purposes = ids(a.purposes);
        const categories = ids(a.dataCategories);
        for (const cp of a.collectionPoints) {
          check(`${cp.name}: purposeIds`, cp.purposeIds, purposes);
          check(`${cp.name}: dataCategoryIds`, cp.dataCategoryIds, categories);
        }
        for (const s of a.sources) check(`${s.description}: dataCategoryIds`, s.dataCategoryIds, categories);
      }
      for (const p of ws.processors)
        if (p.parentProcessorId !== null) check(`${p.name}: parentProcessorId`, [p.parentProcessorId], processors);
      const activities = ids(ws.activities);
      for (const d of ws.documents)
        if (d.kind === 'privacy_policy')
          check(`${d.title}: activities`, [...d.includeActivityIds, ...d.excludeActivityIds], activities);
      expect(dangling).toEqual([]);
    });

    it('holds every fact of its page in the part of the workspace the app shows it in', () => {
      const missing = facts.filter((f) => !stringsIn(section(ws, f.where)).some((s) => s.includes(f.text)));
      expect(missing).toEqual([]);
      expect(new Set(facts.map((f) => `${f.where}|${f.text}`)).size).toBe(facts.length);
    });

    it('takes its facts from the page itself', () => {
      const page = normalise(seedText(seedFile, seedFolder));
      const notInPage = facts.filter((f) => f.source === undefined && !page.includes(normalise(f.text)));
      expect(notInPage).toEqual([]);
    });
  });

  it('models each organisation in the role its page describes', () => {
    const roles = Object.fromEntries(EXAMPLES.map((e) => [e.slug, e.workspace.organisation.role]));
    expect(roles).toEqual({
      utixo: 'both',
      tixeo: 'controller',
      infomaniak: 'processor',
      eximitech: 'processor',
      luxcloud: 'controller',
      hetzner: 'controller',
    });
    for (const { workspace: ws } of EXAMPLES) {
      const kinds = new Set(ws.activities.map((a) => a.kind));
      const role = ws.organisation.role;
      expect(kinds.has('controller')).toBe(role !== 'processor');
      expect(kinds.has('processor')).toBe(role !== 'controller');
      // A controller workspace can generate its privacy policy.
      expect(ws.documents.some((d) => d.kind === 'privacy_policy')).toBe(role !== 'processor');
    }
  });

  describe('Tixeo (the complete policy)', () => {
    const tixeo = EXAMPLES.find((e) => e.slug === 'tixeo')!.workspace;
    const activity = (name: string) => {
      const a = tixeo.activities.find((x) => x.name === name);
      if (a?.kind !== 'controller') throw new Error(`No controller activity ${name}`);
      return a;
    };

    it('keeps each collection point with its own data, purposes and retention', () => {
      const contactForm = activity('Contact requests from the website contact form');
      expect(contactForm.dataCategories.map((c) => c.name)).toEqual([
        'Name',
        'First name',
        'E-mail address',
        'Business telephone number',
        'Name of the company represented',
        'Question asked',
      ]);
      expect(contactForm.dataCategories[0]?.retention).toMatchObject({ period: 3, unit: 'years' });
      expect(contactForm.purposes.map((p) => p.legalBasis)).toEqual(Array(3).fill('legitimate_interests'));
      expect(contactForm.purposes.every((p) => p.legitimateInterest !== '')).toBe(true);
      const invited = activity('Account creation after an invitation');
      expect(invited.dataCategories[0]?.retention).toMatchObject({ period: 1, unit: 'years' });
    });

    it('records Matomo as website analytics: a 13-month cookie, 25 months of data', () => {
      const matomo = activity('Website audience statistics (Matomo cookies)');
      expect(matomo.websiteAnalytics).toBe(true);
      expect(matomo.cookies[0]?.duration).toContain('13 months');
      expect(matomo.dataCategories.every((c) => c.retention.period === 25 && c.retention.unit === 'months')).toBe(true);
    });

    it('transfers to Ubcom in Switzerland by adequacy, only with explicit consent', () => {
      expect(tixeo.transfers).toHaveLength(1);
      expect(tixeo.transfers[0]).toMatchObject({ country: 'CH', recipientName: 'Ubcom', mechanism: 'adequacy' });
      expect(tixeo.transfers[0]?.conditions).toContain('explicit consent');
      // It points at the record of Ubcom, the certified integrator.
      expect(tixeo.recipients.find((r) => r.id === tixeo.transfers[0]?.recipientId)?.name).toBe('Ubcom');
    });

    it('leaves the gaps of the page open instead of inventing purposes', () => {
      expect(activity('Transfer of data to partners').purposes).toEqual([]);
      expect(activity('Technical support requests').purposes).toEqual([]);
      expect(tixeo.activities.every((a) => a.kind !== 'controller' || !a.automatedDecision.exists)).toBe(true);
    });
  });

  it('keeps LuxCloud’s “until the end of our business relationship” as a retention criterion', () => {
    const lux = EXAMPLES.find((e) => e.slug === 'luxcloud')!.workspace;
    const service = lux.activities.find((a) => a.name === 'Providing and Improving the LuxCloud Service');
    if (service?.kind !== 'controller') throw new Error('LuxCloud service activity missing');
    expect(service.dataCategories.every((c) => hasRetention(c.retention))).toBe(true);
    expect(service.dataCategories[0]?.retention).toMatchObject({
      period: null,
      criteria: 'Until the end of our business relationship',
    });
  });
});
