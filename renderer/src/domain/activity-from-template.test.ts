import { describe, expect, it } from 'vitest';
import { activityContentSchema, activitySchema, type ControllerActivityContent } from './activity';
import {
  applyTemplate,
  emptyDraftFor,
  isUnreviewedTemplateDraft,
  planSecurityMeasures,
} from './activity-from-template';
import { activityTemplateById, type ActivityTemplate } from './activity-template';
import type { SecurityMeasure } from './security-measure';

const template = (id: string): ActivityTemplate => {
  const t = activityTemplateById(id);
  if (!t) throw new Error(`missing template ${id}`);
  return t;
};
const AT = '2026-12-01T10:00:00.000Z';
const measure = (id: string, title: string): SecurityMeasure => ({
  id,
  title,
  category: 'access_control',
  description: '',
  translations: {},
  organisationId: 'org',
  createdAt: AT,
  updatedAt: AT,
  revision: 1,
  deletedAt: null,
});

describe('a draft activity from a template', () => {
  const payroll = template('fr.payroll');

  it('carries purposes with their bases, categories with sourced retention, and leaves unsourced periods empty', () => {
    const { content, leftToDpo, added } = applyTemplate(emptyDraftFor(payroll, 'Paie'), payroll, {
      language: 'fr',
      measures: [],
      appliedAt: AT,
      revision: 1,
    });
    const a = activityContentSchema.parse(content) as ControllerActivityContent;
    expect(a.name).toBe('Paie');
    expect(a.purposes.map((p) => p.legalBasis)).toEqual(['contract', 'legal_obligation']);
    const payslips = a.dataCategories.find((c) => c.name === 'Doubles des bulletins de paie');
    expect(payslips?.retention).toMatchObject({ period: 5, unit: 'years', source: 'Code du travail, art. L. 3243-4' });
    const social = a.dataCategories.find((c) => c.name === 'Documents relatifs aux cotisations sociales');
    expect(social?.retention).toEqual({ period: null, unit: 'years', criteria: '', startEvent: '', source: '' });
    expect(leftToDpo.map((l) => l.category)).toContain('Documents relatifs aux cotisations sociales');
    expect(leftToDpo.find((l) => l.category.startsWith('Documents relatifs'))?.reason).toMatch(/^Non sourcé/);
    expect(a.dataCategories.find((c) => c.name.includes('NIR'))?.nationalIdNumber).toBe(true);
    // The draft says which template and which version of it it came from.
    expect(activityTemplateById('fr.payroll')?.version).toBeGreaterThan(0);
    expect(a.template).toEqual({
      id: 'fr.payroll',
      version: activityTemplateById('fr.payroll')?.version,
      appliedAt: AT,
      revision: 1,
    });
    expect(a.dpia.result).toBe('not_required');
    expect(added.filter((x) => x.kind === 'retention').map((x) => x.label)).not.toContain(
      'Documents relatifs aux cotisations sociales',
    );
  });

  it('pre-answers the DPIA from the CNIL list when the template says it is required', () => {
    const wb = template('fr.whistleblowing');
    const { content } = applyTemplate(emptyDraftFor(wb, 'Alerts'), wb, {
      language: 'en',
      measures: [],
      appliedAt: AT,
      revision: 1,
    });
    expect(content.kind === 'controller' && content.dpia.result).toBe('required');
    expect(content.kind === 'controller' && content.dpia.cnilList).toEqual(['professional_alerts']);
  });

  it('links measures the organisation already has (by English or French title) and creates the others', () => {
    const plan = planSecurityMeasures(payroll, 'en', [
      measure('m1', 'Transfert chiffré des fichiers bancaires'),
      measure('m2', 'Something else'),
    ]);
    expect(plan.link).toEqual([
      { key: 'encrypted-bank-files', id: 'm1', title: 'Transfert chiffré des fichiers bancaires' },
    ]);
    expect(plan.create.map((c) => c.content.title)).toEqual([
      'Segregation of duties between input and validation of pay runs',
      'Restricted access to the social-security number',
      'Log of changes to bank details',
    ]);
  });

  it('needs the client for a processor template', () => {
    const saas = template('fr.saas-hosting-processor');
    expect(() => emptyDraftFor(saas, 'Hosting')).toThrow(/client controller is required/);
    const { content, added } = applyTemplate(emptyDraftFor(saas, 'Hosting', 'Acme'), saas, {
      language: 'en',
      measures: [],
      appliedAt: AT,
      revision: 1,
    });
    expect(content.kind === 'processor' && content.processingCategories).toHaveLength(3);
    expect(added.filter((a) => a.kind === 'processing_category')).toHaveLength(3);
  });
});

describe('applying a template to an activity the DPO has started', () => {
  const recruitment = template('fr.recruitment');
  const started = activityContentSchema.parse({
    kind: 'controller',
    name: 'Hiring',
    description: 'Our own words',
    purposes: [
      { id: 'p1', description: 'Receive and assess applications and organise interviews', legalBasis: 'consent' },
    ],
    dataCategories: [
      { id: 'c1', name: 'Talent pool (with consent)', retention: { period: 6, unit: 'months' } },
      { id: 'c2', name: 'Disability status, when the candidate discloses it', specialCategory: 'health' },
    ],
    securityMeasureIds: ['mine'],
  });

  it('overwrites nothing, adds what is missing and lists exactly what it added', () => {
    const { content, added } = applyTemplate(started, recruitment, {
      language: 'en',
      measures: [{ id: 'new1', title: 'Role-based access in the applicant-tracking system', created: true }],
      appliedAt: AT,
      revision: 4,
    });
    if (content.kind !== 'controller') throw new Error('kind');
    expect(content.name).toBe('Hiring');
    expect(content.description).toBe('Our own words');
    expect(content.purposes[0]).toMatchObject({ id: 'p1', legalBasis: 'consent' });
    expect(content.purposes).toHaveLength(3);
    expect(content.dataCategories.find((c) => c.id === 'c1')?.retention.period).toBe(6);
    expect(content.securityMeasureIds).toEqual(['mine', 'new1']);
    expect(added).toContainEqual({ kind: 'purpose', label: 'Keep applications in a talent pool for future openings' });
    expect(added).not.toContainEqual(expect.objectContaining({ kind: 'description' }));
    expect(added).not.toContainEqual(expect.objectContaining({ label: 'Talent pool (with consent)' }));
    expect(added).toContainEqual({
      kind: 'security_measure_created',
      label: 'Role-based access in the applicant-tracking system',
    });
    expect(content.template?.revision).toBe(4);
  });

  it('fills an empty retention of a category the DPO named, with its source', () => {
    const bare = activityContentSchema.parse({
      kind: 'controller',
      name: 'Hiring',
      dataCategories: [{ id: 'c1', name: 'talent pool (WITH consent)' }],
    });
    const { content, added } = applyTemplate(bare, recruitment, {
      language: 'en',
      measures: [],
      appliedAt: AT,
      revision: 2,
    });
    if (content.kind !== 'controller') throw new Error('kind');
    expect(content.dataCategories[0]?.name).toBe('talent pool (WITH consent)');
    expect(content.dataCategories[0]?.retention).toMatchObject({ period: 2, unit: 'years' });
    expect(added).toContainEqual({
      kind: 'retention',
      label: 'talent pool (WITH consent)',
      source: 'CNIL, recruitment guide (January 2023)',
    });
  });
});

describe('an unreviewed template draft', () => {
  const base = { status: 'draft', lastReviewedOn: '', template: { revision: 1 } };
  it('is one until someone edits or reviews it', () => {
    expect(isUnreviewedTemplateDraft({ ...base, revision: 1 })).toBe(true);
    expect(isUnreviewedTemplateDraft({ ...base, revision: 2 })).toBe(false);
    expect(isUnreviewedTemplateDraft({ ...base, revision: 1, lastReviewedOn: '2026-12-01' })).toBe(false);
    expect(isUnreviewedTemplateDraft({ ...base, revision: 1, status: 'active' })).toBe(false);
    expect(isUnreviewedTemplateDraft({ ...base, revision: 1, template: null })).toBe(false);
  });
});

describe('the template an activity came from', () => {
  const stored = {
    id: 'a1',
    organisationId: 'org',
    createdAt: AT,
    updatedAt: AT,
    revision: 1,
    deletedAt: null,
    kind: 'controller',
    name: 'Paie',
  };
  it('is kept by the stored-record schema backups restore with, and absent from older records', () => {
    const origin = { id: 'fr.payroll', version: 1, appliedAt: AT, revision: 1 };
    expect(activitySchema.parse({ ...stored, template: origin }).template).toEqual(origin);
    expect(activitySchema.parse(stored).template).toBeNull();
    expect(activitySchema.safeParse({ ...stored, template: { id: 'fr.payroll' } }).success).toBe(false);
  });
});
