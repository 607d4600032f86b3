import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** A part of a screen in an outlined card, named by its heading (`id`), with a line of introduction under it. */
export const SectionCard = ({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: ReactNode;
  intro?: ReactNode;
  children: ReactNode;
}) => (
  <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ p: 2 }}>
    <Typography id={id} variant="h6" component="h2" sx={intro === undefined ? { mb: 1 } : undefined}>
      {title}
    </Typography>
    {intro !== undefined && (
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {intro}
      </Typography>
    )}
    {children}
  </Paper>
);
