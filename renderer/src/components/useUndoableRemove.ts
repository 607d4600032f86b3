import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from './notifications';

/** The part of a repository that deleting with undo needs. */
export interface RemovableRepository {
  remove(id: string): Promise<void>;
  restore(id: string): Promise<unknown>;
}

/**
 * Soft-deletes a record and offers "Undo" (which restores it) in the snackbar.
 * Returns a function `(id, name) => Promise<void>`; errors are shown, never swallowed.
 */
export const useUndoableRemove = (repo: RemovableRepository) => {
  const { t } = useTranslation();
  const notify = useNotify();
  return useCallback(
    async (id: string, name: string): Promise<void> => {
      try {
        await repo.remove(id);
      } catch (e) {
        notify({ severity: 'error', message: t('notices.deleteFailed', { name, reason: (e as Error).message }) });
        return;
      }
      notify({
        severity: 'success',
        message: t('notices.deleted', { name }),
        action: {
          label: t('actions.undo'),
          run: async () => {
            try {
              await repo.restore(id);
              notify({ severity: 'success', message: t('notices.restored', { name }) });
            } catch (e) {
              notify({ severity: 'error', message: (e as Error).message });
            }
          },
        },
      });
    },
    [repo, notify, t],
  );
};
