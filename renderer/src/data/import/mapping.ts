/**
 * What a spreadsheet column can become in an activity. Columns the model has no field for
 * ('note') are kept word for word in the activity description, under their own header, so an
 * import never drops what the DPO wrote.
 */
export const IMPORT_FIELDS = [
  'name',
  'reference',
  'createdOn',
  'updatedOn',
  'purpose',
  'sensitive',
  'department',
  'owner',
  'description',
  'software',
  'dataSubjects',
  'dataCategories',
  'retention',
  'legalBasis',
  'art9Condition',
  'legitimateInterest',
  'note',
  'ignore',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export interface ColumnMapping {
  column: number;
  header: string;
  field: ImportField;
  /** 'known' when the header is one of the CNIL or ICO template labels, 'guess' otherwise. */
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

/**
 * Labels of the CNIL simplified register ("2 - Liste des traitements", rubric §3.1) and of the
 * ICO controller template (rubric §3.4), normalised. A header matches when it contains the label;
 * the longest matching label wins.
 */
const KNOWN: readonly [string, ImportField][] = [
  // CNIL
  ['nom du traitement', 'name'],
  ['n ref', 'reference'],
  ['date de creation de la fiche', 'createdOn'],
  ['date de creation du traitement', 'createdOn'],
  ['derniere mise a jour de la fiche', 'updatedOn'],
  ['mise a jour du traitement', 'updatedOn'],
  ['finalite du traitement', 'purpose'],
  ['finalite principale', 'purpose'],
  ['sous finalite', 'purpose'],
  ['objectifs poursuivis', 'purpose'],
  ['donnees sensibles', 'sensitive'],
  ['nom du logiciel', 'software'],
  ['categories de personnes concernees', 'dataSubjects'],
  ['categories de donnees', 'dataCategories'],
  ['duree de conservation', 'retention'],
  ['durees de conservation', 'retention'],
  ['base legale', 'legalBasis'],
  ['service', 'department'],
  // ICO
  ['business function', 'department'],
  ['purpose of processing', 'purpose'],
  ['categories of individuals', 'dataSubjects'],
  ['categories of personal data', 'dataCategories'],
  ['retention schedule', 'retention'],
  ['article 6 lawful basis for processing personal data', 'legalBasis'],
  ['article 9 condition for processing special category data', 'art9Condition'],
  ['legitimate interests for the processing', 'legitimateInterest'],
  // ICO columns with no field of their own, named here so a generic label below does not catch them.
  ['general description of technical and organisational security measures', 'note'],
  // Generic English headers (our own CSV export, hand-made sheets)
  ['activity name', 'name'],
  ['name of processing', 'name'],
  ['reference', 'reference'],
  ['lawful basis', 'legalBasis'],
  ['legal basis', 'legalBasis'],
  ['data subjects', 'dataSubjects'],
  ['owner', 'owner'],
  ['description', 'description'],
  ['software', 'software'],
];

/** Only these may be filled by several columns (main purpose and sub-purposes; notes). */
const REPEATABLE = new Set<ImportField>(['purpose', 'note', 'ignore']);

/**
 * A first mapping for the headers of a sheet, for the user to confirm. Unknown non-empty
 * headers become notes (kept in the description), empty ones are ignored.
 */
export const suggestMapping = (headers: readonly string[]): ColumnMapping[] => {
  const used = new Set<ImportField>();
  return headers.map((header, column) => {
    const h = normaliseHeader(header);
    const candidates = KNOWN.filter(([label]) => h === label || h.includes(label)).sort(
      (a, b) => b[0].length - a[0].length,
    );
    // ICO's "Link to record of legitimate interests assessment" must not read as the interests themselves.
    const isLink = /^link to/.test(h);
    const match = isLink ? undefined : candidates.find(([, field]) => REPEATABLE.has(field) || !used.has(field));
    if (match) {
      used.add(match[1]);
      return { column, header, field: match[1], confidence: 'known' as const };
    }
    return { column, header, field: h === '' ? ('ignore' as const) : ('note' as const), confidence: 'guess' as const };
  });
};
