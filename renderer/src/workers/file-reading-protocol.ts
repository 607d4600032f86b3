import type { InspectResult } from '../data/backup';
import type { ReadSpreadsheetResult } from '../data/import';

/**
 * The typed conversation between the window and the file-reading worker. Reading a spreadsheet
 * (unzipping, parsing XML) and inspecting a backup (parsing, deriving the key, validating every
 * record) run there, so no file can freeze or crash the window, and Cancel can stop even a key
 * derivation: the window terminates the worker.
 */
export type FileReadingRequest =
  | { kind: 'spreadsheet'; bytes: Uint8Array; fileName: string }
  | { kind: 'backup'; bytes: Uint8Array; password?: string };

/** Worker → window: the reader's own typed answer, or why the worker itself failed. */
export type FileReadingReply =
  | { kind: 'spreadsheet'; result: ReadSpreadsheetResult }
  | { kind: 'backup'; result: InspectResult }
  | { kind: 'failed'; message: string };

/** What the client needs from a Worker; tests pass a fake. */
export interface FileReadingWorkerPort {
  postMessage(message: FileReadingRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FileReadingReply>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

/** Rejection of a reading the user cancelled. */
export class FileReadingCancelledError extends Error {
  constructor() {
    super('The reading was cancelled.');
    this.name = 'FileReadingCancelledError';
  }
}
