import EditIcon from '@mui/icons-material/Edit';
import Button from '@mui/material/Button';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { DeleteRecordButton, type RemovableRepository, type UsageRef } from '../../components';
import type { EntityTable } from '../../domain';
import { RecordHistoryButton } from './RecordHistoryButton';

interface RecordActionsProps {
  table: EntityTable;
  repo: RemovableRepository;
  id: string;
  /** The revision the page shows: a delete over a change made elsewhere meanwhile is refused. */
  revision: number;
  /** The record's name, in the history title, the delete dialog and the undo notice. */
  name: string;
  /** The editor of the record. */
  editTo: string;
  /** The list the page returns to once the record is deleted. */
  listTo: string;
  /** Where the record is used, listed in the delete dialog. */
  usages?: UsageRef[] | undefined;
  /** Runs after the delete, before the page returns to the list. */
  onDeleted?(): void;
  /** Actions of this kind of record only, between Edit and History. */
  children?: ReactNode;
}

/** What every record's page offers: Edit, its own actions, History, and Delete with Undo. */
export const RecordActions = ({
  table,
  repo,
  id,
  revision,
  name,
  editTo,
  listTo,
  usages,
  onDeleted,
  children,
}: RecordActionsProps) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <Button variant="contained" startIcon={<EditIcon />} component={RouterLink} to={editTo}>
        {t('actions.edit')}
      </Button>
      {children}
      <RecordHistoryButton table={table} id={id} title={name} />
      <DeleteRecordButton
        repo={repo}
        id={id}
        revision={revision}
        name={name}
        usages={usages}
        onDeleted={() => {
          onDeleted?.();
          void navigate(listTo);
        }}
      />
    </>
  );
};
