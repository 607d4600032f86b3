import { describeProblems, type FieldProblem } from '../../domain';

/** Input that does not satisfy the domain schema: nothing was written. */
export class ValidationError extends Error {
  constructor(
    readonly problems: FieldProblem[],
    what = 'The record',
  ) {
    super(`${what} was not saved:\n${describeProblems(problems)}`);
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends Error {
  constructor(what: string, id: string) {
    super(`${what} ${id} does not exist (it may have been deleted).`);
    this.name = 'NotFoundError';
  }
}

/** Someone else (another window, an import) changed the record since it was opened. */
export class ConflictError extends Error {
  constructor(what: string) {
    super(`${what} was changed elsewhere since you opened it. Reload it and apply your change again.`);
    this.name = 'ConflictError';
  }
}
