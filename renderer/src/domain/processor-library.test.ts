import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  LIBRARY_FACT_NAMES,
  PROCESSOR_LIBRARY,
  libraryDrafts,
  libraryEntryById,
  mechanismFor,
  monthsSince,
  processorFromLibrary,
  processorLibraryFileSchema,
  processorLibraryJsonSchema,
  searchLibrary,
  type LibraryEntry,
  type LibraryWording,
} from './processor-library';
import { processorContentSchema, processorSchema, type ProcessorInput } from './processor';
import { transferContentSchema } from './transfer';

const wording: LibraryWording = {
  lang: 'en',
  origin: (id, date) => `library ${id} ${date}`,
  legalEntity: (v) => `entity ${v}`,
  subProcessorList: (u) => `subs ${u}`,
  toCheck: (f, n) => `check ${f}: ${n}`,
  subProcessorOrigin: (p, d, s) => `sub of ${p} ${d} ${s}`,
  transferAdequacy: (asOf, decision) => `adequacy ${asOf} ${decision}`,
  transferSafeguard: (m, s) => `safeguard ${m} ${s}`,
  safeguardsCopy: (u) => `copy ${u}`,
};

const entry = (id: string): LibraryEntry => {
  const e = libraryEntryById(id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};

/** The entry as it was before its German translation (every `de` text removed). */
const withoutGerman = (e: LibraryEntry): LibraryEntry =>
  JSON.parse(JSON.stringify(e, (key, value: unknown) => (key === 'de' ? undefined : value))) as LibraryEntry;

describe('processor library (assets/library/processors.json)', () => {
  const raw: unknown = JSON.parse(readFileSync('assets/library/processors.json', 'utf8'));

  it('validates and holds at least 40 providers, each with both languages and a check date', () => {
    const file = processorLibraryFileSchema.parse(raw);
    expect(file.entries.length).toBeGreaterThanOrEqual(40);
    for (const e of file.entries) {
      expect(e.service.en.length).toBeGreaterThan(0);
      expect(e.service.fr.length).toBeGreaterThan(0);
      expect(e.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('gives every verified fact a source and every unverified fact a note and no value', () => {
    for (const e of PROCESSOR_LIBRARY.entries)
      for (const k of LIBRARY_FACT_NAMES) {
        const f = e[k];
        if (f.status === 'verified') {
          expect(f.source, `${e.id}.${k}`).toMatch(/^https?:\/\//);
          expect(f.value, `${e.id}.${k}`).not.toBeNull();
        } else {
          expect(f.value, `${e.id}.${k}`).toBeNull();
          expect(f.note.en.trim(), `${e.id}.${k}`).not.toBe('');
          expect(f.note.fr.trim(), `${e.id}.${k}`).not.toBe('');
        }
      }
  });

  it('refuses a verified fact without a source, and an unverified fact that carries a value', () => {
    const file = JSON.parse(JSON.stringify(raw)) as { entries: Record<string, Record<string, unknown>>[] };
    const first = file.entries[0];
    if (!first) throw new Error('empty library');
    first.country = { value: 'FR', status: 'verified', source: '', note: { en: '', fr: '' } };
    expect(processorLibraryFileSchema.safeParse(file).success).toBe(false);
    first.country = { value: 'FR', status: 'unverified', source: '', note: { en: 'guess', fr: 'supposition' } };
    expect(processorLibraryFileSchema.safeParse(file).success).toBe(false);
  });

  it('writes every note shown to the DPO in French too, with French typography', () => {
    for (const e of PROCESSOR_LIBRARY.entries)
      for (const k of LIBRARY_FACT_NAMES) {
        const { en, fr } = e[k].note;
        expect(fr.trim() === '', `${e.id}.${k}`).toBe(en.trim() === '');
        if (fr === '') continue;
        expect(fr, `${e.id}.${k}`).not.toBe(en);
        expect(fr, `${e.id}.${k}`).not.toMatch(/ [;:!?]|[\p{L})][;:!?](?:\s|$)/u);
        expect(fr, `${e.id}.${k}`).not.toMatch(/\b(?:not confirmed|believed|sources searched)\b/i);
      }
  });

  it('refuses a note written in English only', () => {
    const file = JSON.parse(JSON.stringify(raw)) as { entries: Record<string, Record<string, unknown>>[] };
    const first = file.entries[0];
    if (!first) throw new Error('empty library');
    first.country = { value: null, status: 'unverified', source: '', note: { en: 'Ask the provider.', fr: '' } };
    const parsed = processorLibraryFileSchema.safeParse(file);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain('entries.0.country.note.fr');
  });

  it('keeps assets/library/processors.schema.json equal to the schema the code validates with', () => {
    const committed: unknown = JSON.parse(readFileSync('assets/library/processors.schema.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(processorLibraryJsonSchema())));
  });

  it('finds providers by name, service or category, accents and case aside', () => {
    expect(searchLibrary('mailchimp', 'en').map((e) => e.id)).toEqual(['mailchimp']);
    expect(searchLibrary('PAIE', 'fr').map((e) => e.id)).toContain('payfit');
    expect(searchLibrary('payroll', 'en', (c) => (c === 'payroll_hr' ? 'Payroll and HR' : c)).length).toBeGreaterThan(
      2,
    );
    expect(searchLibrary('zzzz-nothing', 'en')).toEqual([]);
  });
});

describe('libraryDrafts', () => {
  it('copies verified facts only and lists the unverified ones as points to check', () => {
    const d = libraryDrafts(entry('mailchimp'), wording);
    const p = processorContentSchema.parse(d.processor);
    expect(p.name).toBe('Mailchimp');
    expect(p.countries).toEqual(['US']);
    expect(p.dpfCertified).toBe(true);
    expect(p.address.country).toBe('US');
    expect(p.library).toEqual({ id: 'mailchimp', checkedOn: entry('mailchimp').checkedOn });
    expect(p.notes).toContain('entity The Rocket Science Group LLC');
    expect(p.notes).toContain('check subProcessorsUrl:');
    // The DPA's address is verified: it becomes the record's DPA reference, unsigned.
    expect(p.dpa).toMatchObject({ signed: false, reference: entry('mailchimp').dpaUrl.value });
    // The sub-processor list's address was not confirmed: it is not put in the notes as a fact.
    expect(p.notes).not.toContain('subs ');
  });

  it('creates a US transfer under adequacy with DPF, dated by the adequacy list', () => {
    const [t, ...rest] = libraryDrafts(entry('stripe'), wording).transfers;
    expect(rest).toEqual([]);
    const parsed = transferContentSchema.parse(t);
    expect(parsed).toMatchObject({ country: 'US', mechanism: 'adequacy', dpfCertified: true, recipientName: 'Stripe' });
    expect(parsed.description).toMatch(/^adequacy 20\d\d-\d\d-\d\d \(EU\) 2023\/1795/);
  });

  it('creates the published sub-processors and the transfers to them', () => {
    const d = libraryDrafts(entry('shopify'), wording);
    expect(d.subProcessors.map((s) => s.name)).toEqual(['Shopify Inc.']);
    expect(d.transfers.map((t) => [t.recipientName, t.country, t.mechanism])).toEqual([
      ['Shopify', 'CA', 'adequacy'],
      ['Shopify Inc.', 'CA', 'adequacy'],
    ]);
  });

  it('records no transfer when nothing verified covers the destination', () => {
    const slack = libraryDrafts(entry('slack'), wording);
    expect(slack.processor.countries).toContain('US');
    expect(slack.transfers).toEqual([]);
  });

  it('keeps an EU-only provider free of transfers', () => {
    expect(libraryDrafts(entry('plausible'), wording).transfers).toEqual([]);
  });

  it('picks adequacy, then SCCs, then BCRs', () => {
    expect(mechanismFor('US', ['scc'])).toEqual({ mechanism: 'scc', dpfCertified: false });
    expect(mechanismFor('US', ['dpf', 'scc'])).toEqual({ mechanism: 'adequacy', dpfCertified: true });
    expect(mechanismFor('CH', [])).toEqual({ mechanism: 'adequacy', dpfCertified: false });
    expect(mechanismFor('IN', ['bcr'])).toEqual({ mechanism: 'bcr', dpfCertified: false });
    expect(mechanismFor('IN', [])).toBeNull();
  });

  it('puts the points to check in the language of the record', () => {
    const fr = libraryDrafts(entry('mailchimp'), { ...wording, lang: 'fr' });
    expect(fr.processor.notes).toContain(`check subProcessorsUrl: ${entry('mailchimp').subProcessorsUrl.note.fr}`);
    expect(fr.processor.notes).not.toContain(entry('mailchimp').subProcessorsUrl.note.en);
  });

  it('falls back to English where an entry has no German text yet', () => {
    const english = withoutGerman(entry('mailchimp'));
    const de = libraryDrafts(english, { ...wording, lang: 'de' });
    expect(de.processor.service).toBe(english.service.en);
    expect(de.processor.notes).toContain(`check subProcessorsUrl: ${english.subProcessorsUrl.note.en}`);
    expect(searchLibrary('mailchimp', 'de', (c) => c, [english]).map((e) => e.id)).toEqual(['mailchimp']);
  });

  it('writes a German record from an entry translated into German', () => {
    const mailchimp = entry('mailchimp');
    const de = libraryDrafts(mailchimp, { ...wording, lang: 'de' });
    expect(mailchimp.service.de).toBeTruthy();
    expect(de.processor.service).toBe(mailchimp.service.de);
    expect(de.processor.notes).toContain(`check subProcessorsUrl: ${mailchimp.subProcessorsUrl.note.de ?? ''}`);
    expect(de.processor.notes).not.toContain(mailchimp.subProcessorsUrl.note.en);
  });

  it('gives an entry translated into German every one of its texts in German', () => {
    for (const e of PROCESSOR_LIBRARY.entries.filter((x) => x.service.de !== undefined)) {
      for (const k of LIBRARY_FACT_NAMES) {
        const { en, de } = e[k].note;
        expect((de ?? '').trim() === '', `${e.id}.${k}`).toBe(en.trim() === '');
        if (en.trim() !== '') expect(de, `${e.id}.${k}`).not.toBe(en);
      }
      if (e.notes) expect(e.notes.de, `${e.id}.notes`).toBeTruthy();
      e.subProcessors.forEach((s, i) => expect(s.service.de, `${e.id}.subProcessors.${i}`).toBeTruthy());
    }
  });

  it('counts whole months since a check', () => {
    expect(monthsSince('2025-12-01', '2026-12-01')).toBe(12);
    expect(monthsSince('2025-12-02', '2026-12-01')).toBe(11);
  });
});

describe('processorFromLibrary', () => {
  const meta = { createdAt: '2026-12-01T09:00:00.000Z', updatedAt: '2026-12-01T09:00:00.000Z', revision: 1 };
  const processor = (id: string, input: ProcessorInput, deletedAt: string | null = null) =>
    processorSchema.parse({ ...meta, id, organisationId: 'org', deletedAt, ...input });

  it('finds the processor added from the same entry, even renamed', () => {
    const added = processor('p1', {
      name: 'Mailchimp (newsletter)',
      library: { id: 'mailchimp', checkedOn: '2026-12-01' },
    });
    expect(processorFromLibrary([processor('p0', { name: 'Stripe' }), added], entry('mailchimp'))?.id).toBe('p1');
  });

  it('finds a processor entered by hand under the same name, accents and case aside', () => {
    expect(processorFromLibrary([processor('p2', { name: '  MAILCHIMP ' })], entry('mailchimp'))?.id).toBe('p2');
  });

  it('ignores deleted processors and sub-processors of another processor', () => {
    const deleted = processor('p3', { name: 'Mailchimp' }, '2026-12-01T10:00:00.000Z');
    const sub = processor('p4', { name: 'Mailchimp', parentProcessorId: 'p0' });
    expect(processorFromLibrary([deleted, sub], entry('mailchimp'))).toBeUndefined();
  });
});
