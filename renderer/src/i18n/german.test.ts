import { describe, expect, it } from 'vitest';
import { languageSchema } from '../domain/common';

/** Every wording file, read as the app bundles them (assets/i18n/<lang>/<namespace>.json). */
const files = import.meta.glob<{ default: unknown }>('../../../assets/i18n/*/*.json', { eager: true });

type Flat = Map<string, string>;
const flatten = (node: unknown, prefix: string, out: Flat): Flat => {
  if (typeof node === 'string') out.set(prefix, node);
  else if (node !== null && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) flatten(v, prefix === '' ? k : `${prefix}.${k}`, out);
  return out;
};
const byLanguage = new Map<string, Flat>();
for (const [path, mod] of Object.entries(files)) {
  const m = /i18n\/([a-z]{2})\/([\w-]+)\.json$/.exec(path);
  if (!m?.[1] || !m[2]) continue;
  let flat = byLanguage.get(m[1]);
  if (!flat) byLanguage.set(m[1], (flat = new Map()));
  for (const [k, v] of flatten(mod.default, '', new Map())) flat.set(`${m[2]}:${k}`, v);
}
const english = byLanguage.get('en') ?? new Map<string, string>();
const german = byLanguage.get('de') ?? new Map<string, string>();

/**
 * Values German writes exactly as English does: names, codes, file formats and words German has
 * borrowed unchanged. Everything else equal to its English text is an untranslated string.
 */
const SAME_IN_GERMAN = new Set([
  'DPO Desk',
  // A label and its value: German, like English, puts no space before the colon.
  '{{label}}: {{value}}',
  'DOCX',
  'PDF',
  'XLSX',
  'CSV',
  'JSON',
  'HTML',
  'Markdown',
  'PDF/A-1b',
  'ID',
  'URL',
  'Status',
  'Name',
  'Version',
  'Details',
  'Code',
  'Backup',
  'Backups',
  'Export',
  'Import',
  'Start',
  'Filter',
  'Website',
  'Logo',
  'Server',
  'Format',
  'Team',
  'Cloud',
  'Cookies',
  'Tags',
  'Region',
  'English',
  'Français',
  'Deutsch',
  'CNIL',
  'ICO',
  'EDPB',
  'WP248',
  'Data Privacy Framework',
  'Privacy Shield',
  'SaaS',
  'Hosting',
  'Marketing',
  'Newsletter',
  'Onboarding',
  'Support',
  'Feedback',
  'Monitoring',
  'Tracking',
  'Profiling',
  'Online',
  'Offline',
  'Passwort',
  'OK',
  'Liste des traitements',
  'Template',
  'Person',
  'Land',
  'Art. 30',
  'Phase',
  'Post',
  'Organisation',
  'Software',
  'Cookie',
  'PDF (PDF/A)',
  'PDF (PDF/A-1b)',
  'Word (DOCX)',
  'Excel (XLSX)',
  '{{value}} MB',
  'DPO Desk {{version}} · {{edition}}',
]);
/** Text without letters (placeholders, punctuation, numbers) has nothing to translate. */
const nothingToTranslate = (s: string): boolean => !/[A-Za-z]{2,}/.test(s.replace(/\{\{\s*\w+\s*\}\}/g, ''));

describe('German wording', () => {
  it('has every key of the English files, none empty', () => {
    const missing = [...english.keys()].filter((k) => !german.has(k));
    const empty = [...german].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(missing).toEqual([]);
    expect(empty).toEqual([]);
  });

  it('has no key the English files lack (a renamed key is renamed in both)', () => {
    expect([...german.keys()].filter((k) => !english.has(k))).toEqual([]);
  });

  it('shows no English: no German value equals its English one beyond names and codes', () => {
    const untranslated = [...english]
      .filter(([k, en]) => german.get(k) === en && !SAME_IN_GERMAN.has(en) && !nothingToTranslate(en))
      .map(([k, en]) => `${k}: ${en}`);
    expect(untranslated).toEqual([]);
  });

  it('keeps every {{placeholder}} of the English text', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    const lost = [...english]
      .filter(
        ([k, en]) => german.has(k) && placeholders(en).some((p) => !placeholders(german.get(k) ?? '').includes(p)),
      )
      .map(([k]) => k);
    expect(lost).toEqual([]);
  });

  it('uses German quotation marks, never straight or English curly quotes around words', () => {
    const badQuotes = [...german].filter(([, v]) => /"[^"]+"|“[^”]+”/.test(v)).map(([k, v]) => `${k}: ${v}`);
    expect(badQuotes).toEqual([]);
  });

  it('is one of the document and interface languages', () => {
    expect(languageSchema.options).toContain('de');
    expect([...byLanguage.keys()].sort()).toEqual([...languageSchema.options].sort());
  });
});
