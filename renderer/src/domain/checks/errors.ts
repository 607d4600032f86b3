/** Thrown when the caller passes something the checks cannot work with; nothing has been run. */
export class CheckInputError extends Error {
  override name = 'CheckInputError';
}
