import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { type CoverageRanges, fontCoverage, intersectRanges } from '../renderer/src/export/common/fonts/cmap';
import {
  FALLBACK_FONT_FAMILIES,
  FALLBACK_FONT_FILES,
  type FallbackFontFile,
  type FontFileLoader,
  PRIMARY_FONT,
  familyFiles,
} from '../renderer/src/export/common/fonts/families';

const require = createRequire(import.meta.url);

/** Node's way to the fallback fonts (the command-line tool, the benchmark, the tests): the npm package's file. */
export const readFontFile: FontFileLoader = async (file: FallbackFontFile) =>
  (await readFile(require.resolve(FALLBACK_FONT_FILES[file]))).toString('base64');

const ROBOTO_FACES = ['Roboto-Regular.ttf', 'Roboto-Medium.ttf', 'Roboto-Italic.ttf', 'Roboto-MediumItalic.ttf'];

const familyCoverage = (faces: Uint8Array[]): CoverageRanges =>
  faces.map(fontCoverage).reduce((all, next) => intersectRanges(all, next));

/** Every bundled family's coverage, Roboto first (what scripts/font-coverage.ts writes). */
export const computeCoverage = async (): Promise<Record<string, CoverageRanges>> => {
  const vfs = require('pdfmake/build/vfs_fonts.js') as Record<string, string> & { default?: Record<string, string> };
  const roboto = vfs.default ?? vfs;
  const coverage: Record<string, CoverageRanges> = {
    [PRIMARY_FONT]: familyCoverage(ROBOTO_FACES.map((f) => Buffer.from(roboto[f] ?? '', 'base64'))),
  };
  for (const family of FALLBACK_FONT_FAMILIES) {
    const faces = await Promise.all(familyFiles(family).map(async (f) => Buffer.from(await readFontFile(f), 'base64')));
    coverage[family] = familyCoverage(faces);
  }
  return coverage;
};
