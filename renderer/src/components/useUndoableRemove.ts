import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictError } from '../data/repositories';
import { useNotify } from './notifications';
import { errorMessage } from '../domain/values';

/** The part of a repository that deleting with undo needs. */
export interface RemovableRepository {
  remove(id: string, expectedRevision?: number): Promise<void>;
  restore(id: string, expectedRevision?: number): Promise<unknown>;
}

/**
 * Soft-deletes a record and offers "Undo" (which restores it) in the snackbar.
 * Returns a function `(id, revision, name) => Promise<boolean>` (true when deleted); errors are
 * shown, never swallowed. Both writes carry a revision: the delete the one the screen shows, the
 * undo the one the delete wrote, so neither undoes a change made elsewhere in the meantime.
 */
export const useUndoableRemove = (repo: RemovableRepository) => {
  const { t } = useTranslation();
  const notify = useNotify();
  return useCallback(
    async (id: string, revision: number, name: string): Promise<boolean> => {
      try {
        await repo.remove(id, revision);
      } catch (e) {
        const message =
          e instanceof ConflictError
            ? t('integrity:deleteConflict', { name })
            : t('notices.deleteFailed', { name, reason: errorMessage(e) });
        notify({ severity: 'error', message });
        return false;
      }
      notify({
        severity: 'success',
        message: t('notices.deleted', { name }),
        action: {
          label: t('actions.undo'),
          run: async () => {
            try {
              // The delete wrote the next revision; anything later is someone else's change.
              await repo.restore(id, revision + 1);
              notify({ severity: 'success', message: t('notices.restored', { name }) });
            } catch (e) {
              const message = e instanceof ConflictError ? t('integrity:undoConflict', { name }) : errorMessage(e);
              notify({ severity: 'error', message });
            }
          },
        },
      });
      return true;
    },
    [repo, notify, t],
  );
};
