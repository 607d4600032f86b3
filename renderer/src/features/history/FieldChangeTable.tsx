import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { fieldOf, type FieldDisplay } from '../../domain/catalogue';
import { useCatalogueValue } from '../shared/catalogue-values';
import { formatField, labelOf } from './values';

export interface DisplayedChange {
  key: string;
  /** The record's table: its catalogue says how the field is named and how its value reads. */
  table: string;
  /** A ready-made label (snapshot diffs name nested fields: "Purposes › Pay employees › Legal basis"). */
  label?: string;
  before: unknown;
  after: unknown;
}

/** Values stored as codes: the catalogue turns them into words; texts and groups read as they are. */
const CODED: ReadonlySet<FieldDisplay> = new Set(['enum', 'enums', 'boolean', 'country', 'countries', 'link', 'links']);

/** Field, before, after: the before struck through so the change reads at a glance. */
export const FieldChangeTable = ({ changes }: { changes: DisplayedChange[] }) => {
  const { t } = useTranslation('history');
  const valueOf = useCatalogueValue();
  // Enum codes, countries and yes/no read as the catalogue says ("Active", not "active").
  const shown = (c: DisplayedChange, value: unknown): string => {
    const spec = fieldOf(c.table, c.key);
    return spec && value !== undefined && CODED.has(spec.display)
      ? valueOf(spec, value) || '—'
      : formatField(c.key, value, t);
  };
  const labelFor = (c: DisplayedChange): string => {
    const spec = fieldOf(c.table, c.key);
    return c.label ?? (spec ? t(spec.label) : labelOf(c.key, t));
  };
  return (
    <Table size="small" sx={{ tableLayout: 'fixed', '& td, & th': { verticalAlign: 'top', whiteSpace: 'pre-wrap' } }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '26%' }}>{t('diff.field')}</TableCell>
          <TableCell>{t('diff.before')}</TableCell>
          <TableCell>{t('diff.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {changes.map((c) => (
          <TableRow key={c.key}>
            <TableCell component="th" scope="row" sx={{ color: 'text.secondary' }}>
              {labelFor(c)}
            </TableCell>
            <TableCell sx={{ color: 'error.main', textDecoration: c.before === undefined ? 'none' : 'line-through' }}>
              {shown(c, c.before)}
            </TableCell>
            <TableCell sx={{ color: 'success.main' }}>{shown(c, c.after)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
