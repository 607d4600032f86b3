import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import adequacy from '../../assets/reference-data/adequacy.json';
import cnilDpia from '../../assets/reference-data/cnil-dpia-list.json';
import wp248 from '../../assets/reference-data/wp248-criteria.json';
import type { Language } from '../../renderer/src/domain/common';
import {
  ART9_CONDITION_ARTICLE,
  LEGAL_BASIS_ARTICLE,
  TRANSFER_MECHANISM_ARTICLE,
  transferMechanismSchema,
} from '../../renderer/src/domain/legal';
import { adequacyPosition } from '../../renderer/src/domain/adequacy-position';
import { adequacyDecisionName, adequacyScope } from '../../renderer/src/export/common/adequacy';
import { citeArticle } from '../../renderer/src/export/common/citation';
import { buildPolicyViewModel, renderPolicyDocx, renderPolicyPdf } from '../../renderer/src/export/policy';
import { policyT } from '../../renderer/src/export/policy/wording';
import {
  buildRegisterViewModel,
  registerT,
  renderRegisterDocx,
  renderRegisterPdf,
} from '../../renderer/src/export/register';
import { docxText, normaliseText, pdfText } from '../support/document-clients';
import {
  EFFECTIVE_DATE,
  GENERATED_ON,
  STATEMENTS_POLICY_ID,
  statementsWorkspace,
  TRANSFERS,
} from './statements-fixture';

/**
 * What the generated sentences of a register and a policy say, read back from the exported DOCX
 * (python-docx) and PDF (pdftotext) in English and French: the adequacy position of each transfer
 * as the dated list says, the competent (not lead) authority, no internal description, no default
 * printed as an answer, collection sentences per source, distinct dates, French typography, one
 * citation style per language. The page images of both documents in both languages are written to
 * test/artifacts/pages/ for a person to look at.
 */
const run = promisify(execFile);
const PAGES = join(__dirname, '..', 'artifacts', 'pages');

const writePageImage = async (pdf: Uint8Array, name: string, page: number): Promise<void> => {
  const dir = await mkdtemp(join(tmpdir(), 'dpo-desk-pages-'));
  try {
    await writeFile(join(dir, 'doc.pdf'), pdf);
    await run('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      String(page),
      '-l',
      String(page),
      join(dir, 'doc.pdf'),
      join(dir, 'p'),
    ]);
    const [png] = (await readdir(dir)).filter((f) => f.endsWith('.png'));
    if (!png) throw new Error(`pdftoppm wrote no page ${page} for ${name}`);
    await mkdir(PAGES, { recursive: true });
    await rename(join(dir, png), join(PAGES, `${name}.png`));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

const COUNTRY: Record<Language, Record<string, string>> = {
  en: { US: 'United States', CA: 'Canada', CH: 'Switzerland', IN: 'India' },
  fr: { US: 'États-Unis', CA: 'Canada', CH: 'Suisse', IN: 'Inde' },
  de: { US: 'Vereinigte Staaten', CA: 'Kanada', CH: 'Schweiz', IN: 'Indien' },
};
/** The Official Journal's own spelling of a reference in each language (the test's oracle). */
const ojReference = (ref: string, language: Language): string =>
  language === 'fr' ? ref.replace('(EU)', '(UE)').replace(/\/EC$/, '/CE').replace(/\/EU$/, '/UE') : ref;

/** What the dated list says of a destination, read straight from the reference data. */
const listed = (code: string) => adequacy.decisions.find((d) => d.code === code);

/** The part of a text from one transfer's heading up to the next one (or the next section). */
const segment = (flat: string, from: string, ends: readonly string[]): string => {
  const start = flat.indexOf(from);
  expect(start, from).toBeGreaterThan(-1);
  const rest = flat.slice(start + from.length);
  const next = Math.min(...ends.map((e) => rest.indexOf(e)).filter((i) => i >= 0), rest.length);
  return rest.slice(0, next);
};

const POLICY_WORDS = {
  en: {
    full: (c: string, ref: string) =>
      `this destination (${c}) ensures an adequate level of protection (Commission Decision ${ref}`,
    partial: (c: string) => `adequacy decision for this destination (${c}) is partial (`,
    none: (c: string) => `There is no adequacy decision of the European Commission for this destination (${c}`,
    covered: (r: string) => `${r} is certified under this framework, so the decision covers this transfer`,
    notCertified: (r: string) =>
      `${r} is not certified under this framework, so the decision does not cover this transfer`,
    among: (r: string) => `${r} is among them, and this transfer relies on that decision`,
    notRelied: 'This transfer does not rely on that decision.',
    scc: 'standard contractual clauses of the European Commission (Article 46(2)(c) GDPR)',
    competent: 'the supervisory authority competent for us',
    lead: 'lead supervisory authority',
    optional: 'No: it is optional',
    gap: '[To be completed',
    direct: 'We collect your data directly from you for Contact.',
    directAll: 'We collect your data directly from you, at the points listed below.',
    elsewhere: 'We do not collect these data from you: for Prospection, we obtain them from other sources',
    effective: 'Effective date: 1 January 2026',
    generated: 'Generated on 1 December 2026',
  },
  fr: {
    full: (c: string, ref: string) =>
      `cette destination (${c}) assure un niveau de protection adéquat (décision ${ref} de la Commission`,
    partial: (c: string) =>
      `décision d'adéquation de la Commission européenne pour cette destination (${c}) est partielle (`,
    none: (c: string) =>
      `Il n'existe pas de décision d'adéquation de la Commission européenne pour cette destination (${c}`,
    covered: (r: string) => `${r} est certifié au titre de ce cadre : la décision couvre donc ce transfert`,
    notCertified: (r: string) =>
      `${r} n'est pas certifié au titre de ce cadre : la décision ne couvre donc pas ce transfert`,
    among: (r: string) => `${r} en fait partie, et ce transfert repose sur cette décision`,
    notRelied: 'Ce transfert ne repose pas sur cette décision.',
    scc: 'les clauses contractuelles types de la Commission européenne (article 46.2.c du RGPD)',
    competent: "l'autorité de contrôle compétente à notre égard",
    lead: 'chef de file',
    optional: "Non : c'est facultatif",
    gap: '[À compléter',
    direct: 'Nous collectons vos données directement auprès de vous pour : Contact.',
    directAll: 'aux points de collecte indiqués ci-dessous',
    elsewhere:
      "Nous ne collectons pas ces données auprès de vous : pour Prospection, nous les obtenons auprès d'autres sources",
    effective: "Date d'entrée en vigueur : 1er janvier 2026",
    generated: 'Document généré le 1er décembre 2026',
  },
} as const;

const REGISTER_WORDS = {
  en: {
    partial: 'partial decision, ',
    none: 'no adequacy decision for this destination',
    covers: ': covers this recipient',
  },
  fr: {
    partial: 'décision partielle, ',
    none: "aucune décision d'adéquation pour cette destination",
    covers: ' : couvre ce destinataire',
  },
} as const;

const LANGUAGES = ['en', 'fr'] as const;

describe.each(LANGUAGES)('generated statements (%s)', (language) => {
  const ws = statementsWorkspace(language);
  const words = POLICY_WORDS[language];
  const policyVm = buildPolicyViewModel(ws, STATEMENTS_POLICY_ID, { today: GENERATED_ON });
  const registerVm = buildRegisterViewModel(ws, { register: 'controller', language, generatedOn: GENERATED_ON });
  const texts: Record<'policyDocx' | 'policyPdf' | 'registerDocx' | 'registerPdf', string> = {
    policyDocx: '',
    policyPdf: '',
    registerDocx: '',
    registerPdf: '',
  };
  let rawPolicyDocx = '';
  beforeAll(async () => {
    const [policyDocx, policyPdf, registerDocx, registerPdf] = await Promise.all([
      renderPolicyDocx(policyVm),
      renderPolicyPdf(policyVm),
      renderRegisterDocx(registerVm),
      renderRegisterPdf(registerVm),
    ]);
    rawPolicyDocx = (await docxText(policyDocx)).text;
    texts.policyDocx = normaliseText(rawPolicyDocx);
    texts.registerDocx = normaliseText((await docxText(registerDocx)).text);
    // Page breaks and the running header or footer can fall inside a sentence of the PDF.
    const pdfBody = (s: string) =>
      normaliseText(
        s
          .replace(/\f/g, '\n')
          .split('\n')
          .map((l) => l.trim())
          .filter(
            (l) =>
              !/^Page \d+ (of|sur) \d+$/.test(l.trim()) &&
              !l.includes(' · Lumière Conseil SAS') &&
              !l.startsWith('Lumière Conseil SAS — '),
          )
          .join('\n'),
      );
    texts.policyPdf = pdfBody(await pdfText(policyPdf));
    texts.registerPdf = pdfBody(await pdfText(registerPdf));
    await writePageImage(registerPdf, `register-${language}`, 1);
    await writePageImage(policyPdf, `policy-${language}`, 2);
  }, 120_000);

  it('states the adequacy position of each transfer as the dated list says, in the policy (DOCX and PDF)', () => {
    const headings = TRANSFERS.map((t) =>
      `${COUNTRY[language][t.country]}: ${t.recipientName}`.replace(': ', language === 'fr' ? ' : ' : ': '),
    );
    for (const body of [texts.policyDocx, texts.policyPdf]) {
      TRANSFERS.forEach((t, i) => {
        const heading = headings[i] ?? '';
        const text = segment(body, heading, [
          ...headings.filter((h) => h !== heading),
          language === 'fr' ? 'Durées de conservation' : 'How long we keep',
        ]);
        const entry = listed(t.country);
        const country = COUNTRY[language][t.country] ?? '';
        if (!entry) {
          expect(text, heading).toContain(words.none(country));
          expect(text, heading).toContain(words.scc);
          return;
        }
        expect(text, heading).not.toContain(words.none(country));
        expect(text, heading).toContain(ojReference(entry.reference ?? '', language));
        if (entry.scope === 'full') {
          expect(text, heading).toContain(words.full(country, ojReference(entry.reference ?? '', language)));
          return;
        }
        expect(text, heading).toContain(words.partial(country));
        if ('framework' in entry && entry.framework === 'dpf')
          expect(text, heading).toContain(
            t.dpfCertified ? words.covered(t.recipientName) : words.notCertified(t.recipientName),
          );
        else if (t.mechanism === 'adequacy') expect(text, heading).toContain(words.among(t.recipientName));
        else expect(text, heading).toContain(words.notRelied);
        if (t.mechanism === 'scc') expect(text, heading).toContain(words.scc);
      });
    }
  });

  it('states the same position in the register (DOCX and PDF)', () => {
    const w = REGISTER_WORDS[language];
    for (const body of [texts.registerDocx, texts.registerPdf]) {
      for (const t of TRANSFERS) {
        const position = adequacyPosition({ ...t, destinationType: 'country', internationalOrganisation: '' });
        const entry = listed(t.country);
        const line = registerVm.activities[0]?.items
          .find((i) => i.key === 'transfers')
          ?.lines.find((l) => l.includes(t.recipientName));
        expect(line, t.recipientName).toBeDefined();
        expect(body).toContain(normaliseText(line ?? ''));
        if (!entry) expect(line).toContain(w.none);
        else {
          expect(line).toContain(ojReference(entry.reference ?? '', language));
          if (entry.scope === 'partial') expect(line).toContain(w.partial);
          expect(normaliseText(line ?? '').includes(w.covers)).toBe(position.kind === 'partial_covered' && !('framework' in entry));
        }
      }
    }
  });

  it('names the competent authority, not a lead one, while cross-border processing is not declared', () => {
    for (const body of [texts.policyDocx, texts.policyPdf]) {
      expect(body).toContain(words.competent);
      expect(body).not.toContain(words.lead);
    }
    const lead = buildPolicyViewModel(statementsWorkspace(language, true), STATEMENTS_POLICY_ID, {
      today: GENERATED_ON,
    });
    const complaint = normaliseText(JSON.stringify(lead.sections.find((s) => s.key === 'complaint')?.blocks));
    expect(complaint).toContain(words.lead);
    expect(complaint).not.toContain(words.competent);
  });

  it('prints no internal description, and no default as an answer nobody gave', () => {
    for (const body of [texts.policyDocx, texts.policyPdf]) {
      expect(body).not.toContain('40 salariés');
      expect(body).not.toContain(words.optional);
      expect(body).toContain(words.gap);
    }
  });

  it('says "directly from you" only of the activity whose data the person gives', () => {
    for (const body of [texts.policyDocx, texts.policyPdf]) {
      expect(body).toContain(words.direct);
      expect(body).toContain(words.elsewhere);
      expect(body).not.toContain(words.directAll);
    }
  });

  it('labels the effective date and the generation date apart', () => {
    for (const body of [texts.policyDocx, texts.policyPdf]) {
      expect(body).toContain(words.effective);
      expect(body).toContain(words.generated);
    }
    expect(EFFECTIVE_DATE).not.toBe(GENERATED_ON);
  });

  it('lists each entity once with all its roles, and the sub-processor under it with its country', () => {
    const recipients = registerVm.activities[0]?.items.find((i) => i.key === 'recipients')?.lines ?? [];
    expect(recipients.filter((l) => l.startsWith('Brevo'))).toHaveLength(1);
    const roles = language === 'fr' ? 'Brevo — sous-traitant, tiers' : 'Brevo — processor, third party';
    const sub = language === 'fr' ? 'Twilio, sous-traitant ultérieur de Brevo' : 'Twilio, sub-processor of Brevo';
    for (const body of [texts.registerDocx, texts.registerPdf]) {
      expect(body).toContain(roles);
      expect(body).toContain(sub);
      expect(body).toContain(COUNTRY[language].US ?? '');
    }
  });

  it('keeps one citation style per language', () => {
    for (const body of Object.values(texts))
      if (language === 'fr') expect(body).not.toMatch(/\bArt(icle)?\.? \d+\(\d/);
      else expect(body).not.toMatch(/\bart(icle)? \d+\.\d/i);
  });

  if (language === 'fr')
    it('sets French typography: no-break spaces before the signs and inside « », 1er, (UE) and CE', () => {
      expect(rawPolicyDocx).toMatch(/\u00a0:/);
      expect(rawPolicyDocx).toMatch(/\u202f\?/);
      expect(rawPolicyDocx).toMatch(/«\u202f\S/);
      expect(rawPolicyDocx).toMatch(/\S\u202f»/);
      // No ordinary space (or none at all) before a colon ending a phrase, nor before ; ! ?
      expect(rawPolicyDocx).not.toMatch(/[\p{L}\d)»] ?[:;!?](\s|$)/u);
      for (const body of Object.values(texts)) {
        expect(body).toContain('1er décembre 2026');
        expect(body).not.toMatch(/\(EU\) \d{4}\//);
        expect(body).not.toMatch(/\d\/(EC|EU)\b/);
      }
      expect(texts.policyDocx).toContain('(UE) 2023/1795');
      expect(texts.registerPdf).toContain('2000/518/CE');
    });
});

describe('reference data printed in documents has the words of every document language', () => {
  const EN_WORDS = /\b(Decision|Implementing|renewed|Adopted|certified|subparagraph|Framework|under)\b/;

  it('names every decision of the adequacy list and whom each partial one covers, in French words', () => {
    const t = (key: string, vars?: Record<string, string | number>) => registerT('fr', key, vars);
    const tp = (key: string, vars?: Record<string, string | number>) => policyT('fr', key, vars);
    const entries = [
      ...adequacy.decisions.map((d) => ({
        ...d,
        scope: d.scope === 'full' ? ('full' as const) : ('partial' as const),
      })),
      ...adequacy.internationalOrganisations.map((o) => ({ ...o, code: '', scope: 'full' as const })),
    ];
    for (const d of entries) {
      for (const translate of [t, tp]) {
        const name = adequacyDecisionName(d, 'fr', translate);
        expect(name, d.code).not.toMatch(EN_WORDS);
        expect(name, d.code).toMatch(/décision/);
        if (d.scope === 'partial') {
          const scope = adequacyScope(d, translate);
          expect(scope, d.code).not.toMatch(EN_WORDS);
          expect(scope, d.code).not.toBe(adequacyScope(d, (k, v) => registerT('en', k, v)));
        }
      }
    }
  });

  it('cites every article of the legal reference tables in the French style', () => {
    const refs = [
      ...Object.values(LEGAL_BASIS_ARTICLE),
      ...Object.values(ART9_CONDITION_ARTICLE),
      ...transferMechanismSchema.options.map((m) => TRANSFER_MECHANISM_ARTICLE[m]),
    ];
    for (const ref of refs)
      for (const form of ['short', 'full'] as const) {
        const cited = citeArticle(ref, 'fr', form);
        expect(cited, ref).not.toMatch(EN_WORDS);
        expect(cited, ref).not.toMatch(/\(\w+\)/);
        expect(cited, ref).toMatch(/^(art\.|article) \d+/);
      }
    expect(citeArticle('Art. 49(1), second subparagraph', 'fr')).toBe('art. 49.1, second alinéa');
  });

  it('gives every WP248 criterion and CNIL list entry a French label', () => {
    for (const item of [...wp248.criteria, ...cnilDpia.items]) {
      expect(item.label.fr.trim(), item.code).not.toBe('');
      expect(item.label.fr, item.code).not.toBe(item.label.en);
    }
  });
});
