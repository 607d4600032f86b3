import MenuItem from '@mui/material/MenuItem';
import type { SxProps, Theme } from '@mui/material/styles';
import TextField from '@mui/material/TextField';
import type { ReactNode } from 'react';
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

export interface ChoiceFieldProps<T extends string> {
  label: string;
  value: NoInfer<T>;
  /** The options, in the order the menu lists them. */
  choices: readonly T[];
  choiceLabel: (choice: T) => string;
  onChoose: (choice: T) => void;
  autoFocus?: boolean;
  helperText?: ReactNode;
  sx?: SxProps<Theme>;
}

/** A select of one of a fixed list of values (a format, a language), outside a form. */
export const ChoiceField = <T extends string>({ choices, choiceLabel, onChoose, ...field }: ChoiceFieldProps<T>) => (
  <TextField select {...field} onChange={onChoice(choices, onChoose)}>
    {choices.map((choice) => (
      <MenuItem key={choice} value={choice}>
        {choiceLabel(choice)}
      </MenuItem>
    ))}
  </TextField>
);
