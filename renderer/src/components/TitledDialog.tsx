import Dialog, { type DialogProps } from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, type ReactNode } from 'react';

export interface TitledDialogProps extends Omit<DialogProps, 'title' | 'children' | 'aria-labelledby'> {
  /** The heading, also the dialog's accessible name. */
  title: ReactNode;
  /** The content; none, and the dialog is its title and buttons. */
  children?: ReactNode;
  /** The buttons under the content. */
  actions: ReactNode;
  /** Runs once the dialog has closed (focus may then go somewhere the action left, e.g. a heading). */
  onExited?(): void;
}

/** A dialog named by its title, full width up to `maxWidth` (sm unless told), with its buttons at the foot. */
export const TitledDialog = ({ title, children, actions, onExited, maxWidth = 'sm', ...dialog }: TitledDialogProps) => {
  const titleId = useId();
  return (
    <Dialog
      aria-labelledby={titleId}
      maxWidth={maxWidth}
      fullWidth
      {...(onExited ? { slotProps: { transition: { onExited } } } : {})}
      {...dialog}
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      {children !== undefined && <DialogContent>{children}</DialogContent>}
      <DialogActions>{actions}</DialogActions>
    </Dialog>
  );
};
