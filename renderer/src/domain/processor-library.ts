import { z } from 'zod';
import libraryData from '../../../assets/library/processors.json';
import { countryCode, languageSchema, type Language } from './common';
import type { TransferMechanism } from './legal';
import type { Processor, ProcessorInput } from './processor';
import { ADEQUACY_AS_OF, adequacyDecisionFor, adequacyOf, isAdequate, isThirdCountry } from './reference';
import type { TransferInput } from './transfer';

/**
 * The processor library (assets/library/processors.json): providers small organisations commonly
 * use, each fact with the public source it was read in and the date it was checked. A fact that
 * could not be confirmed is `unverified`: it has no value, only a note telling the DPO what to
 * check, and nothing is copied from it into the record (house rule: never fill in what is unsourced).
 */

const url = z
  .string()
  .trim()
  .max(500)
  .regex(/^https?:\/\/[^\s]+$/i, { error: 'A source is a web address starting with https://' });

/**
 * A note shown to the DPO beside a fact, in English and French (as templates do, see
 * activity-template.ts): both empty, or both written (the entry checks it). German is optional
 * until the library is translated; English is shown meanwhile.
 */
const factNote = z.object({ en: z.string().max(600), fr: z.string().max(600), de: z.string().max(600).optional() });
export type LibraryFactNote = z.infer<typeof factNote>;

/** One fact with its provenance (the entry checks that verified facts have a source, unverified ones none). */
const fact = <T extends z.ZodType>(value: T) =>
  z.object({
    value: value.nullable(),
    status: z.enum(['verified', 'unverified']),
    /** Where the fact was read (empty only for an unverified fact nobody could find a source for). */
    source: z.union([z.literal(''), url]),
    /** What the source says or what is left to check. */
    note: factNote,
  });
export type LibraryFact<T> = {
  value: T | null;
  status: 'verified' | 'unverified';
  source: string;
  note: LibraryFactNote;
};

export type LibraryFactName =
  'legalEntity' | 'country' | 'processingLocations' | 'transferCoverage' | 'dpaUrl' | 'subProcessorsUrl';
export const LIBRARY_FACT_NAMES: readonly LibraryFactName[] = [
  'legalEntity',
  'country',
  'processingLocations',
  'transferCoverage',
  'dpaUrl',
  'subProcessorsUrl',
];

/** Languages the library's text may be written in (English and French in every entry, German optional). */
export const LIBRARY_LANGUAGES: readonly Language[] = languageSchema.options;
/** Languages every entry's text must exist in. */
const REQUIRED_LANGUAGES = ['en', 'fr'] as const;

/** English and French are required; German is optional until the library is translated (then English is shown). */
const localised = z.object({
  en: z.string().min(1).max(600),
  fr: z.string().min(1).max(600),
  de: z.string().min(1).max(600).optional(),
});
type LocalisedText = { en: string; fr: string; de?: string | undefined };
/** The text in `lang`, or the English text when the library has none in that language yet. */
export const libraryText = (text: LocalisedText, lang: Language): string => {
  const own = text[lang];
  return own === undefined || own.trim() === '' ? text.en : own;
};

export const libraryCategorySchema = z.enum([
  'office_suite',
  'email_marketing',
  'crm',
  'payments',
  'cloud_hosting',
  'video_calls',
  'support_desk',
  'analytics',
  'payroll_hr',
  'e_signature',
  'accounting',
  'file_sharing',
  'messaging',
  'website',
  'sms',
  'forms',
  'password_manager',
  'scheduling',
]);
export type LibraryCategory = z.infer<typeof libraryCategorySchema>;

/**
 * How the provider says transfers outside the EEA are covered (Chapter V): EU-only hosting (no
 * transfer), an adequacy decision (Art. 45), EU–US Data Privacy Framework certification
 * (Decision (EU) 2023/1795), standard contractual clauses (Art. 46(2)(c)), binding corporate rules (Art. 47).
 */
export const transferCoverageSchema = z.enum(['eu_only', 'adequacy', 'dpf', 'scc', 'bcr']);
export type TransferCoverage = z.infer<typeof transferCoverageSchema>;

/** A sub-processor the provider publishes (Art. 28(2),(4)), with the page it is listed on. */
export const librarySubProcessorSchema = z.object({
  name: z.string().min(1).max(300),
  service: localised,
  country: countryCode,
  source: url,
});
export type LibrarySubProcessor = z.infer<typeof librarySubProcessorSchema>;

export const libraryEntrySchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,60}$/, { error: 'An entry id is lower-case letters, digits and dashes.' }),
    name: z.string().min(1).max(200),
    category: libraryCategorySchema,
    website: url,
    service: localised,
    /** The legal entity EU customers contract with (the processor of Art. 28). */
    legalEntity: fact(z.string().min(1).max(300)),
    /** Country of that entity. */
    country: fact(countryCode),
    /** Countries where the data is stored or processed (Art. 30(1)(e), 44). */
    processingLocations: fact(z.array(countryCode).min(1).max(30)),
    transferCoverage: fact(z.array(transferCoverageSchema).min(1).max(5)),
    /** Where the DPA (Art. 28(3)) is published or obtained. */
    dpaUrl: fact(url),
    /** Where the sub-processor list (Art. 28(2)) is published. */
    subProcessorsUrl: fact(url),
    subProcessors: z.array(librarySubProcessorSchema).max(30),
    /** Date every fact of the entry was checked. */
    checkedOn: z.iso.date(),
    notes: localised.optional(),
  })
  .superRefine((e, ctx) => {
    for (const k of LIBRARY_FACT_NAMES) {
      const f = e[k];
      if (f.status === 'verified' && (f.value === null || f.source === ''))
        ctx.addIssue({ code: 'custom', path: [k], message: 'A verified fact has a value and a source.' });
      if (f.status === 'unverified' && (f.value !== null || f.note.en.trim() === ''))
        ctx.addIssue({
          code: 'custom',
          path: [k],
          message: 'An unverified fact has no value and a note saying what is left to check.',
        });
      for (const lang of REQUIRED_LANGUAGES)
        if ((f.note.en.trim() === '') !== (f.note[lang].trim() === ''))
          ctx.addIssue({
            code: 'custom',
            path: [k, 'note', lang],
            message: `The note is written in every language of the library or in none (missing: ${lang}).`,
          });
    }
  });
export type LibraryEntry = z.infer<typeof libraryEntrySchema>;

export const processorLibraryFileSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.number().int().positive(),
    checkedOn: z.iso.date(),
    description: z.string(),
    entries: z.array(libraryEntrySchema).min(1).max(500),
  })
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.entries.forEach((e, i) => {
      if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'id'], message: `Duplicate id ${e.id}` });
      seen.add(e.id);
    });
  });
export type ProcessorLibraryFile = z.infer<typeof processorLibraryFileSchema>;

/** The committed JSON Schema (assets/library/processors.schema.json); a test keeps it equal to this. */
export const processorLibraryJsonSchema = (): Record<string, unknown> => ({
  ...z.toJSONSchema(processorLibraryFileSchema, { target: 'draft-2020-12', unrepresentable: 'any', reused: 'ref' }),
  $id: 'https://dpo-desk.invalid/processors.schema.json',
  title: 'DPO Desk processor library',
  description:
    'Providers with their contracting entity, locations, transfer coverage, DPA and sub-processor list, ' +
    'each fact with its source; an unverified fact has no value and a note.',
});

/** The bundled library, parsed once (a malformed file fails loudly at start, and in its test). */
export const PROCESSOR_LIBRARY: ProcessorLibraryFile = processorLibraryFileSchema.parse(libraryData);

export const libraryEntryById = (id: string): LibraryEntry | undefined =>
  PROCESSOR_LIBRARY.entries.find((e) => e.id === id);

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Entries whose name, service, category or legal entity contains every word of the query. */
export const searchLibrary = (
  query: string,
  lang: Language,
  categoryLabel: (c: LibraryCategory) => string = (c) => c,
  entries: readonly LibraryEntry[] = PROCESSOR_LIBRARY.entries,
): LibraryEntry[] => {
  const words = fold(query.slice(0, 200)).split(/\s+/).filter(Boolean);
  return entries.filter((e) => {
    const hay = fold(
      [e.name, libraryText(e.service, lang), e.category, categoryLabel(e.category), e.legalEntity.value ?? ''].join(
        ' ',
      ),
    );
    return words.every((w) => hay.includes(w));
  });
};

/**
 * The processor already in the register for this library entry: one added from the same entry, or a
 * processor of the same name the DPO entered by hand (accents and case aside). Adding the entry again
 * would record the same processor twice (Art. 30(1)(d) lists each recipient once). Sub-processors and
 * deleted records do not count.
 */
export const processorFromLibrary = (
  processors: readonly Processor[],
  entry: Pick<LibraryEntry, 'id' | 'name'>,
): Processor | undefined => {
  const live = processors.filter((p) => p.deletedAt === null && p.parentProcessorId === null);
  return (
    live.find((p) => p.library?.id === entry.id) ?? live.find((p) => fold(p.name).trim() === fold(entry.name).trim())
  );
};

export const verified = <T>(f: LibraryFact<T>): T | null => (f.status === 'verified' ? f.value : null);

/** Months between a library check and today (whole months, rounded down). */
export const monthsSince = (checkedOn: string, today: string): number => {
  const [y1, m1, d1] = checkedOn.split('-').map(Number);
  const [y2, m2, d2] = today.split('-').map(Number);
  if ([y1, m1, d1, y2, m2, d2].some((n) => n === undefined || Number.isNaN(n))) return 0;
  const months = ((y2 ?? 0) - (y1 ?? 0)) * 12 + ((m2 ?? 0) - (m1 ?? 0));
  return (d2 ?? 0) < (d1 ?? 0) ? months - 1 : months;
};

/** Wording the drafts need, supplied by the caller in the language of the record (the domain has no i18n). */
export interface LibraryWording {
  lang: Language;
  /** "From the DPO Desk library (entry {{id}}), facts checked on {{date}}." */
  origin(id: string, date: string): string;
  /** "Legal entity: {{value}}" etc. — one line per verified fact worth keeping in the notes. */
  legalEntity(value: string): string;
  subProcessorList(url: string): string;
  /** One line per unverified fact: "To check — {{fact}}: {{note}}". */
  toCheck(fact: LibraryFactName, note: string): string;
  subProcessorOrigin(processor: string, date: string, source: string): string;
  /** Transfer description: adequacy list date, decision, or the safeguard relied on. */
  transferAdequacy(asOf: string, decision: string): string;
  transferSafeguard(mechanism: TransferMechanism, source: string): string;
  safeguardsCopy(url: string): string;
}

export interface LibraryDrafts {
  entryId: string;
  processor: ProcessorInput;
  /** Sub-processors; the data layer sets parentProcessorId to the created processor. */
  subProcessors: ProcessorInput[];
  transfers: TransferInput[];
}

const NOTES_MAX = 2000;
const clip = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/**
 * The mechanism that covers data sent to `country` for this entry, from its verified facts only:
 * adequacy (with DPF certification for the US), else SCCs, else BCRs; null when nothing verified covers it.
 */
export const mechanismFor = (
  country: string,
  coverage: readonly TransferCoverage[],
): { mechanism: TransferMechanism; dpfCertified: boolean } | null => {
  const dpf = country === 'US' && coverage.includes('dpf');
  if (isAdequate(adequacyOf({ destinationType: 'country', country, internationalOrganisation: '', dpfCertified: dpf })))
    return { mechanism: 'adequacy', dpfCertified: dpf };
  if (coverage.includes('scc')) return { mechanism: 'scc', dpfCertified: false };
  if (coverage.includes('bcr')) return { mechanism: 'bcr', dpfCertified: false };
  return null;
};

/**
 * Turns a library entry into the records "Add from the library" creates: the processor (verified facts
 * only, the unverified ones listed as points to check), its published sub-processors and one transfer
 * per third country a verified fact says the data goes to, with its mechanism and the dated adequacy status.
 */
export const libraryDrafts = (entry: LibraryEntry, w: LibraryWording): LibraryDrafts => {
  const { lang } = w;
  const entity = verified(entry.legalEntity);
  const country = verified(entry.country);
  const locations = verified(entry.processingLocations) ?? [];
  const coverage = verified(entry.transferCoverage) ?? [];
  const dpaUrl = verified(entry.dpaUrl);
  const subsUrl = verified(entry.subProcessorsUrl);
  const dpfCertified = coverage.includes('dpf');

  const noteLines = [
    w.origin(entry.id, entry.checkedOn),
    ...(entity ? [w.legalEntity(entity)] : []),
    ...(subsUrl ? [w.subProcessorList(subsUrl)] : []),
    ...(entry.notes ? [libraryText(entry.notes, lang)] : []),
    ...LIBRARY_FACT_NAMES.filter((k) => entry[k].status === 'unverified').map((k) =>
      w.toCheck(k, libraryText(entry[k].note, lang)),
    ),
  ];
  const processor: ProcessorInput = {
    name: entry.name,
    service: libraryText(entry.service, lang),
    website: entry.website,
    address: { street: '', postalCode: '', city: '', country: country ?? '' },
    countries: locations,
    dpa: { signed: false, signedOn: '', expiresOn: '', reference: dpaUrl ?? '' },
    dpfCertified,
    notes: clip(noteLines.join('\n'), NOTES_MAX),
    library: { id: entry.id, checkedOn: entry.checkedOn },
  };
  const subProcessors: ProcessorInput[] = entry.subProcessors.map((s) => ({
    name: s.name,
    service: libraryText(s.service, lang),
    countries: [s.country],
    notes: w.subProcessorOrigin(entry.name, entry.checkedOn, s.source),
    // A sub-processor's own DPF status is not in the library: left for the DPO, not assumed.
    dpfCertified: false,
  }));

  const transfers: TransferInput[] = [];
  const addTransfer = (recipientName: string, destination: string): void => {
    if (!isThirdCountry(destination)) return;
    if (transfers.some((t) => t.recipientName === recipientName && t.country === destination)) return;
    const cover = mechanismFor(destination, coverage);
    if (cover === null) return; // Nothing verified covers it: the checks will say so, nothing is invented.
    const decision = adequacyDecisionFor(destination);
    transfers.push({
      destinationType: 'country',
      country: destination,
      recipientName,
      mechanism: cover.mechanism,
      dpfCertified: cover.dpfCertified,
      description:
        cover.mechanism === 'adequacy' && decision
          ? w.transferAdequacy(ADEQUACY_AS_OF, decision.decision)
          : w.transferSafeguard(cover.mechanism, verified(entry.transferCoverage) ? entry.transferCoverage.source : ''),
      safeguardsCopy: cover.mechanism !== 'adequacy' && dpaUrl ? w.safeguardsCopy(dpaUrl) : '',
    });
  };
  for (const c of locations) addTransfer(entry.name, c);
  for (const s of entry.subProcessors) addTransfer(s.name, s.country);
  return { entryId: entry.id, processor, subProcessors, transfers };
};
