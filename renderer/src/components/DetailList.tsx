import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface DetailItem {
  label: string;
  value: ReactNode;
  /** Span the whole width (long text). */
  wide?: boolean;
}

/** A read-only card of label/value pairs (a description list), for Show screens. */
export const DetailCard = ({ title, items, actions }: { title?: string; items: DetailItem[]; actions?: ReactNode }) => {
  const { t } = useTranslation();
  const id = useId();
  const empty = (v: ReactNode) => v === '' || v === undefined || v === null || (Array.isArray(v) && v.length === 0);
  return (
    <Paper variant="outlined" component="section" aria-labelledby={title ? id : undefined} sx={{ p: 3, mb: 2 }}>
      {(title || actions) && (
        <Box sx={{ display: 'flex', alignItems: 'center', mb: 2 }}>
          {title && (
            <Typography id={id} variant="subtitle1" component="h2" sx={{ fontWeight: 500, flexGrow: 1 }}>
              {title}
            </Typography>
          )}
          {actions}
        </Box>
      )}
      <Box
        component="dl"
        sx={{
          m: 0,
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
          columnGap: 4,
          rowGap: 2,
        }}
      >
        {items.map((item) => (
          <Box key={item.label} sx={item.wide ? { gridColumn: '1 / -1' } : undefined}>
            <Typography component="dt" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
              {item.label}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0, whiteSpace: 'pre-wrap' }}>
              {empty(item.value) ? (
                // Secondary, not disabled: "Not set" is read, and the disabled grey is under 4.5:1 on white.
                <Box component="span" sx={{ color: 'text.secondary', fontStyle: 'italic' }}>
                  {t('detail.notSet')}
                </Box>
              ) : (
                item.value
              )}
            </Typography>
          </Box>
        ))}
      </Box>
    </Paper>
  );
};
