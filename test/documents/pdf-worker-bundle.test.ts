import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useNodePdfPlatform } from '../../cli/node-pdf';
import { createNodePdfPool } from '../../cli/pdf-pool';
import { buildWorkerBundle, ensureWorkerBundle, freshWorkerBundle } from '../../cli/pdf-worker-bundle';
import { renderPdfPart, type PdfPartJob } from '../../renderer/src/export/common/pdf/parts';
import { REGISTER_PAGE_MARGINS } from '../../renderer/src/export/register/pdf';
import { pdfText } from '../support/document-clients';

const scratch = mkdtempSync(join(tmpdir(), 'dpo-worker-bundle-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the PDF workers bundled for the command-line tool', () => {
  it('are used only while every file they were built from is unchanged', async () => {
    const entry = join(scratch, 'entry.ts');
    const wording = join(scratch, 'wording.ts');
    writeFileSync(wording, "export const greeting: string = 'Registre';\n");
    writeFileSync(entry, "import { greeting } from './wording';\nexport const text = greeting;\n");
    const cacheDir = join(scratch, 'cache');
    const options = { entry, cacheDir };
    expect(freshWorkerBundle(options)).toBeUndefined();

    const built = await buildWorkerBundle(options);
    expect(freshWorkerBundle(options)?.href).toBe(built.href);
    const loaded: unknown = await import(built.href);
    expect(loaded).toMatchObject({ text: 'Registre' });

    // A source edited after the build: the bundle is stale, a rebuild replaces it (and only it is kept).
    writeFileSync(wording, "export const greeting: string = 'Register of processing';\n");
    expect(freshWorkerBundle(options)).toBeUndefined();
    const rebuilt = await buildWorkerBundle(options);
    expect(rebuilt.href).not.toBe(built.href);
    expect(await import(rebuilt.href)).toMatchObject({ text: 'Register of processing' });
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.mjs'))).toHaveLength(1);
  });

  it('lay a part out exactly as the app’s own code does, fallback scripts included', async () => {
    useNodePdfPlatform();
    const job: PdfPartJob = {
      content: [
        { text: 'Registre des activités de traitement', style: 'h1' },
        { text: 'Recipients: 北京数据有限公司 (China), شركة البيانات (Saudi Arabia), חברת נתונים (Israel)' },
        { ul: ['Retention: 3 years from the end of the contract', 'Θεσσαλονίκη, Москва'] },
      ],
      pageOrientation: 'portrait',
      pageMargins: REGISTER_PAGE_MARGINS,
      metadata: {
        title: 'Register',
        author: 'DPO Desk test',
        subject: 'Art. 30 register',
        keywords: 'GDPR',
        language: 'en',
      },
      header: { text: 'Example SAS — register', fromPage: 1 },
    };
    const bundle = await ensureWorkerBundle();
    expect(freshWorkerBundle()?.href).toBe(bundle.href);
    const pool = createNodePdfPool(1);
    try {
      const [fromWorker, inProcess] = await Promise.all([pool.render(job, {}), renderPdfPart(job)]);
      const text = await pdfText(fromWorker, true);
      expect(text).toContain('北京数据有限公司');
      expect(text).toBe(await pdfText(inProcess, true));
    } finally {
      pool.close();
    }
  });
});
