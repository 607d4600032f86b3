import type { Language } from '../../renderer/src/domain/common';
import { translatableRecords } from '../../renderer/src/domain/workspace-in';
import type { Workspace } from '../../renderer/src/domain/workspace';

/**
 * Common function words of each document language, to count how much of the other language a
 * document prints (#12: "Website visitors et Those who…"). Only words that are not also words of the
 * other language: no "on", "a", "date", "service", "information", "client", "en".
 */
export const FUNCTION_WORDS: Readonly<Record<'en' | 'fr', readonly string[]>> = {
  en: [
    'the',
    'and',
    'which',
    'your',
    'data',
    'of',
    'with',
    'for',
    'our',
    'we',
    'you',
    'this',
    'that',
    'will',
    'are',
    'is',
    'from',
    'by',
    'when',
    'who',
    'their',
    'have',
    'has',
    'been',
    'may',
    'any',
    'these',
    'those',
    'such',
    'where',
    'until',
    'after',
    'personal',
    'processing',
    'purposes',
    'rights',
    'recipients',
    'within',
    'must',
  ],
  fr: [
    'le',
    'la',
    'les',
    'des',
    'et',
    'vos',
    'données',
    'pour',
    'avec',
    'nous',
    'vous',
    'est',
    'sont',
    'dans',
    'une',
    'du',
    'au',
    'aux',
    'par',
    'qui',
    'que',
    'sur',
    'leur',
    'leurs',
    'ces',
    'cette',
    'traitement',
    'personnelles',
    'finalités',
    'droits',
    'destinataires',
    'conservation',
    'durée',
    'votre',
    'notre',
    'être',
  ],
};

/**
 * Proper names that hold function words of a language and print as they are in every language:
 * names of legal acts, frameworks and bodies in the reference data.
 */
const REFERENCE_NAMES = [
  'EU–US Data Privacy Framework',
  'EU-US Data Privacy Framework',
  'Data Privacy Framework',
  'Commission nationale de l’informatique et des libertés',
  "Commission nationale de l'informatique et des libertés",
  'Commission Nationale pour la Protection des Données',
  'Préposé fédéral à la protection des données et à la transparence',
];

/**
 * The proper names of a workspace: every string value that is not translatable text (names of
 * companies and people, addresses, e-mails, software, cookie names, references). They are removed
 * from a document's text before counting; the translatable text is what must be in the language.
 */
export const properNamesOf = (ws: Workspace): string[] => {
  const names = new Set<string>(REFERENCE_NAMES);
  const translatable = new Set<string>();
  for (const { record } of translatableRecords(ws)) {
    for (const byPath of Object.values(record.translations ?? {}))
      for (const t of Object.values(byPath)) translatable.add(t);
  }
  const walk = (v: unknown, key: string): void => {
    if (key === 'translations') return;
    if (typeof v === 'string') {
      if (v.trim().length > 1) names.add(v.trim());
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  const NAME_KEYS = new Set([
    'name',
    'shortName',
    'recipientName',
    'firm',
    'provider',
    'software',
    'street',
    'address',
    'city',
    'internationalOrganisation',
    'contactName',
    'owner',
    'department',
  ]);
  const walkNames = (v: unknown, key: string, parentIsEntity: boolean): void => {
    if (key === 'translations') return;
    if (typeof v === 'string') {
      if (NAME_KEYS.has(key) && parentIsEntity && !translatable.has(v)) walk(v, key);
    } else if (Array.isArray(v)) v.forEach((x) => walkNames(x, key, parentIsEntity));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walkNames(x, k, true);
  };
  // Names of the organisation, its contacts, processors, transfers' recipients, joint controllers,
  // client controllers, cookies' providers and the supervisory authority.
  walkNames(ws.organisation, '', true);
  for (const c of ws.contacts) walkNames(c, '', true);
  for (const p of ws.processors) walkNames(p, '', true);
  for (const t of ws.transfers) walkNames(t, '', true);
  for (const a of ws.activities) {
    walkNames(
      { reference: a.reference, software: 'software' in a ? a.software : '', owner: a.owner, department: a.department },
      '',
      true,
    );
    if (a.kind === 'controller') {
      for (const j of a.jointControllers) walkNames(j, '', true);
      for (const c of a.cookies) walkNames({ name: c.name, provider: c.provider }, '', true);
    } else walkNames(a.client, '', true);
  }
  // Recipients whose name is a proper name (a company) read the same in both languages.
  for (const r of ws.recipients)
    if (Object.values(r.translations).some((byPath) => byPath?.name === r.name)) names.add(r.name);
  return [...names].sort((a, b) => b.length - a.length);
};

const normalise = (s: string): string =>
  s
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/-\n/g, '-')
    .replace(/\s+/g, ' ');

/** Counts of each word of `wordsOf` in `text`, once the proper names are removed. */
export const countFunctionWords = (
  text: string,
  wordsOf: Language,
  properNames: readonly string[],
): { total: number; byWord: Record<string, number> } => {
  let t = normalise(text);
  for (const name of properNames) {
    const n = normalise(name);
    if (n.length > 1) t = t.split(n).join(' ');
  }
  const list = new Set(FUNCTION_WORDS[wordsOf === 'fr' ? 'fr' : 'en']);
  const byWord: Record<string, number> = {};
  let total = 0;
  for (const w of t.toLowerCase().split(/[^\p{L}]+/u)) {
    if (!list.has(w)) continue;
    byWord[w] = (byWord[w] ?? 0) + 1;
    total++;
  }
  return { total, byWord };
};
