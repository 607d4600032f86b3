import type { InspectResult } from '../data/backup';
import type { ReadSpreadsheetResult } from '../data/import';
import type { LetterheadFontProblem } from '../data/letterhead/font';
import type { LetterheadProblem } from '../data/letterhead/read';
import type { HouseStyle, LetterheadFont } from '../domain/letterhead';

/** A letterhead read into a house style, or refused with the reader's reason (nothing is stored by reading). */
export type ReadLetterheadResult =
  { ok: true; style: HouseStyle } | { ok: false; problem: LetterheadProblem; message: string; detail: string };

/** A font file checked and joined to the letterhead's font, or refused with the check's reason. */
export type ReadLetterheadFontResult =
  { ok: true; font: LetterheadFont } | { ok: false; problem: LetterheadFontProblem; message: string; detail: string };

/**
 * The typed conversation between the window and the file-reading worker. Reading a spreadsheet
 * (unzipping, parsing XML) and inspecting a backup (parsing, deriving the key, validating every
 * record) run there, so no file can freeze or crash the window, and Cancel can stop even a key
 * derivation: the window terminates the worker.
 */
export type FileReadingRequest =
  | { kind: 'spreadsheet'; bytes: Uint8Array; fileName: string }
  | { kind: 'backup'; bytes: Uint8Array; password?: string }
  | { kind: 'letterhead'; bytes: Uint8Array; fileName: string }
  /** A face for the letterhead's font for PDFs, joined to `current` (the font it already has). */
  | { kind: 'letterheadFont'; bytes: Uint8Array; fileName: string; current?: LetterheadFont };

/** Worker → window: the reader's own typed answer, or why the worker itself failed. */
export type FileReadingReply =
  | { kind: 'spreadsheet'; result: ReadSpreadsheetResult }
  | { kind: 'backup'; result: InspectResult }
  | { kind: 'letterhead'; result: ReadLetterheadResult }
  | { kind: 'letterheadFont'; result: ReadLetterheadFontResult }
  | { kind: 'failed'; message: string };

/** The answer to a request of each kind. */
export type FileReadingResultOf<R extends FileReadingRequest> = R extends { kind: 'spreadsheet' }
  ? ReadSpreadsheetResult
  : R extends { kind: 'backup' }
    ? InspectResult
    : R extends { kind: 'letterheadFont' }
      ? ReadLetterheadFontResult
      : ReadLetterheadResult;

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
