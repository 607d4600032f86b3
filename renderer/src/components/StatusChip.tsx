import Chip from '@mui/material/Chip';
import type { ReactElement } from 'react';

export type StatusTone = 'neutral' | 'good' | 'warning' | 'bad' | 'info';

const COLOR: Record<StatusTone, 'default' | 'success' | 'warning' | 'error' | 'info'> = {
  neutral: 'default',
  good: 'success',
  warning: 'warning',
  bad: 'error',
  info: 'info',
};

export interface StatusChipProps {
  label: string;
  tone?: StatusTone;
  icon?: ReactElement;
  /** Longer explanation read by screen readers and shown on hover. */
  title?: string;
}

/** A small coloured label for a status (DPA signed, adequacy, role…); the colour is never the only cue. */
export const StatusChip = ({ label, tone = 'neutral', icon, title }: StatusChipProps) => (
  <Chip
    size="small"
    label={label}
    color={COLOR[tone]}
    variant={tone === 'neutral' ? 'outlined' : 'filled'}
    title={title}
    {...(icon ? { icon } : {})}
    sx={{ fontWeight: 500 }}
  />
);

/** Alias kept for screens that speak of badges. */
export const Badge = StatusChip;
