import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { fieldOf, type FieldDisplay } from '../../domain/catalogue';
import { useCatalogueValue } from '../shared/catalogue-values';
import { changeLabel, formatField, type DisplayedChange } from './values';

/** Values stored as codes: the catalogue turns them into words; texts and groups read as they are. */
const CODED: ReadonlySet<FieldDisplay> = new Set(['enum', 'enums', 'boolean', 'country', 'countries', 'link', 'links']);

/** Field, before, after: the before struck through so the change reads at a glance. */
export const FieldChangeTable = ({ changes }: { changes: DisplayedChange[] }) => {
  const { t } = useTranslation('history');
  const valueOf = useCatalogueValue();
  // Enum codes, countries and yes/no read as the catalogue says ("Active", not "active").
  const shown = (c: DisplayedChange, value: unknown): string => {
    const spec = fieldOf(c.table, c.key, c.kind);
    return spec && value !== undefined && CODED.has(spec.display)
      ? valueOf(spec, value) || '—'
      : formatField(c.key, value, t);
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
              {changeLabel(c, t)}
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
