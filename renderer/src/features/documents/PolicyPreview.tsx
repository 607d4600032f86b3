import EditNoteIcon from '@mui/icons-material/EditNote';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { PolicyBlock, PolicySection, PolicyTableCell, PolicyViewModel } from '../../export/policy/types';

const Cell = ({ cell }: { cell: PolicyTableCell }) =>
  cell.length <= 1 ? (
    <>{cell[0] ?? ''}</>
  ) : (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {cell.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </Box>
  );

/** A table's first cell when its rows are named by it. */
const ROW_HEADER = { component: 'th', scope: 'row', sx: { fontWeight: 500 } } as const;

/** One block of the view model, drawn with MUI: the same blocks the DOCX, PDF and HTML exports draw. */
export const PolicyBlockView = ({ block }: { block: PolicyBlock }) => {
  switch (block.kind) {
    case 'paragraph':
      return (
        <Typography variant="body2" sx={{ mb: 1.25, lineHeight: 1.6 }}>
          {block.text}
        </Typography>
      );
    case 'subheading':
      return (
        <Typography variant="subtitle2" component="h4" sx={{ mt: 2, mb: 0.75 }}>
          {block.text}
        </Typography>
      );
    case 'list':
      return (
        <Box component="ul" sx={{ mt: 0, mb: 1.25, pl: 3, typography: 'body2', lineHeight: 1.6 }}>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </Box>
      );
    case 'table':
      return (
        <Box sx={{ mb: 2, overflowX: 'auto' }}>
          <Table size="small" aria-label={block.caption} sx={{ '& td, & th': { verticalAlign: 'top', fontSize: 13 } }}>
            <caption style={{ captionSide: 'top', textAlign: 'left', padding: '0 0 4px' }}>{block.caption}</caption>
            <TableHead>
              <TableRow>
                {block.columns.map((c) => (
                  <TableCell key={c} sx={{ fontWeight: 600, bgcolor: 'action.hover' }}>
                    {c}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {block.rows.map((row, r) => (
                <TableRow key={r}>
                  {row.map((cell, c) => (
                    <TableCell key={c} {...(c === 0 && block.rowHeaders ? ROW_HEADER : {})}>
                      <Cell cell={cell} />
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      );
  }
};

export interface PolicyPreviewProps {
  vm: PolicyViewModel;
  onEditSection(section: PolicySection): void;
  onKeepText(section: PolicySection): void;
  onRevert(section: PolicySection): void;
}

const SectionView = ({
  section,
  onEditSection,
  onKeepText,
  onRevert,
}: { section: PolicySection } & Omit<PolicyPreviewProps, 'vm'>) => {
  const { t } = useTranslation('documents');
  const status = section.overrideStatus;
  return (
    <Box
      component="section"
      aria-labelledby={section.anchor}
      data-section={section.key}
      sx={{
        position: 'relative',
        py: 1.5,
        px: 2,
        mx: -2,
        borderRadius: 1,
        borderLeft: 3,
        borderColor: status === 'stale' ? 'warning.main' : status === 'current' ? 'primary.light' : 'transparent',
        '&:hover .section-actions, &:focus-within .section-actions': { opacity: 1 },
      }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography id={section.anchor} variant="h6" component="h3" sx={{ fontSize: 17, fontWeight: 500, flexGrow: 1 }}>
          {section.heading}
        </Typography>
        {status !== 'none' && section.override && (
          <Chip
            size="small"
            variant="outlined"
            color={status === 'stale' ? 'warning' : 'primary'}
            label={t(section.override.mode === 'replace' ? 'preview.replaced' : 'preview.appended')}
          />
        )}
        <Button
          className="section-actions"
          size="small"
          startIcon={<EditNoteIcon />}
          onClick={() => onEditSection(section)}
          // The path the checks use for this section's text, so `?field=` links land on this button.
          name={`overrides.${section.key}.text`}
          aria-label={t('preview.editSection', { section: section.heading })}
          // Quieter while the section keeps its generated text, in a colour that still reads at 4.5:1
          // (a faded button did not, WCAG 1.4.3).
          sx={{ color: status === 'none' ? 'text.secondary' : undefined }}
        >
          {t('preview.editText')}
        </Button>
      </Stack>
      {status === 'stale' && (
        <Alert
          severity="warning"
          sx={{ mb: 1.5 }}
          action={
            <Stack direction="row" sx={{ gap: 0.5 }}>
              <Button color="inherit" size="small" onClick={() => onKeepText(section)}>
                {t('preview.keepText')}
              </Button>
              <Button color="inherit" size="small" onClick={() => onRevert(section)}>
                {t('preview.backToGenerated')}
              </Button>
            </Stack>
          }
        >
          {t('preview.stale')}
        </Alert>
      )}
      {section.blocks.map((b, i) => (
        <PolicyBlockView key={i} block={b} />
      ))}
    </Box>
  );
};

/** The policy as its readers will see it, re-drawn from the live record. */
export const PolicyPreview = ({ vm, ...actions }: PolicyPreviewProps) => {
  const { t } = useTranslation('documents');
  return (
    <Paper
      variant="outlined"
      component="article"
      aria-label={t('preview.label')}
      lang={vm.language}
      sx={{ px: { xs: 3, md: 5 }, py: 4, bgcolor: 'background.paper' }}
    >
      <Typography variant="h4" component="h2" sx={{ fontWeight: 500, fontSize: 28 }}>
        {vm.title}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 0.5 }}>
        {vm.subtitle}
      </Typography>
      <Typography color="text.secondary">{vm.labels.effectiveDate}</Typography>
      <Divider sx={{ my: 3 }} />
      <Stack spacing={1}>
        {vm.sections.map((s) => (
          <SectionView key={s.key} section={s} {...actions} />
        ))}
      </Stack>
    </Paper>
  );
};
