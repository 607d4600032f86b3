import type { FieldValues, Path } from 'react-hook-form';
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
