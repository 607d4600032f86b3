import type { Language, Workspace } from '../../domain';

/**
 * The free text of an example workspace that a document prints and that exists in one language
 * only: the keys of the phrase tables in this folder (`<slug>.<lang>.json`, where `<lang>` is the
 * language that is not the organisation's `defaultLanguage`). Ids, e-mails, URLs, country codes,
 * dates, enum codes, addresses and proper names are not text to translate and are left out.
 */

/** Fields whose value is a code, a reference or a name, never prose (matched on the field's own key). */
const NOT_TEXT_KEYS = new Set([
  'id',
  'organisationId',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'email',
  'phone',
  'url',
  'website',
  'country',
  'countries',
  'kind',
  'status',
  'category',
  'role',
  'legalBasis',
  'unit',
  'language',
  'defaultLanguage',
  'date',
  'checkedOn',
  'art9Condition',
  'specialCategory',
  'result',
  'register',
  'mode',
  'factsFingerprint',
  'audiences',
  'provisionRequirement',
  'destinationType',
  'mechanism',
  'headcountBand',
  'art35_3',
  'wp248',
  'cnilList',
  'departments',
  // Added when the phrase tables are applied (examples/phrase-tables.ts): the other languages' text.
  'translations',
  'documentLanguages',
  'requirement',
  'version',
  // Names of people and legal entities, addresses, authorities (reference data) and software are
  // proper names: they stay as written in every language.
  'shortName',
  'address',
  'supervisoryAuthority',
  'software',
  'provider',
  // The record's own translations and the languages it publishes in (domain/translatable.ts).
  'translations',
  'documentLanguages',
]);

/** Field names of a record whose `name` is a proper name (a person, the organisation itself). */
const PROPER_NAME_PARENTS = new Set(['organisation', 'contacts']);

/**
 * Names of companies that the examples store as a recipient's, processor's or transfer's name:
 * proper names. They are keys of the tables all the same, translated by themselves, so that a
 * document in the other language has their text and reports no gap.
 */
export const PROPER_NAMES: ReadonlySet<string> = new Set([
  'Bardinet Telecom',
  'MindTechnologies',
  'Ubcom',
  'Connect4Video',
  'CyberXpert',
  'OVH',
]);

const NOT_TEXT_VALUE = /^(?:https?:\/\/\S+|[^\s@]+@[^\s@]+|\d{4}-\d{2}-\d{2}(?:T\S*)?|[A-Z]{2})$/;

const isNotTextKey = (key: string): boolean => NOT_TEXT_KEYS.has(key) || /(?:Id|Ids|Date|At)$/.test(key);

/** Every free-text value of a workspace, in order, with duplicates removed. */
export const freeTextOf = (workspace: Workspace): string[] => {
  const found = new Set<string>();
  const walk = (value: unknown, key: string, parent: string): void => {
    if (typeof value === 'string') {
      if (value.trim() === '' || NOT_TEXT_VALUE.test(value)) return;
      if (key === 'name' && PROPER_NAME_PARENTS.has(parent)) return;
      found.add(value);
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) walk(item, key, parent);
      return;
    }
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (!isNotTextKey(k)) walk(v, k, key);
    }
  };
  for (const [section, value] of Object.entries(workspace)) walk(value, section, '');
  return [...found];
};

/** The language of an example's phrase table: the one its organisation does not write in. */
export const otherLanguage = (language: Language): Language => (language === 'en' ? 'fr' : 'en');
