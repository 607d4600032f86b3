import { describe, expect, it } from 'vitest';
import { breach, controllerActivity, processor, processorActivity } from '../../../test/fixtures/checks/test-builders';
import {
  hintsOfField,
  hintsOfList,
  isPrintedPath,
  recordTranslationIndex,
  translationPathOf,
} from './translation-hints';

const activity = controllerActivity('act-1', {
  name: 'Customer accounts',
  reference: 'CRM-01',
  purposes: [
    { id: 'p-a', description: 'Managing customer accounts', legalBasis: 'contract' },
    { id: 'p-b', description: 'Sending newsletters', legalBasis: 'consent' },
  ],
  translations: {
    fr: { name: 'Comptes clients', 'purposes.p-b.description': 'Envoi des lettres d’information' },
    de: { 'purposes.p-b.description': 'Versand von Newslettern' },
  },
});

describe('the other languages an editor shows under a field', () => {
  const index = recordTranslationIndex('activities', activity, ['fr', 'de']);

  it('knows the printed free-text fields of the stored record, with their translations', () => {
    expect(index.get('name')).toEqual({ fr: 'Comptes clients' });
    expect(index.get('purposes.p-b.description')).toEqual({
      fr: 'Envoi des lettres d’information',
      de: 'Versand von Newslettern',
    });
    expect(index.get('purposes.p-a.description')).toEqual({});
    // A reference or a legal basis reads the same in every language: no hint.
    expect(index.has('reference')).toBe(false);
    expect([...index.keys()].some((k) => k.includes('legalBasis'))).toBe(false);
  });

  it('names a form field as its translation does: list items by their id, even once moved in the form', () => {
    expect(translationPathOf(activity, 'purposes.1.description')).toBe('purposes.p-b.description');
    const moved = { ...activity, purposes: [...activity.purposes].reverse() };
    expect(translationPathOf(moved, 'purposes.0.description')).toBe('purposes.p-b.description');
    expect(translationPathOf(activity, 'name')).toBe('name');
    // Items without an id (plain texts) by their position.
    expect(translationPathOf({ processingCategories: ['Hosting', 'Backups'] }, 'processingCategories.1')).toBe(
      'processingCategories.1',
    );
  });

  it('gives each other language its text or marks it missing, and nothing for a blank field', () => {
    expect(hintsOfField(index, ['fr', 'de'], 'name', 'Customer accounts')).toEqual([
      { language: 'fr', path: 'name', text: 'Comptes clients' },
      { language: 'de', path: 'name', text: undefined },
    ]);
    expect(hintsOfField(index, ['fr', 'de'], 'purposes.p-a.description', 'Managing customer accounts')).toEqual([
      { language: 'fr', path: 'purposes.p-a.description', text: undefined },
      { language: 'de', path: 'purposes.p-a.description', text: undefined },
    ]);
    expect(hintsOfField(index, ['fr'], 'name', '   ')).toEqual([]);
    expect(hintsOfField(index, ['fr'], 'reference', 'CRM-01')).toEqual([]);
  });

  it('shows nothing for a one-language organisation or a record no document translates', () => {
    expect(recordTranslationIndex('activities', activity, []).size).toBe(0);
    expect(
      recordTranslationIndex('breaches', { ...breach('b-1', { title: 'Lost laptop' }), translations: {} }, ['fr']).size,
    ).toBe(0);
  });

  it('counts the missing items of a list of texts, pointing at the first one', () => {
    const a = processorActivity('pa-1', {
      processingCategories: ['Hosting', 'Backups', 'Support'],
      translations: { fr: { 'processingCategories.1': 'Sauvegardes' } },
    });
    const listIndex = recordTranslationIndex('activities', a, ['fr']);
    expect(hintsOfList(listIndex, ['fr'], 'processingCategories', a.processingCategories)).toEqual([
      { language: 'fr', texts: ['Sauvegardes'], missing: 2, firstMissingPath: 'processingCategories.0' },
    ]);
    expect(hintsOfList(listIndex, ['fr'], 'processingCategories', [])).toEqual([]);
  });

  it('reads from the catalogue whether a document prints the field', () => {
    expect(isPrintedPath('activities', 'dataCategories.2.retention.criteria', 'controller')).toBe(true);
    expect(isPrintedPath('activities', 'template.note', 'controller')).toBe(false);
    expect(isPrintedPath('processors', 'library.entryId')).toBe(false);
    expect(isPrintedPath('breaches-and-more', 'name')).toBe(false);
    const p = processor('pr-1', { name: 'OVH SAS', service: 'Hosting', email: 'dpo@ovh.example' });
    // The e-mail reads the same in every language; the service is the one printed free text.
    expect([...recordTranslationIndex('processors', p, ['fr']).keys()]).toEqual(['service']);
  });
});
