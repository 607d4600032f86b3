import Dialog, { type DialogProps } from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, type ReactNode } from 'react';

/** A dialog of the Settings screen, named by its title; while `busy`, Esc and a click outside do nothing. */
export const SettingsDialog = ({
  open,
  onClose,
  busy = false,
  title,
  actions,
  children,
  maxWidth = 'sm',
}: {
  open: boolean;
  onClose(): void;
  busy?: boolean;
  title: ReactNode;
  actions: ReactNode;
  children: ReactNode;
  maxWidth?: DialogProps['maxWidth'];
}) => {
  const titleId = useId();
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} aria-labelledby={titleId} maxWidth={maxWidth} fullWidth>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>{children}</DialogContent>
      <DialogActions>{actions}</DialogActions>
    </Dialog>
  );
};
