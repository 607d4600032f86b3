import { inspectBackupFile } from '../data/app-database';
import { readSpreadsheet } from '../data/import';
import type { FileReadingReply, FileReadingRequest } from './file-reading-protocol';

/** What the worker does with one request; both readers never throw, so a throw is the worker's own failure. */
export const handleFileReading = async (request: FileReadingRequest): Promise<FileReadingReply> => {
  try {
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
