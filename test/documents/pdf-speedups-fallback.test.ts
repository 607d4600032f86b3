import * as pdfMakeModule from 'pdfmake/build/pdfmake';
import { describe, expect, it, vi } from 'vitest';
import { renderPdf, setUpPdfRendering } from '../../renderer/src/export/common/pdf';
import type { PdfMakeLike } from '../../renderer/src/export/common/pdf/install';
import type { ExportWarning } from '../../renderer/src/export/common/progress';
import { pdfaPreflight, pdfText, pdfUncompressed, qpdfCheck } from '../support/document-clients';

// This file runs in a process of its own (vitest's forks pool), so the set-up below is the first one.
type PdfMakeStatic = typeof pdfMakeModule;
const pdfMake: PdfMakeStatic =
  (pdfMakeModule as unknown as { default?: PdfMakeStatic }).default ?? (pdfMakeModule as PdfMakeStatic);

/**
 * pdfmake as a later version might be: the probe document renders, but what it hands back has
 * none of the pdfkit internals the speed-ups patch (a plain copy of its fields, no prototypes).
 */
const changedPdfMake: PdfMakeLike = {
  createPdf(definition) {
    const real = pdfMake.createPdf(definition);
    return {
      getStream: async () => ({ ...((await real.getStream()) as object) }),
      getBuffer: () => real.getBuffer(),
    };
  },
};

const SENTENCE = 'The controller keeps a record of processing activities under its responsibility.';

describe('PDFs when the speed-ups do not fit pdfmake', () => {
  it('still builds a valid PDF/A with pdfmake’s own code, every time, and says so', async () => {
    const log = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const status = await setUpPdfRendering(changedPdfMake);
    expect(status.installed).toBe(false);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[0])).toMatch(/without the speed-ups/);
    log.mockRestore();

    const meta = { title: 'Fallback', author: 'DPO Desk tests', subject: 'PDF fallback', language: 'en' } as const;
    for (let attempt = 0; attempt < 2; attempt++) {
      const warnings: ExportWarning[] = [];
      const pdf = await renderPdf({ content: [{ text: SENTENCE }] }, meta, { onWarning: (w) => warnings.push(w) });
      // The failure is not cached as a broken renderer: the second document builds as well.
      expect(warnings).toEqual([{ kind: 'pdfSpeedupsUnavailable' }]);
      expect((await pdfText(pdf)).replace(/\s+/g, ' ')).toContain(SENTENCE);
      expect((await qpdfCheck(pdf)).ok).toBe(true);
      expect((await pdfaPreflight(pdf)).ok).toBe(true);
      // pdfmake's own drawing: one text run per word, not one per line as with the speed-ups.
      expect((await pdfUncompressed(pdf)).match(/\] TJ/g)?.length ?? 0).toBeGreaterThanOrEqual(
        SENTENCE.split(' ').length,
      );
    }
  });
});
