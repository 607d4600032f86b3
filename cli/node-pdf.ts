import { deflateSync } from 'node:zlib';
import { setFontFileLoader } from '../renderer/src/export/common/fonts/pdf-fonts';
import { setPdfDeflate } from '../renderer/src/export/common/pdf/streams';
import { readFontFile } from './font-files';

/**
 * What a PDF built in Node takes from Node rather than from the browser builds: the fallback fonts
 * (for characters Roboto lacks) from their npm packages, and zlib's own deflate at the level pdfkit
 * uses. Called by the command-line tool, its PDF worker threads and the bench, in each thread.
 */
export const useNodePdfPlatform = (): void => {
  setFontFileLoader(readFontFile);
  setPdfDeflate((body) => deflateSync(body, { level: 6 }));
};
