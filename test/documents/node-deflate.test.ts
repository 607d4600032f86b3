import { afterEach, describe, expect, it } from 'vitest';
import { useNodePdfPlatform } from '../../cli/node-pdf';
import { setPdfDeflate } from '../../renderer/src/export/common/pdf/streams';
import { buildRegisterViewModel, renderRegisterPdf } from '../../renderer/src/export/register';
import { pdfaPreflight, pdfText, qpdfCheck } from '../support/document-clients';
import { richWorkspace } from './register-fixture';

/**
 * The command-line tool compresses a PDF's streams with Node's zlib, the app's workers with fflate:
 * the two files must read alike and both be PDF/A-1b.
 */
describe("register PDF compressed with Node's zlib", () => {
  afterEach(() => setPdfDeflate(undefined));

  it('reads as the one compressed in the browser build, and stays a valid PDF/A-1b', async () => {
    const vm = buildRegisterViewModel(richWorkspace(), {
      register: 'controller',
      language: 'fr',
      generatedOn: '2026-03-02',
    });
    const browserBuild = await renderRegisterPdf(vm);
    useNodePdfPlatform();
    const nodeBuild = await renderRegisterPdf(vm);
    // Another compressor: other bytes, the same pages.
    expect(Buffer.from(nodeBuild).equals(Buffer.from(browserBuild))).toBe(false);
    expect(await pdfText(nodeBuild, true)).toBe(await pdfText(browserBuild, true));
    expect((await qpdfCheck(nodeBuild)).ok).toBe(true);
    const preflight = await pdfaPreflight(nodeBuild);
    expect(preflight.ok, preflight.output).toBe(true);
  }, 120_000);
});
