import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import {
  activityTemplateFileSchema,
  activityTemplateJsonSchema,
  activityTemplates,
  loadActivityTemplates,
  searchTemplates,
  TEMPLATE_FILES,
} from './activity-template';

const SCHEMA_PATH = 'assets/templates/activity-template.schema.json';
const committedSchema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
const frFile = JSON.parse(readFileSync('assets/templates/activities.fr.json', 'utf8')) as unknown;

/**
 * Retention points the reference list (shared/reference/activity-templates.md) marks UNVERIFIED or
 * gives no figure for: they must reach the DPO empty, with a reason, never with a figure.
 */
const UNVERIFIED: Record<string, readonly string[]> = {
  'fr.hr-administration': ['identity-contact', 'health-absences'],
  'fr.payroll': ['social-charges'],
  'fr.recruitment': ['discrimination-evidence'],
  'fr.training': ['training-records'],
  'fr.performance-reviews': ['reviews'],
  'fr.whistleblowing': ['identities', 'offences'],
  'fr.customer-support': ['tickets'],
  'fr.events': ['registration'],
  'fr.supplier-management': ['contacts'],
  'fr.unpaid-debt-collection': ['debt'],
  'fr.data-subject-requests': ['request-file'],
  'fr.breach-register': ['breach-facts'],
  'fr.contact-form': ['enquiry'],
  'fr.newsletter': ['consent-proof'],
  'fr.saas-hosting-processor': ['backups'],
  'fr.support-access-processor': ['client-data'],
  'fr.payroll-outsourcing-processor': ['payroll-data'],
};

describe('activity templates', () => {
  it('keeps the committed JSON Schema equal to the zod schema the app validates with', () => {
    expect(committedSchema).toEqual(JSON.parse(JSON.stringify(activityTemplateJsonSchema())));
  });

  it('validates every bundled file against the JSON Schema and the zod schema', () => {
    const ajv = new Ajv2020({ allErrors: true, validateFormats: false });
    const validate = ajv.compile(committedSchema);
    for (const file of [frFile, ...TEMPLATE_FILES]) {
      const ok = validate(file);
      expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
      expect(ok).toBe(true);
      expect(activityTemplateFileSchema.safeParse(file).success).toBe(true);
    }
  });

  it('refuses a template whose English text is missing, naming the field, in both validators', () => {
    const broken = structuredClone(frFile) as { templates: { title: { en: string } }[] };
    const first = broken.templates[0];
    if (!first) throw new Error('no template');
    first.title.en = '';
    const result = activityTemplateFileSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('The template title (English) is required.');
    const validate = new Ajv2020({ validateFormats: false }).compile(committedSchema);
    expect(validate(broken)).toBe(false);
  });

  it('has at least 30 templates, each with English and French text and named for France', () => {
    const templates = loadActivityTemplates();
    expect(templates.length).toBeGreaterThanOrEqual(30);
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
    for (const t of templates) {
      expect(t.jurisdiction).toBe('FR');
      for (const text of [t.title, t.description, ...t.purposes.map((p) => p.description), ...t.dataSubjects]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.fr.trim()).not.toBe('');
      }
      expect(t.tags.en.length).toBeGreaterThan(0);
      expect(t.tags.fr.length).toBeGreaterThan(0);
    }
  });

  it('gives every retention figure a source with its text and article', () => {
    for (const t of activityTemplates())
      for (const c of t.dataCategories) {
        const r = c.retention;
        if (r.status === 'sourced') {
          expect(r.source.citation.en.trim(), `${t.id}/${c.key}`).not.toBe('');
          expect(r.source.citation.fr.trim(), `${t.id}/${c.key}`).not.toBe('');
          // A sourced rule states a figure or a criterion; never an empty shell.
          expect(r.period !== null || r.criteria !== null, `${t.id}/${c.key}`).toBe(true);
        } else {
          expect(r.reason.en).toMatch(/^Not sourced: to be set by the DPO\./);
          expect(r.reason.fr).toMatch(/^Non sourcé : à fixer par le DPO\./);
        }
      }
  });

  it('leaves every UNVERIFIED figure of the reference unfilled', () => {
    for (const [id, keys] of Object.entries(UNVERIFIED)) {
      const t = activityTemplates().find((x) => x.id === id);
      expect(t, id).toBeDefined();
      for (const key of keys) {
        const c = t?.dataCategories.find((x) => x.key === key);
        expect(c?.retention.status, `${id}/${key}`).toBe('unverified');
        expect(c?.retention).not.toHaveProperty('period');
      }
    }
  });

  it('finds templates by English or French name, tag or sector label, ignoring accents', () => {
    const all = activityTemplates();
    expect(searchTemplates(all, 'paie').map((t) => t.id)).toContain('fr.payroll');
    expect(searchTemplates(all, 'Payroll').map((t) => t.id)).toContain('fr.payroll');
    expect(searchTemplates(all, 'videosurveillance').map((t) => t.id)).toEqual(['fr.cctv']);
    const health = searchTemplates(all, 'santé publique', (t) =>
      t.sectors.includes('health') ? ['Santé publique'] : [],
    );
    expect(health.map((t) => t.id)).toEqual(['fr.medical-practice']);
    expect(searchTemplates(all, '')).toHaveLength(all.length);
  });
});
