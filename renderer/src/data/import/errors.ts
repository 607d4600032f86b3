/** A spreadsheet that cannot be read: the message says why, in words a DPO understands. */
export class SpreadsheetReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpreadsheetReadError';
  }
}
