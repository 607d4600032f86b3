import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  breachContentSchema,
  contactContentSchema,
  controllerActivityContentSchema,
  organisationContentSchema,
  policySettingContentSchema,
  processorActivityContentSchema,
  processorContentSchema,
  recipientContentSchema,
  registerSettingContentSchema,
  requestContentSchema,
  securityMeasureContentSchema,
  transferContentSchema,
} from '../../renderer/src/domain';
import { rewriteLinks } from '../../renderer/src/data/backup/apply';
import { SECTIONS } from '../../renderer/src/app/sections';
import {
  BOOKKEEPING_ID_KEYS,
  CATALOGUES,
  editorPathOf,
  fieldOf,
  isIdKey,
  LINK_KEYS,
  recordKind,
  type ResourceName,
} from '../../renderer/src/domain/catalogue';

const SCHEMAS: Record<ResourceName, readonly z.ZodObject[]> = {
  organisation: [organisationContentSchema],
  contact: [contactContentSchema],
  activity: [controllerActivityContentSchema, processorActivityContentSchema],
  recipient: [recipientContentSchema],
  processor: [processorContentSchema],
  transfer: [transferContentSchema],
  securityMeasure: [securityMeasureContentSchema],
  documentSetting: [policySettingContentSchema, registerSettingContentSchema],
  breach: [breachContentSchema],
  request: [requestContentSchema],
};

const lookup = (lang: string, key: string): unknown => {
  const [ns, rest] = key.split(':') as [string, string];
  const json: unknown = JSON.parse(readFileSync(join('assets/i18n', lang, `${ns}.json`), 'utf8'));
  return rest.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], json);
};

describe('field catalogue', () => {
  it('names every field of every content schema, so a new field cannot be forgotten', () => {
    const missing: string[] = [];
    for (const [name, schemas] of Object.entries(SCHEMAS)) {
      const catalogued = new Set(CATALOGUES[name as ResourceName].fields.map((f) => f.path));
      const keys = new Set(schemas.flatMap((s) => Object.keys(s.shape)));
      for (const key of keys)
        if ((key !== 'kind' || name === 'documentSetting') && !catalogued.has(key)) missing.push(`${name}.${key}`);
    }
    expect(missing).toEqual([]);
  });

  it('labels every field in English and French, and every enum value list exists', () => {
    for (const lang of ['en', 'fr'])
      for (const c of Object.values(CATALOGUES))
        for (const f of c.fields) {
          expect(typeof lookup(lang, f.label), `${lang} ${f.label}`).toBe('string');
          if (f.values) expect(typeof lookup(lang, f.values), `${lang} ${f.values}`).toBe('object');
        }
  });

  it('declares every stored link, singular ones included (a breach’s processor, a notice’s recipient)', () => {
    for (const key of [
      'processorId',
      'contactPointId',
      'recipientId',
      'parentProcessorId',
      'activityIds',
      'recipientIds',
    ])
      expect(LINK_KEYS).toContain(key);
    // Ids of items inside the same record (a collection point's purposes) are not links to records.
    expect(LINK_KEYS).not.toContain('purposeIds');
    expect(fieldOf('requests', 'recipientNotices[n-1].recipientId')?.link).toBe('recipients');
    expect(fieldOf('activities', 'purposes.2')?.label).toBe('activities:fields.purposes');
  });

  it("names a field as the record's kind has it (a processor activity's processors are its sub-processors)", () => {
    expect(fieldOf('activities', 'processorIds', 'processor')?.label).toBe('activities:fields.subProcessors');
    expect(fieldOf('activities', 'processorIds', 'controller')?.label).toBe('history:fields.processorIds');
    expect(fieldOf('activities', 'client.name', 'controller')).toBeUndefined();
    expect(recordKind({ kind: 'processor', name: 'Hosting' })).toBe('processor');
    expect(recordKind({ name: 'Auditors' })).toBeUndefined();
  });

  it('restore rewrites the singular links it used to miss when records get new ids', () => {
    const ids = new Map([
      ['p-old', 'p-new'],
      ['r-old', 'r-new'],
    ]);
    const breach = { id: 'b', processorId: 'p-old', activityIds: ['x'], facts: 'p-old' };
    const request = { id: 'q', recipientNotices: [{ id: 'n', recipientId: 'r-old', processorId: 'p-old' }] };
    expect(rewriteLinks(breach, ids)).toEqual({ ...breach, processorId: 'p-new' });
    expect(rewriteLinks(request, ids).recipientNotices[0]).toEqual({
      id: 'n',
      recipientId: 'r-new',
      processorId: 'p-new',
    });
  });

  it('finds ids only where the catalogue declares them: its links and the bookkeeping keys, in one place', () => {
    for (const key of ['id', 'organisationId', 'entityId']) expect(BOOKKEEPING_ID_KEYS).toContain(key);
    for (const key of [...LINK_KEYS, ...BOOKKEEPING_ID_KEYS]) expect(isIdKey(key), key).toBe(true);
    expect(isIdKey('purposeIds')).toBe(false);
    expect(isIdKey('name')).toBe(false);
    // An audit entry's record is rewritten with the record it points at.
    const ids = new Map([['a-old', 'a-new']]);
    expect(rewriteLinks({ id: 'x', entityId: 'a-old', name: 'a-old' }, ids)).toEqual({
      id: 'x',
      entityId: 'a-new',
      name: 'a-old',
    });
  });

  it('opens each record’s editor under a route the navigation declares', () => {
    const routes = new Set(SECTIONS.map((s) => s.path));
    for (const c of Object.values(CATALOGUES)) {
      expect(routes, c.resource).toContain(c.basePath);
      expect(editorPathOf(c.table, 'r 1')?.startsWith(`${c.basePath}/`), c.resource).toBe(true);
    }
    expect(editorPathOf('activities', 'a 1')).toBe('/activities/a%201/edit');
    expect(editorPathOf('documents', 'p-1')).toBe('/documents/policies/p-1');
    expect(editorPathOf('auditLog', 'x')).toBeUndefined();
  });
});
