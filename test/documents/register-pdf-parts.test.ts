import { beforeAll, describe, expect, it } from 'vitest';
import { inProcessPdfPool } from '../../renderer/src/export/common/pdf/parts';
import { ExportCancelledError } from '../../renderer/src/export/common/progress';
import { buildRegisterViewModel, renderRegisterPdf, type RegisterViewModel } from '../../renderer/src/export/register';
import {
  defaultActivitiesPerPart,
  MAX_ACTIVITIES_PER_PART,
  renderRegisterPdfInParts,
} from '../../renderer/src/export/register/pdf-parts';
import { pdfaPreflight, pdfInfo, pdfOutline, pdfText, qpdfCheck } from '../support/document-clients';
import { richWorkspace } from './register-fixture';

/** The register laid out in parts of one activity each (so the small fixture is split in four) and joined. */
const inParts = (vm: RegisterViewModel, control = {}): Promise<Uint8Array> =>
  renderRegisterPdfInParts(vm, control, { pool: inProcessPdfPool(), activitiesPerPart: 1 });

const latin1 = (pdf: Uint8Array): string => new TextDecoder('latin1').decode(pdf);

/** What the single layout and the joined parts must share: text as laid out, pages, bookmarks, document properties. */
const expectSameDocument = async (joined: Uint8Array, single: Uint8Array): Promise<void> => {
  expect(await pdfText(joined, true)).toBe(await pdfText(single, true));
  expect(await pdfText(joined)).toBe(await pdfText(single));
  expect(await pdfOutline(joined)).toEqual(await pdfOutline(single));
  const [a, b] = [await pdfInfo(joined), await pdfInfo(single)];
  for (const key of ['Title', 'Author', 'Subject', 'Creator', 'Producer', 'Pages', 'Page size', 'Tagged']) {
    expect(a[key], key).toBe(b[key]);
  }
};

describe('register PDF laid out in parts and joined', () => {
  const vm = buildRegisterViewModel(richWorkspace(), {
    register: 'controller',
    language: 'en',
    version: '2.1',
    generatedOn: '2026-03-02',
  });
  let joined: Uint8Array;
  let single: Uint8Array;
  beforeAll(async () => {
    [joined, single] = [await inParts(vm), await renderRegisterPdf(vm)];
  });

  it('reads exactly as the single layout: text, contents numbers, page footers, bookmarks, properties', async () => {
    await expectSameDocument(joined, single);
    // The footers count on across the parts, up to the whole document's page count.
    // pdftotext ends every page with a form feed.
    const pages = (await pdfText(joined)).split('\f').length - 1;
    expect(pages).toBeGreaterThan(3);
    expect(await pdfText(joined, true)).toContain(`Page ${pages} of ${pages}`);
  });

  it('is one PDF/A-1b: one catalog, one metadata stream, one output intent, one page tree', async () => {
    const preflight = await pdfaPreflight(joined);
    expect(preflight.ok, preflight.output).toBe(true);
    expect((await qpdfCheck(joined)).ok).toBe(true);
    const raw = latin1(joined);
    for (const marker of [/\/Type \/Catalog/g, /\/Type \/Metadata/g, /\/Type \/OutputIntent/g, /\/Type \/Pages/g]) {
      expect(raw.match(marker)?.length, String(marker)).toBe(1);
    }
  });

  it('links every contents line to a heading the joined file names', () => {
    const raw = latin1(joined);
    const targets = [...raw.matchAll(/\/S \/GoTo\n\/D \(([^)]*)\)/g)].map((m) => m[1]);
    const names = new Set([...raw.matchAll(/^ {4}\(([^)]*)\) \[\d+ 0 R /gm)].map((m) => m[1]));
    // Two links per contents line (title and number): summary, data map, activities, two activities.
    expect(targets).toHaveLength(vm.showContents ? 10 : 0);
    // Every heading of every part is named in the one name tree: summary, data map, activities, two activities.
    expect(names.size).toBe(5);
    for (const target of targets) expect(names.has(target), target).toBe(true);
  });

  it('joins a register without a data map the same way (processor register)', async () => {
    const processor = buildRegisterViewModel(richWorkspace(), {
      register: 'processor',
      language: 'en',
      generatedOn: '2026-03-02',
    });
    await expectSameDocument(await inParts(processor), await renderRegisterPdf(processor));
  });

  it('reports progress across the parts up to the total, and stops when cancelled', async () => {
    const seen: [number, number][] = [];
    await inParts(vm, { onProgress: (d: number, t: number) => seen.push([d, t]) });
    expect(seen.map(([d]) => d)).toEqual([...seen.map(([d]) => d)].sort((x, y) => x - y));
    expect(new Set(seen.map(([, t]) => t)).size).toBe(1);
    expect(seen.at(-1)?.[0]).toBe(seen.at(-1)?.[1]);
    const controller = new AbortController();
    const pending = inParts(vm, {
      signal: controller.signal,
      onProgress: (done: number) => {
        if (done > 25) controller.abort();
      },
    });
    await expect(pending).rejects.toBeInstanceOf(ExportCancelledError);
  });

  it('splits a large register into parts that bound each worker and keep every worker busy to the end', () => {
    for (const [activities, workers] of [
      [300, 2],
      [1000, 2],
      [5000, 2],
      [5000, 8],
      [20000, 4],
      [700, 3],
    ] as const) {
      const perPart = defaultActivitiesPerPart(activities, workers);
      const parts = Math.ceil(activities / perPart);
      const label = `${activities} activities on ${workers} workers: ${parts} parts of ${perPart}`;
      expect(perPart, label).toBeLessThanOrEqual(MAX_ACTIVITIES_PER_PART);
      expect(parts, label).toBeGreaterThanOrEqual(2 * workers);
      // The last round has work for every worker, or nearly (one part short at most).
      expect(parts % workers === 0 || parts % workers === workers - 1, label).toBe(true);
    }
  });
});
