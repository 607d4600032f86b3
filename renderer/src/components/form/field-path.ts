import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { isObject } from '../../domain';

/**
 * Whether a repository's problem path (a zod issue path, "purposes.0.legalBasis") names a field
 * of the form's values, so that the problem can be put on that field with `setError`. A path the
 * form does not hold (a field it does not show, or the record as a whole) is not one: its message
 * goes where the form shows problems that belong to no field.
 */
export const isFieldPath = <T extends FieldValues>(values: T, path: string): path is Path<T> => {
  if (path === '') return false;
  let at: unknown = values;
  for (const key of path.split('.')) {
    if (Array.isArray(at)) {
      const index = /^\d+$/.test(key) ? Number(key) : -1;
      if (index < 0 || index >= at.length) return false;
      const item: unknown = at[index];
      at = item;
    } else if (isObject(at) && Object.hasOwn(at, key)) at = at[key];
    else return false;
  }
  return true;
};

/**
 * A repository's problems on the fields of the form they name (its paths are the schema's, like the
 * form's); the messages of those that name no field, for the form to show elsewhere.
 */
export const placeProblems = <T extends FieldValues, C>(
  form: UseFormReturn<T, unknown, C>,
  problems: readonly { path: string; message: string }[],
): string[] => {
  const shown = form.getValues();
  const unplaced: string[] = [];
  for (const p of problems)
    if (isFieldPath(shown, p.path)) form.setError(p.path, { type: 'repository', message: p.message });
    else unplaced.push(p.message);
  return unplaced;
};
