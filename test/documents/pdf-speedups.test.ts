import { describe, expect, it } from 'vitest';
import { withoutPdfSpeedups } from '../../renderer/src/export/common/pdf/install';
import { buildPolicyViewModel, renderPolicyPdf } from '../../renderer/src/export/policy';
import { SAMPLE_POLICY_ID, samplePolicyWorkspace } from '../fixtures/policy/sample-workspace';
import { buildRegisterViewModel, renderRegisterPdf } from '../../renderer/src/export/register';
import { pdfInfo, pdfOutline, pdfText, pdfUncompressed } from '../support/document-clients';
import { richWorkspace } from './register-fixture';

/** The number of text-showing operators: the speed-ups draw one run per line where pdfmake draws one per word. */
const textRuns = async (pdf: Uint8Array): Promise<number> => (await pdfUncompressed(pdf)).match(/\] TJ/g)?.length ?? 0;

/** What a reader gets from the two builds: the text laid out as on the page, the pages and the bookmarks. */
const expectSameDocument = async (fast: Uint8Array, plain: Uint8Array): Promise<void> => {
  expect(await pdfText(fast, true)).toBe(await pdfText(plain, true));
  expect((await pdfInfo(fast))['Pages']).toBe((await pdfInfo(plain))['Pages']);
  expect(await pdfOutline(fast)).toEqual(await pdfOutline(plain));
  // The comparison is only worth something if the two builds really took different paths.
  expect(await textRuns(fast)).toBeLessThan(await textRuns(plain));
};

describe('PDF speed-ups change how the PDF is written, not what it says', () => {
  it('gives the same register text, pages and outline as pdfmake on its own', async () => {
    const vm = buildRegisterViewModel(richWorkspace(), {
      register: 'controller',
      language: 'en',
      version: '2.1',
      generatedOn: '2026-03-02',
    });
    const fast = await renderRegisterPdf(vm);
    const plain = await withoutPdfSpeedups(() => renderRegisterPdf(vm));
    await expectSameDocument(fast, plain);
  });

  it('gives the same policy text, pages and outline as pdfmake on its own', async () => {
    const vm = buildPolicyViewModel(samplePolicyWorkspace(), SAMPLE_POLICY_ID, { today: '2026-06-01' });
    const fast = await renderPolicyPdf(vm);
    const plain = await withoutPdfSpeedups(() => renderPolicyPdf(vm));
    await expectSameDocument(fast, plain);
  });
});
