import { describe, expect, it } from 'vitest';
import { CATALOGUES, fieldsOfKind, type ResourceCatalogue } from '../../domain/catalogue';
import { IMPORT_FIELDS, importOptions, namesTheActivity, normaliseHeader, suggestMapping } from './mapping';
import { previewImport } from './preview';

const activity = CATALOGUES.activity;
const imported = fieldsOfKind(activity, 'controller').filter((f) => (f.importAliases ?? []).length > 0);

describe('import mapping from the activity catalogue', () => {
  it('recognises every alias the catalogue declares as the field it belongs to', () => {
    expect(imported.length).toBeGreaterThan(10);
    for (const field of imported)
      for (const alias of field.importAliases ?? []) {
        const [m] = suggestMapping([alias]);
        expect(m, `${field.path} ← “${alias}”`).toMatchObject({ field: field.path, confidence: 'known' });
      }
    for (const note of activity.importNotes ?? [])
      for (const alias of note.importAliases) expect(suggestMapping([alias])[0]?.field).toBe(note.column);
  });

  it('keeps aliases normalised, so a header as the templates write it still matches', () => {
    for (const field of imported)
      for (const alias of field.importAliases ?? []) expect(normaliseHeader(alias), field.path).toBe(alias);
    expect(suggestMapping(['N° / RÉF', 'Durée de conservation'])).toMatchObject([
      { field: 'reference' },
      { field: 'dataCategories.retention' },
    ]);
  });

  it('offers exactly the catalogue’s imported fields, its note columns and “ignore”, with their labels', () => {
    expect(IMPORT_FIELDS).toEqual([
      ...imported.map((f) => f.path),
      ...(activity.importNotes ?? []).map((n) => n.column),
      'ignore',
    ]);
    expect(importOptions().find((o) => o.field === 'software')?.label).toBe('activities:fields.software');
  });

  it('reads a new alias and a new field from the catalogue it is given, with no list of its own', () => {
    const extended: ResourceCatalogue = {
      ...activity,
      fields: activity.fields.map((f) =>
        f.path === 'owner' ? { ...f, importAliases: [...(f.importAliases ?? []), 'pilote du traitement'] } : f,
      ),
    };
    expect(suggestMapping(['Pilote du traitement'])[0]?.field).toBe('note');
    expect(suggestMapping(['Pilote du traitement'], extended)[0]).toMatchObject({
      field: 'owner',
      confidence: 'known',
    });
    expect(importOptions(extended).map((o) => o.field)).toEqual(IMPORT_FIELDS);
  });

  it('imports every plain text and date field of the catalogue from its first alias', () => {
    const plain = imported.filter((f) => !f.path.includes('.') && (f.display === 'text' || f.display === 'date'));
    expect(plain.map((f) => f.path)).toEqual(expect.arrayContaining(['name', 'software', 'lastReviewedOn']));
    const headers = plain.map((f) => f.importAliases?.[0] ?? '');
    const cells = plain.map((f) => (f.display === 'date' ? '25/05/2026' : `value of ${f.path}`));
    const preview = previewImport([cells], suggestMapping(headers));
    expect(preview.problems).toEqual([]);
    const stored: Record<string, unknown> = { ...preview.activities[0]?.activity };
    for (const f of plain)
      expect(stored[f.path], f.path).toBe(f.display === 'date' ? '2026-05-25' : `value of ${f.path}`);
  });

  it('knows a sheet can name its activities from a name or a purpose column', () => {
    expect(namesTheActivity(suggestMapping(['Finalité du traitement', 'Service']))).toBe(true);
    expect(namesTheActivity(suggestMapping(['Activity name']))).toBe(true);
    expect(namesTheActivity(suggestMapping(['Service', 'Remarks']))).toBe(false);
  });
});
