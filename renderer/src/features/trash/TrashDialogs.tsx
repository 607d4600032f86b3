import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { trashItemPreview, type TrashItem, type TrashPreview, type TrashRecordRef } from '../../data/app-database';
import { errorMessage } from '../../domain/values';
import { TitledDialog } from '../../components';

/** The preview of one deleted record, read while its dialog is open (null while reading). */
const usePreview = (item: TrashItem | null): { preview: TrashPreview | null; failure: string | null } =>
  useLiveQuery(async () => {
    if (!item) return undefined;
    try {
      return { preview: await trashItemPreview(item.table, item.id), failure: null };
    } catch (e) {
      return { preview: null, failure: errorMessage(e) };
    }
  }, [item]) ?? { preview: null, failure: null };

/** A short list of records by name and kind, "and N more" past the preview's limit. */
const RecordNames = ({ heading, refs, count }: { heading: string; refs: TrashRecordRef[]; count: number }) => {
  const { t } = useTranslation('trash');
  const headingId = useId();
  if (count === 0) return null;
  return (
    <div>
      <Typography id={headingId} variant="subtitle2" component="p">
        {heading}
      </Typography>
      <List dense disablePadding aria-labelledby={headingId}>
        {refs.map((r) => (
          <ListItem key={`${r.table}:${r.id}`} disableGutters>
            <ListItemText primary={r.title} secondary={t(`kinds.${r.table}`)} />
          </ListItem>
        ))}
        {count > refs.length && (
          <ListItem disableGutters>
            <ListItemText primary={t('preview.more', { count: count - refs.length })} />
          </ListItem>
        )}
      </List>
    </div>
  );
};

interface ItemDialogProps {
  /** Put the record back, or erase it for good. */
  action: 'restore' | 'erase';
  /** The deleted record the dialog is about; null when closed. */
  item: TrashItem | null;
  /** The name of its organisation, as the Trash shows it (where a restored record returns). */
  workspace?: string;
  /** The record the dialog is about (the preview only informs: the action does not wait for it). */
  onConfirm(item: TrashItem): void;
  onClose(): void;
  /** Runs once the dialog has closed. */
  onExited(): void;
}

/**
 * Asks before a restore or an erase, and says from the preview (once read, or why it could not be)
 * what the action does. A restore says what comes back: the record, where it returns, the records
 * that count it again, and what stays in the Trash; restoring is safe, so "Restore" has the focus
 * (Enter). An erase says what goes with the record: its history, the links the remaining records
 * lose, and for an organisation its whole workspace; "Cancel" keeps the focus.
 */
export const TrashItemDialog = ({ action, item, workspace = '', onConfirm, onClose, onExited }: ItemDialogProps) => {
  const { t } = useTranslation('trash');
  const { t: tc } = useTranslation();
  const { preview, failure } = usePreview(item);
  const erase = action === 'erase';
  const title = item?.title ?? '';
  const organisation = item?.table === 'organisations';
  return (
    <TitledDialog
      open={item !== null}
      onClose={onClose}
      onExited={onExited}
      title={erase ? t('confirmOne.title', { title }) : t('restoreDialog.title', { title })}
      actions={
        <>
          <Button onClick={onClose} autoFocus={erase}>
            {tc('actions.cancel')}
          </Button>
          <Button
            variant="contained"
            color={erase ? 'error' : 'primary'}
            autoFocus={!erase}
            onClick={() => {
              if (item) onConfirm(item);
              onClose();
            }}
          >
            {erase ? t('confirmOne.confirm') : t('restoreDialog.confirm')}
          </Button>
        </>
      }
    >
      <Stack spacing={2}>
        {erase && <Typography>{t('confirmOne.body')}</Typography>}
        {failure && <Alert severity="error">{t('preview.failed', { reason: failure })}</Alert>}
        {!preview && !failure && <CircularProgress size={24} aria-label={t('preview.reading')} />}
        {preview && erase && (
          <>
            {organisation && preview.workspaceRecords > 0 && (
              <Alert severity="warning">{t('confirmOne.workspace', { count: preview.workspaceRecords })}</Alert>
            )}
            <RecordNames
              heading={t('confirmOne.linkedFrom')}
              refs={preview.linkedFrom}
              count={preview.linkedFromCount}
            />
          </>
        )}
        {preview && !erase && (
          <>
            <Typography>
              {organisation
                ? t('restoreDialog.organisation', { count: preview.workspaceRecords })
                : t('restoreDialog.where', {
                    kind: item ? t(`kinds.${item.table}`) : '',
                    workspace: preview.deletedOrganisation ?? workspace,
                    title,
                  })}
            </Typography>
            {preview.deletedOrganisation !== null && (
              <Alert severity="warning">
                {t('restoreDialog.organisationDeleted', { organisation: preview.deletedOrganisation })}
              </Alert>
            )}
            <RecordNames
              heading={t('restoreDialog.linkedFrom')}
              refs={preview.linkedFrom}
              count={preview.linkedFromCount}
            />
            <RecordNames
              heading={t('restoreDialog.linksToDeleted')}
              refs={preview.linksToDeleted}
              count={preview.linksToDeletedCount}
            />
          </>
        )}
      </Stack>
    </TitledDialog>
  );
};
