import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

export interface PageHeaderProps {
  title: ReactNode;
  subtitle?: ReactNode;
  /** Trail back to the list, e.g. [{ label: 'Processors', to: '/processors' }]. */
  breadcrumbs?: { label: string; to: string }[];
  /** Buttons on the right (Create, Edit, Delete…). */
  actions?: ReactNode;
  /** Chips next to the title (status, role…). */
  badges?: ReactNode;
}

/** The heading of every screen: one h1, a way back, and the screen's main actions. */
export const PageHeader = ({ title, subtitle, breadcrumbs, actions, badges }: PageHeaderProps) => {
  const { t } = useTranslation();
  return (
    <Box component="header" sx={{ mb: 3 }}>
      {breadcrumbs && breadcrumbs.length > 0 && (
        <Breadcrumbs aria-label={t('app.breadcrumbs')} sx={{ mb: 0.5, fontSize: 14 }}>
          {breadcrumbs.map((b) => (
            <Link key={b.to} component={RouterLink} to={b.to} underline="hover" color="text.secondary">
              {b.label}
            </Link>
          ))}
        </Breadcrumbs>
      )}
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5, flexGrow: 1, minWidth: 0, flexWrap: 'wrap' }}>
          <Typography variant="h5" component="h1" sx={{ fontWeight: 500 }}>
            {title}
          </Typography>
          {badges}
        </Stack>
        {actions && (
          // On the right on every screen, also when a long title (an activity's) pushes them to a line
          // of their own: the record's actions are where the eye finds them on every other page.
          <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', justifyContent: 'flex-end', ml: 'auto' }}>
            {actions}
          </Stack>
        )}
      </Stack>
      {subtitle && (
        <Typography color="text.secondary" sx={{ mt: 0.5 }}>
          {subtitle}
        </Typography>
      )}
    </Box>
  );
};
