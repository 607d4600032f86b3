import { describe, expect, it } from 'vitest';
import { activitySchema, controllerActivitySchema } from './activity';
import { controllerActivity, organisation, processorActivity, workspace } from '../../../test/fixtures/checks/test-builders';
import { languageSchema } from './common';
import { processorSchema } from './processor';
import { isTranslatable, prose, translatableFields, translationProblems, translationsSchema } from './translatable';
import { publishedLanguages, translationGaps, workspaceIn } from './workspace-in';

const activity = controllerActivity('act-1', {
  purposes: [
    { id: 'p-a', description: 'Managing customer accounts', legalBasis: 'contract' },
    { id: 'p-b', description: 'Sending newsletters', legalBasis: 'consent' },
  ],
  dataCategories: [
    {
      id: 'dc-1',
      name: 'Identity',
      retention: { criteria: 'Until the end of our business relationship', source: 'Code de commerce, art. L. 123-22' },
    },
  ],
});

describe('the translatable fields of a record', () => {
  it('lists printed free text by path, array items by their id, and leaves names, codes and enums out', () => {
    const paths = translatableFields(controllerActivitySchema, activity).map((f) => f.path);
    expect(paths).toEqual([
      'name',
      'purposes.p-a.description',
      'purposes.p-b.description',
      'dataSubjectCategories.act-1-ds1.name',
      'dataCategories.dc-1.name',
      'dataCategories.dc-1.retention.criteria',
    ]);
    // The legal source, the reference, the status and the legal basis are not prose.
    expect(paths.some((p) => p.includes('source') || p.includes('legalBasis') || p === 'status')).toBe(false);
  });

  it('keeps a translation on its item when the items are reordered', () => {
    const reordered = { ...activity, purposes: [...activity.purposes].reverse() };
    const before = translatableFields(controllerActivitySchema, activity).find((f) => f.text === 'Sending newsletters');
    const after = translatableFields(controllerActivitySchema, reordered).find((f) => f.text === 'Sending newsletters');
    expect(after?.path).toBe(before?.path);
  });

  it('names the items of a list of plain texts by position (processing categories have no id)', () => {
    const a = processorActivity('pa-1', { processingCategories: ['Hosting', 'Backups'] });
    expect(translatableFields(processorSchema, { name: 'OVH SAS', service: 'Hosting' }).map((f) => f.path)).toEqual([
      'service',
    ]);
    expect(translatableFields(activitySchema, a).map((f) => f.path)).toEqual([
      'name',
      'processingCategories.0',
      'processingCategories.1',
    ]);
  });

  it('is marked through .default() so other modules can read the mark', () => {
    expect(isTranslatable(prose(300).default(''))).toEqual({ translatable: true, max: 300 });
    expect(isTranslatable(controllerActivitySchema.shape.reference)).toBeUndefined();
  });

  it('bounds translations: a path must be a dotted path and a text no longer than its field', () => {
    expect(translationsSchema.safeParse({ fr: { 'a b': 'x' } }).success).toBe(false);
    expect(translationsSchema.safeParse({ xx: { name: 'x' } }).success).toBe(false);
    const tooLong = { ...activity, translations: { fr: { name: 'x'.repeat(301) } } };
    expect(translationProblems(controllerActivitySchema, tooLong)).toEqual(['FR name: At most 300 characters.']);
  });
});

describe('workspaceIn', () => {
  const translated = {
    ...activity,
    translations: {
      fr: {
        name: 'Comptes clients',
        'purposes.p-a.description': 'Gérer les comptes clients',
        'purposes.p-b.description': 'Envoyer des lettres d’information',
        'dataSubjectCategories.act-1-ds1.name': 'Clients',
        'dataCategories.dc-1.name': 'Identité',
      },
    },
  };
  const ws = workspace({
    organisation: organisation({ defaultLanguage: 'en', documentLanguages: ['en', 'fr'] }),
    activities: [translated],
  });

  it('changes nothing in the default language', () => {
    const result = workspaceIn(ws, 'en');
    expect(result.workspace).toBe(ws);
    expect(result.gaps).toEqual([]);
  });

  it('takes each translation, marks the default text where there is none and lists it as a gap', () => {
    const { workspace: fr, gaps } = workspaceIn(ws, 'fr');
    const a = fr.activities.find((x) => x.id === 'act-1');
    if (a?.kind !== 'controller') throw new Error('activity missing');
    expect(a.name).toBe('Comptes clients');
    expect(a.purposes.map((p) => p.description)).toEqual([
      'Gérer les comptes clients',
      'Envoyer des lettres d’information',
    ]);
    expect(a.dataCategories[0]?.retention.criteria).toBe('[EN] Until the end of our business relationship');
    expect(a.dataCategories[0]?.retention.source).toBe('Code de commerce, art. L. 123-22');
    expect(gaps).toContainEqual({
      table: 'activities',
      id: 'act-1',
      label: 'Customer accounts',
      path: 'dataCategories.dc-1.retention.criteria',
      language: 'fr',
      text: 'Until the end of our business relationship',
    });
    // A second pass (the builders run it too) changes nothing; the input is untouched.
    expect(workspaceIn(fr, 'fr').workspace).toBe(fr);
    expect(ws.activities[0]?.name).toBe('Customer accounts');
  });

  it('lists the same gaps as translationGaps, and none for deleted records', () => {
    expect(workspaceIn(ws, 'fr').gaps).toEqual(translationGaps(ws, 'fr'));
    const deleted = workspace({ activities: [{ ...activity, deletedAt: '2026-02-01T00:00:00.000Z' }] });
    expect(translationGaps(deleted, 'fr').some((g) => g.table === 'activities')).toBe(false);
  });

  it('publishes in the default language first, and only in languages the schema knows', () => {
    expect(publishedLanguages({ defaultLanguage: 'fr', documentLanguages: ['en'] })).toEqual(['fr', 'en']);
    for (const l of publishedLanguages({ defaultLanguage: 'en', documentLanguages: [] }))
      expect(languageSchema.options).toContain(l);
  });
});
