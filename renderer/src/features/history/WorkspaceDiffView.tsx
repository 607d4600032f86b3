import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { WorkspaceDiff } from '../../data/snapshots';
import { FieldChangeTable } from './FieldChangeTable';
import { pathLabel } from './values';

const KIND_COLOR = { added: 'success', removed: 'error', changed: 'warning' } as const;

/** Records added, removed and changed, each changed record with its fields before → after. */
export const WorkspaceDiffView = ({ diff }: { diff: WorkspaceDiff }) => {
  const { t } = useTranslation('history');
  if (diff.changes.length === 0) return <Alert severity="success">{t('diff.none')}</Alert>;
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={1}>
        {(['added', 'removed', 'changed'] as const).map((k) => (
          <Chip
            key={k}
            color={KIND_COLOR[k]}
            variant="outlined"
            label={t(`diff.summary.${k}`, { count: diff.summary[k] })}
          />
        ))}
      </Stack>
      <div role="list" aria-label={t('diff.listLabel')}>
        {diff.changes.map((c) => (
          <Accordion
            key={`${c.table}-${c.id}`}
            disableGutters
            variant="outlined"
            role="listitem"
            defaultExpanded={diff.changes.length <= 8}
          >
            <AccordionSummary expandIcon={c.kind === 'changed' ? <ExpandMoreIcon /> : undefined}>
              <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
                <Chip size="small" color={KIND_COLOR[c.kind]} label={t(`diff.kind.${c.kind}`)} />
                <Typography color="text.secondary">{t(`tables.${c.table}`)}</Typography>
                <Typography sx={{ fontWeight: 500 }}>{c.title}</Typography>
                {c.kind === 'changed' && (
                  <Typography variant="body2" color="text.secondary">
                    {t('diff.fieldCount', { count: c.fields.length })}
                  </Typography>
                )}
              </Stack>
            </AccordionSummary>
            {c.kind === 'changed' && (
              <AccordionDetails>
                <FieldChangeTable
                  changes={c.fields.map((f) => ({
                    key: f.path,
                    table: c.table,
                    kind: c.recordKind,
                    label: pathLabel(f.segments, t),
                    before: f.before,
                    after: f.after,
                  }))}
                />
              </AccordionDetails>
            )}
          </Accordion>
        ))}
      </div>
    </Stack>
  );
};
