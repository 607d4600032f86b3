import { CATALOGUES, fieldsOfKind, type ResourceCatalogue } from '../../domain/catalogue';

/**
 * What a spreadsheet column can become in a (controller) activity: a catalogue field that declares
 * `importAliases` (named by its path: "name", "purposes.legalBasis"), a column the model has no
 * field for (the catalogue's `importNotes`: kept word for word in the activity description, under
 * its own header, so an import never drops what the DPO wrote), or 'ignore'. The list, its labels
 * and the headers that are recognised all come from the activity's catalogue.
 */
export type ImportField = string;

export interface ImportOption {
  field: ImportField;
  /** i18n key of its label, "namespace:key". */
  label: string;
}

/** Spreadsheet import creates controller activities. */
const ACTIVITY = CATALOGUES.activity;
const KIND = 'controller';

const importedFields = (catalogue: ResourceCatalogue) =>
  fieldsOfKind(catalogue, KIND).filter((f) => f.importAliases !== undefined && f.importAliases.length > 0);

/** The choices of the mapping step, in catalogue order, then the notes, then "ignore". */
export const importOptions = (catalogue: ResourceCatalogue = ACTIVITY): ImportOption[] => [
  ...importedFields(catalogue).map((f) => ({ field: f.path, label: f.label })),
  ...(catalogue.importNotes ?? []).map((n) => ({ field: n.column, label: n.label })),
  { field: 'ignore', label: 'settings:import.fields.ignore' },
];

export const IMPORT_FIELDS: readonly ImportField[] = importOptions().map((o) => o.field);

export interface ColumnMapping {
  column: number;
  header: string;
  field: ImportField;
  /** 'known' when the header is one of the catalogue's aliases (CNIL or ICO template labels…), 'guess' otherwise. */
  confidence: 'known' | 'guess';
}

/** Lower case, no accents, no punctuation: "N° / RÉF" → "n ref". */
export const normaliseHeader = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Every (normalised) alias of the catalogue with the field or note column it imports into. */
const knownHeaders = (catalogue: ResourceCatalogue): readonly [string, ImportField][] => [
  ...importedFields(catalogue).flatMap((f) => (f.importAliases ?? []).map((a): [string, ImportField] => [a, f.path])),
  ...(catalogue.importNotes ?? []).flatMap((n) => n.importAliases.map((a): [string, ImportField] => [a, n.column])),
];

/** Whether some column gives each row its activity's name: the name itself, or a purpose to name it after. */
export const namesTheActivity = (mapping: readonly ColumnMapping[]): boolean =>
  mapping.some((m) => m.field === 'name' || m.field === 'purposes');

/** Only these may be filled by several columns (main purpose and sub-purposes; notes). */
const REPEATABLE = new Set<ImportField>(['purposes', 'note', 'ignore']);

/**
 * A first mapping for the headers of a sheet, for the user to confirm: a header matches a field
 * when it contains one of the field's catalogue aliases; the longest matching alias wins. Unknown
 * non-empty headers become notes (kept in the description), empty ones are ignored.
 */
export const suggestMapping = (
  headers: readonly string[],
  catalogue: ResourceCatalogue = ACTIVITY,
): ColumnMapping[] => {
  const known = knownHeaders(catalogue);
  const used = new Set<ImportField>();
  return headers.map((header, column) => {
    const h = normaliseHeader(header);
    const candidates = known
      .filter(([label]) => h === label || h.includes(label))
      .sort((a, b) => b[0].length - a[0].length);
    // ICO's "Link to record of legitimate interests assessment" must not read as the interests themselves.
    const isLink = /^link to/.test(h);
    const match = isLink ? undefined : candidates.find(([, field]) => REPEATABLE.has(field) || !used.has(field));
    if (match) {
      used.add(match[1]);
      return { column, header, field: match[1], confidence: 'known' as const };
    }
    return { column, header, field: h === '' ? 'ignore' : 'note', confidence: 'guess' as const };
  });
};
