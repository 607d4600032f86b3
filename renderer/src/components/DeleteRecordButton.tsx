import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';
import { UsageSummary, type UsageRef } from './usage';
import { useUndoableRemove, type RemovableRepository } from './useUndoableRemove';

export interface DeleteRecordButtonProps {
  repo: RemovableRepository;
  id: string;
  /**
   * The revision the screen shows (an editor: the one it was opened at). A record changed
   * elsewhere since is not deleted: the DPO is told, and sees the change first.
   */
  revision: number;
  /** The record's name, in the dialog and the undo notice. */
  name: string;
  /** Where the record is used: shown in the dialog before deleting. */
  usages?: UsageRef[] | undefined;
  /** Runs after the soft delete (e.g. back to the list). */
  onDeleted?(): void;
}

/** Delete with confirmation (listing where the record is used), then an Undo notice. */
export const DeleteRecordButton = ({ repo, id, revision, name, usages, onDeleted }: DeleteRecordButtonProps) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const remove = useUndoableRemove(repo);
  return (
    <>
      <Button color="error" variant="outlined" startIcon={<DeleteOutlineIcon />} onClick={() => setOpen(true)}>
        {t('actions.delete')}
      </Button>
      <ConfirmDialog
        open={open}
        title={t('confirm.deleteTitle', { name })}
        confirmLabel={t('actions.delete')}
        destructive
        onClose={() => setOpen(false)}
        onConfirm={() => {
          void remove(id, revision, name).then((deleted) => {
            if (deleted) onDeleted?.();
          });
        }}
      >
        <Typography variant="body2" sx={{ mb: 1 }}>
          {t('confirm.deleteBody')}
        </Typography>
        {usages !== undefined && <UsageSummary usages={usages} />}
      </ConfirmDialog>
    </>
  );
};
