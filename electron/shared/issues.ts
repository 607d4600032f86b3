import type { z } from 'zod';

/** A validation problem in words a DPO understands, with the path of the field at fault. */
export interface FieldProblem {
  /** Dotted path, e.g. "activities.3.purposes.0.legalBasis". */
  path: string;
  message: string;
}

export const pathToString = (path: readonly PropertyKey[]): string =>
  path.map((p) => (typeof p === 'symbol' ? p.toString() : String(p))).join('.');

export const problemsOf = (error: z.ZodError): FieldProblem[] =>
  error.issues.map((i) => ({ path: pathToString(i.path), message: i.message }));

/** One line per problem: "activities.3.purposes.0.legalBasis: Invalid option…". */
export const describeProblems = (problems: readonly FieldProblem[], limit = 10): string => {
  const lines = problems.slice(0, limit).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  if (problems.length > limit) lines.push(`…and ${problems.length - limit} more problems.`);
  return lines.join('\n');
};
