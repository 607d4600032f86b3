import { TitledDialog, type TitledDialogProps } from '../../components';

/** A dialog of the Settings screen, named by its title; while `busy`, Esc and a click outside do nothing. */
export const SettingsDialog = ({
  busy = false,
  onClose,
  ...dialog
}: TitledDialogProps & { busy?: boolean; onClose(): void }) => (
  <TitledDialog {...dialog} onClose={busy ? undefined : onClose} />
);
