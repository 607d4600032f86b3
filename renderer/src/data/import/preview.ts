import {
  controllerActivityContentSchema,
  newId,
  type Art9Condition,
  type ControllerActivityContent,
  type LegalBasis,
} from '../../domain';
import { CATALOGUES, fieldsOfKind } from '../../domain/catalogue';
import { formatPath } from '../backup/inspect';
import { quoteCut } from '../limits';
import { normaliseHeader, type ColumnMapping, type ImportField } from './mapping';

/**
 * The activity's own fields a column fills as it stands: a text copied as written, a date read as
 * a date. Declaring `importAliases` on such a catalogue entry is all it takes to import it; the
 * fields made of items (purposes and their bases, categories and their retention) are built below.
 */
const PLAIN_FIELDS = fieldsOfKind(CATALOGUES.activity, 'controller').filter(
  (f) => f.importAliases !== undefined && !f.path.includes('.') && (f.display === 'text' || f.display === 'date'),
);

export interface RowProblem {
  /** Spreadsheet row number as the user sees it (1-based). */
  row: number;
  column?: string;
  severity: 'error' | 'warning';
  message: string;
}

export interface ImportedActivity {
  row: number;
  activity: ControllerActivityContent;
}

export interface ImportPreview {
  activities: ImportedActivity[];
  /** 'error': the row is left out; 'warning': imported, but something needs the DPO's eye. */
  problems: RowProblem[];
  emptyRows: number;
}

/** Words used for the Art. 6(1) bases in the CNIL and ICO templates and in practice (EN/FR). */
const LEGAL_BASES: readonly [RegExp, LegalBasis][] = [
  [/\b6 ?\(?1\)? ?\(?a\b|consent/, 'consent'],
  [/\b6 ?\(?1\)? ?\(?b\b|contract|contrat/, 'contract'],
  [/\b6 ?\(?1\)? ?\(?c\b|legal obligation|obligation legale/, 'legal_obligation'],
  [/\b6 ?\(?1\)? ?\(?d\b|vital interest|interets? vitaux/, 'vital_interests'],
  [/\b6 ?\(?1\)? ?\(?e\b|public task|mission d interet public|public interest/, 'public_task'],
  [/\b6 ?\(?1\)? ?\(?f\b|legitimate interest|interet legitime|interets legitimes/, 'legitimate_interests'],
];
const ART9: readonly [RegExp, Art9Condition][] = [
  [/\b9 ?\(?2\)? ?\(?a\b|explicit consent|consentement explicite/, 'explicit_consent'],
  [/\b9 ?\(?2\)? ?\(?b\b|employment|social security|droit du travail|securite sociale/, 'employment_social_security'],
  [/\b9 ?\(?2\)? ?\(?c\b/, 'vital_interests_incapable'],
  [/\b9 ?\(?2\)? ?\(?d\b/, 'not_for_profit_body'],
  [/\b9 ?\(?2\)? ?\(?e\b|manifestly made public|rendues publiques/, 'manifestly_made_public'],
  [/\b9 ?\(?2\)? ?\(?f\b|legal claims|droits en justice/, 'legal_claims'],
  [/\b9 ?\(?2\)? ?\(?g\b|substantial public interest/, 'substantial_public_interest'],
  [/\b9 ?\(?2\)? ?\(?h\b|health or social care|medecine preventive/, 'health_or_social_care'],
  [/\b9 ?\(?2\)? ?\(?i\b|public health|sante publique/, 'public_health'],
  [/\b9 ?\(?2\)? ?\(?j\b|archiving|research|statistic|recherche/, 'archiving_research_statistics'],
];

const pick = <T>(text: string, table: readonly [RegExp, T][]): T[] => {
  const n = ` ${normaliseHeader(text)} `;
  const raw = ` ${text.toLowerCase()} `;
  return table.filter(([re]) => re.test(n) || re.test(raw)).map(([, v]) => v);
};

/** A list in one cell: one item per line, or separated by ";" or bullets; commas when nothing else. */
const splitList = (text: string): string[] => {
  const parts = text.split(/\r?\n|;|•/).map((s) => s.replace(/^[-–*]\s*/, '').trim());
  const items = parts.length === 1 ? (parts[0] ?? '').split(',').map((s) => s.trim()) : parts;
  return items.filter((s) => s !== '');
};

const YES = new Set(['oui', 'yes', 'o', 'y', 'x', 'true', 'vrai']);

/** YYYY-MM-DD, or the French/UK DD/MM/YYYY the templates are filled in with. */
const toIsoDate = (text: string): string | null => {
  const t = text.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t) ?? /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return null;
  const [y, mo, d] = m[1]!.length === 4 ? [m[1]!, m[2]!, m[3]!] : [m[3]!, m[2]!, m[1]!];
  const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  // 31/02 must be refused, not rolled over to March.
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
};

/**
 * Turns data rows into draft controller activities, without writing anything. Every row either
 * becomes an activity or gets an error saying why; anything that could not go into a field
 * lands in the description under its column header, with a warning.
 */
export const previewImport = (
  rows: readonly (readonly string[])[],
  mapping: readonly ColumnMapping[],
  options: { firstRowNumber?: number } = {},
): ImportPreview => {
  const first = options.firstRowNumber ?? 2;
  const preview: ImportPreview = { activities: [], problems: [], emptyRows: 0 };
  rows.forEach((cells, index) => {
    const row = first + index;
    const values = (field: ImportField) =>
      mapping
        .filter((m) => m.field === field)
        .map((m) => ({ header: m.header, value: (cells[m.column] ?? '').trim() }))
        .filter((v) => v.value !== '');
    if (mapping.every((m) => m.field === 'ignore' || (cells[m.column] ?? '').trim() === '')) {
      preview.emptyRows++;
      return;
    }
    const warn = (message: string, column?: string) =>
      preview.problems.push({ row, severity: 'warning', message, ...(column ? { column } : {}) });
    const notes: string[] = values('note').map((v) => `${v.header}: ${v.value}`);
    const one = (field: ImportField): string => values(field)[0]?.value ?? '';

    const purposeTexts = values('purposes').flatMap((v) => splitList(v.value).map((text) => ({ ...v, text })));
    const basisCell = values('purposes.legalBasis')[0];
    const bases = basisCell ? pick(basisCell.value, LEGAL_BASES) : [];
    const art9Cell = values('purposes.art9Condition')[0];
    const conditions = art9Cell ? pick(art9Cell.value, ART9) : [];
    const basis = bases[0];
    if (basisCell && bases.length === 0) {
      notes.push(`${basisCell.header}: ${basisCell.value}`);
      warn(
        `The lawful basis “${quoteCut(basisCell.value)}” was not recognised; it was kept in the description.`,
        basisCell.header,
      );
    } else if (bases.length > 1) {
      notes.push(`${basisCell?.header}: ${basisCell?.value}`);
      warn(
        'Several lawful bases are given in one cell: the first was used for every purpose; check each purpose (Art. 6(1)).',
        basisCell?.header,
      );
    }
    if (art9Cell && conditions.length === 0) notes.push(`${art9Cell.header}: ${art9Cell.value}`);

    const interest = one('purposes.legitimateInterest');
    if (interest && basis !== 'legitimate_interests')
      notes.push(`${values('purposes.legitimateInterest')[0]?.header}: ${interest}`);
    const purposes = basis
      ? purposeTexts.map((p) => ({
          id: newId(),
          description: p.text.slice(0, 1000),
          legalBasis: basis,
          legitimateInterest: basis === 'legitimate_interests' ? interest.slice(0, 1000) : '',
          legalReference: '',
          art9Condition: conditions[0] ?? null,
          art10Authorisation: '',
          directMarketing: false,
        }))
      : [];
    if (!basis && purposeTexts.length > 0) {
      for (const p of purposeTexts) notes.push(`${p.header}: ${p.text}`);
      warn(
        'No lawful basis is given, so the purposes were kept in the description: add each purpose with its Art. 6(1) basis.',
      );
    }

    const sensitive = values('sensitive')[0];
    if (sensitive) {
      notes.push(`${sensitive.header}: ${sensitive.value}`);
      if (YES.has(normaliseHeader(sensitive.value)))
        warn(
          'The sheet says special-category data is processed: mark the categories concerned and their Art. 9(2) condition.',
          sensitive.header,
        );
    }
    for (const created of values('createdOn')) notes.push(`${created.header}: ${created.value}`);
    const plain: Record<string, string> = {};
    for (const field of PLAIN_FIELDS) {
      if (field.display === 'text') {
        plain[field.path] = one(field.path);
        continue;
      }
      const cell = values(field.path)[0];
      if (!cell) continue;
      const iso = toIsoDate(cell.value);
      if (iso) plain[field.path] = iso;
      else {
        notes.push(`${cell.header}: ${cell.value}`);
        warn(
          `“${quoteCut(cell.value)}” is not a date (use 2026-05-25 or 25/05/2026); it was kept in the description.`,
          cell.header,
        );
      }
    }

    const retention = one('dataCategories.retention');
    const name = one('name') || purposeTexts[0]?.text.slice(0, 300) || one('department');
    const description = [one('description'), ...notes].filter((s) => s !== '').join('\n');
    const candidate = {
      ...plain,
      kind: 'controller',
      name,
      status: 'draft',
      purposes,
      dataSubjectCategories: values('dataSubjectCategories').flatMap((v) =>
        splitList(v.value).map((n) => ({ id: newId(), name: n.slice(0, 300), description: '' })),
      ),
      dataCategories: values('dataCategories').flatMap((v) =>
        splitList(v.value).map((n) => ({
          id: newId(),
          name: n.slice(0, 300),
          retention: { period: null, unit: 'years', criteria: retention.slice(0, 1000), startEvent: '', source: '' },
        })),
      ),
      description,
    };
    if (name === '') {
      preview.problems.push({
        row,
        severity: 'error',
        message: 'This row has no activity name nor purpose; it was left out.',
      });
      return;
    }
    const parsed = controllerActivityContentSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        preview.problems.push({ row, severity: 'error', message: `${formatPath(issue.path)}: ${issue.message}` });
      return;
    }
    if (retention && values('dataCategories').length === 0) {
      warn('A retention period is given but no data category: it was kept in the description.');
      parsed.data.description = [
        parsed.data.description,
        `${values('dataCategories.retention')[0]?.header}: ${retention}`,
      ]
        .filter(Boolean)
        .join('\n');
    }
    preview.activities.push({ row, activity: parsed.data });
  });
  return preview;
};
