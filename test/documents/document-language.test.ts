/**
 * #12 item 5: a document in one language prints no words of the other beyond proper names. For each
 * example and each language: one DOCX (the privacy policy, or the register for a processor) read
 * with python-docx, and the register PDF read with pdftotext; the common function words of the
 * other language are counted once the proper names (companies, people, addresses, named frameworks)
 * are taken out.
 */
import { describe, expect, it } from 'vitest';
import type { Language } from '../../renderer/src/domain/common';
import type { Workspace } from '../../renderer/src/domain/workspace';
import { EXAMPLES } from '../../renderer/src/examples';
import { buildPolicyViewModel, renderPolicyDocx } from '../../renderer/src/export/policy';
import { buildRegisterViewModel, renderRegisterDocx, renderRegisterPdf } from '../../renderer/src/export/register';
import { docxText, pdfText } from '../support/document-clients';
import { countFunctionWords, properNamesOf } from '../support/function-words';

const LANGUAGES: readonly Language[] = ['en', 'fr'];
const other = (l: Language): Language => (l === 'en' ? 'fr' : 'en');
const GENERATED_ON = '2026-11-22';

const registerKind = (ws: Workspace) => (ws.organisation.role === 'processor' ? 'processor' : 'controller');

/** The DOCX of the example in `lang`: its privacy policy written in that language, or its register. */
const docx = async (ws: Workspace, lang: Language): Promise<Uint8Array> => {
  const policy = ws.documents.find((d) => d.kind === 'privacy_policy' && d.deletedAt === null);
  if (!policy)
    return renderRegisterDocx(
      buildRegisterViewModel(ws, { register: registerKind(ws), language: lang, generatedOn: GENERATED_ON }),
    );
  const inLang = { ...ws, documents: ws.documents.map((d) => (d.id === policy.id ? { ...d, language: lang } : d)) };
  return renderPolicyDocx(buildPolicyViewModel(inLang, policy.id, { today: GENERATED_ON }));
};

const pdf = (ws: Workspace, lang: Language): Promise<Uint8Array> =>
  renderRegisterPdf(
    buildRegisterViewModel(ws, { register: registerKind(ws), language: lang, generatedOn: GENERATED_ON }),
  );

describe('documents print only their own language', () => {
  for (const example of EXAMPLES)
    // Each language the example publishes in and that has a word list (English and French).
    for (const lang of LANGUAGES.filter((l) => example.workspace.organisation.documentLanguages.includes(l)))
      it(`${example.slug} in ${lang.toUpperCase()}: no ${other(lang).toUpperCase()} function words in the DOCX and the PDF`, async () => {
        const ws = example.workspace;
        const names = properNamesOf(ws);
        const [d, p] = await Promise.all([docx(ws, lang), pdf(ws, lang)]);
        const docxWords = countFunctionWords((await docxText(d)).text, other(lang), names);
        const pdfWords = countFunctionWords(await pdfText(p), other(lang), names);
        console.warn(
          `${example.slug} ${lang}: DOCX ${docxWords.total} ${JSON.stringify(docxWords.byWord)} · PDF ${pdfWords.total} ${JSON.stringify(pdfWords.byWord)}`,
        );
        expect(docxWords.byWord).toEqual({});
        expect(pdfWords.byWord).toEqual({});
      }, 120_000);
});
