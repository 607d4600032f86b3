import { inspectBackupFile } from '../data/app-database';
import { readSpreadsheet } from '../data/import';
import { checkLetterheadFont, LetterheadFontRefusedError, withFontFile } from '../data/letterhead/font';
import { LetterheadRefusedError, readLetterhead } from '../data/letterhead/read';
import type { FileReadingReply, FileReadingRequest } from './file-reading-protocol';

/** What the worker does with one request; both readers never throw, so a throw is the worker's own failure. */
export const handleFileReading = async (request: FileReadingRequest): Promise<FileReadingReply> => {
  try {
    if (request.kind === 'letterhead') {
      try {
        return { kind: 'letterhead', result: { ok: true, style: readLetterhead(request.bytes, request.fileName) } };
      } catch (e) {
        if (!(e instanceof LetterheadRefusedError)) throw e;
        return { kind: 'letterhead', result: { ok: false, problem: e.problem, message: e.message, detail: e.detail } };
      }
    }
    if (request.kind === 'letterheadFont') {
      try {
        const file = checkLetterheadFont(request.bytes, request.fileName);
        return { kind: 'letterheadFont', result: { ok: true, font: withFontFile(request.current, file) } };
      } catch (e) {
        if (!(e instanceof LetterheadFontRefusedError)) throw e;
        return {
          kind: 'letterheadFont',
          result: { ok: false, problem: e.problem, message: e.message, detail: e.detail },
        };
      }
    }
    if (request.kind === 'spreadsheet')
      return { kind: 'spreadsheet', result: await readSpreadsheet(request.bytes, request.fileName) };
    return { kind: 'backup', result: await inspectBackupFile(request.bytes, request.password) };
  } catch (e) {
    return {
      kind: 'failed',
      message: e instanceof Error && e.message !== '' ? e.message : 'The file could not be read.',
    };
  }
};
