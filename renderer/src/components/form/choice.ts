import { isOneOf } from '../../domain/values';

/**
 * The onChange of a select or a radio group whose options are `values`: MUI gives the chosen value
 * as a plain string, and this passes it on as their union once it is checked to be one of them.
 */
export const onChoice =
  <T extends string>(values: readonly T[], choose: (value: T) => void) =>
  (event: { target: { value: string } }): void => {
    const { value } = event.target;
    if (isOneOf(values, value)) choose(value);
  };
