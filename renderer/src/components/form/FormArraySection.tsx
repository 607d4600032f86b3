import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldArray, type ArrayPath, type Control, type FieldArray, type FieldValues } from 'react-hook-form';

export interface FormArraySectionProps<T extends FieldValues, N extends ArrayPath<T>> {
  control: Control<T>;
  name: N;
  /** Section title, also the accessible name of the group. */
  title: string;
  /** Label of one item, used in button names: "Remove purpose 2". */
  itemLabel: string;
  /** A fresh item for "Add". */
  newItem(): FieldArray<T, N>;
  /** The fields of item `index`; use `${name}.${index}.field` as field names. */
  renderItem(index: number): ReactNode;
  emptyText?: string;
}

/** A repeatable group of fields (purposes, collection points…) with add, remove and reorder. */
export const FormArraySection = <T extends FieldValues, N extends ArrayPath<T>>({
  control,
  name,
  title,
  itemLabel,
  newItem,
  renderItem,
  emptyText,
}: FormArraySectionProps<T, N>) => {
  const { t } = useTranslation();
  const { fields, append, remove, move } = useFieldArray({ control, name });
  return (
    <Stack component="fieldset" spacing={1.5} sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="subtitle1" sx={{ fontWeight: 500, mb: 1 }}>
        {title}
      </Typography>
      {fields.length === 0 && emptyText && (
        <Typography color="text.secondary" variant="body2">
          {emptyText}
        </Typography>
      )}
      {fields.map((f, index) => {
        const n = index + 1;
        return (
          <Paper key={f.id} variant="outlined" sx={{ p: 2 }} role="group" aria-label={`${itemLabel} ${n}`}>
            <Stack direction="row" sx={{ gap: 1, alignItems: 'flex-start' }}>
              <Stack spacing={2} sx={{ flexGrow: 1, minWidth: 0 }}>
                {renderItem(index)}
              </Stack>
              <Stack>
                <Tooltip title={t('form.moveUp', { item: `${itemLabel} ${n}` })}>
                  <span>
                    <IconButton
                      size="small"
                      disabled={index === 0}
                      onClick={() => move(index, index - 1)}
                      aria-label={t('form.moveUp', { item: `${itemLabel} ${n}` })}
                    >
                      <ArrowUpwardIcon fontSize="small" />
                    </IconButton>
                  </span>
                </Tooltip>
                <Tooltip title={t('form.moveDown', { item: `${itemLabel} ${n}` })}>
                  <span>
                    <IconButton
                      size="small"
                      disabled={index === fields.length - 1}
                      onClick={() => move(index, index + 1)}
                      aria-label={t('form.moveDown', { item: `${itemLabel} ${n}` })}
                    >
                      <ArrowDownwardIcon fontSize="small" />
                    </IconButton>
                  </span>
                </Tooltip>
                <Tooltip title={t('form.removeItem', { item: `${itemLabel} ${n}` })}>
                  <IconButton
                    size="small"
                    onClick={() => remove(index)}
                    aria-label={t('form.removeItem', { item: `${itemLabel} ${n}` })}
                  >
                    <DeleteOutlineIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
              </Stack>
            </Stack>
          </Paper>
        );
      })}
      <div>
        <Button startIcon={<AddIcon />} onClick={() => append(newItem())}>
          {t('form.addItem', { item: itemLabel })}
        </Button>
      </div>
    </Stack>
  );
};
