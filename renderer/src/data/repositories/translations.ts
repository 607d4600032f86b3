import type { Language } from '../../domain/common';
import { META_KEYS } from '../../domain/common';
import { translatableFields, type Translations } from '../../domain/translatable';
import { RECORD_SCHEMAS, type TranslatedTable } from '../../domain/workspace-in';
import { VALIDATION_MESSAGES } from '../../domain/common';
import { NotFoundError, ValidationError } from './errors';
import type { Repositories } from './index';

interface TranslatableRecord {
  id: string;
  revision: number;
  translations?: Translations;
}

const CONTENT_EXCLUDED = new Set<string>([...META_KEYS, 'organisationId']);

/**
 * Writes (or, with an empty text, removes) the translation of one field of one record, through the
 * record's repository, so the revision, timestamps and audit entry are stamped as for any edit.
 * `expectedRevision` is the revision the screen showed: a record changed elsewhere is not overwritten.
 */
export const saveTranslation = async (
  repos: Repositories,
  table: TranslatedTable,
  id: string,
  lang: Language,
  path: string,
  text: string,
  expectedRevision: number,
): Promise<TranslatableRecord> => {
  const repo = repos[table] as unknown as {
    get(id: string): Promise<TranslatableRecord | undefined>;
    update(id: string, input: object, expectedRevision?: number): Promise<TranslatableRecord>;
  };
  const record = await repo.get(id);
  if (!record) throw new NotFoundError('The record', id);
  const field = translatableFields(RECORD_SCHEMAS[table], record).find((f) => f.path === path);
  if (!field)
    throw new ValidationError([{ path, message: 'This field has no text to translate any more.' }], 'The translation');
  const value = text.trim();
  if (value.length > field.max)
    throw new ValidationError([{ path, message: VALIDATION_MESSAGES.tooLong(field.max) }], 'The translation');
  const byPath = { ...(record.translations?.[lang] ?? {}) };
  if (value === '') delete byPath[path];
  else byPath[path] = value;
  const translations: Translations = { ...record.translations, [lang]: byPath };
  const content = Object.fromEntries(Object.entries(record).filter(([k]) => !CONTENT_EXCLUDED.has(k)));
  return repo.update(id, { ...content, translations }, expectedRevision);
};
