import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { formatField, labelOf } from './values';

export interface DisplayedChange {
  key: string;
  /** A ready-made label (snapshot diffs name nested fields: "Purposes › Pay employees › Legal basis"). */
  label?: string;
  before: unknown;
  after: unknown;
}

/** Field, before, after: the before struck through so the change reads at a glance. */
export const FieldChangeTable = ({ changes }: { changes: DisplayedChange[] }) => {
  const { t } = useTranslation('history');
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
              {c.label ?? labelOf(c.key, t)}
            </TableCell>
            <TableCell sx={{ color: 'error.main', textDecoration: c.before === undefined ? 'none' : 'line-through' }}>
              {formatField(c.key, c.before, t)}
            </TableCell>
            <TableCell sx={{ color: 'success.main' }}>{formatField(c.key, c.after, t)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
