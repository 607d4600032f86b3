import type { AlertColor } from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import type { ReactElement } from 'react';

export type StatusTone = 'neutral' | 'good' | 'warning' | 'bad' | 'info';

/** Each tone's colour (a neutral chip: grey), also the severity of an alert saying at length what its chip says. */
export const TONE_SEVERITY: Record<StatusTone, AlertColor> = {
  neutral: 'info',
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
    color={tone === 'neutral' ? 'default' : TONE_SEVERITY[tone]}
    variant={tone === 'neutral' ? 'outlined' : 'filled'}
    title={title}
    {...(icon ? { icon } : {})}
    sx={{ fontWeight: 500 }}
  />
);

/** Alias kept for screens that speak of badges. */
export const Badge = StatusChip;
