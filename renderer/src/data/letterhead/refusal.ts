/**
 * A file the letterhead import refuses (the Word letterhead itself, or the firm's font for PDFs):
 * `problem` names the reason for the UI's own wording, `detail` what the message names (a part, a
 * link, a size, missing characters). The message always ends by saying nothing changed.
 */
export class RefusedFileError<Problem extends string> extends Error {
  constructor(
    readonly problem: Problem,
    message: string,
    readonly detail = '',
  ) {
    super(`${message} Nothing was changed.`);
  }
}

/** The `refuse(problem, message, detail)` of one kind of refusal. */
export const refuser =
  <Problem extends string>(
    make: (problem: Problem, message: string, detail: string) => RefusedFileError<Problem>,
  ): ((problem: Problem, message: string, detail?: string) => never) =>
  (problem, message, detail = '') => {
    throw make(problem, message, detail);
  };
