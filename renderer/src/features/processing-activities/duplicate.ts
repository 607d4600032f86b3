import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../components';
import { repositories } from '../../data/repositories';
import type { Activity } from '../../domain';
import { contentOf, duplicateContent } from './activity-model';
import { errorMessage } from '../../domain/values';

/** Copies an activity as a new draft ("Copy of …"); activities of a kind often differ by little. */
export const useDuplicateActivity = () => {
  const { t } = useTranslation('activities');
  const notify = useNotify();
  return useCallback(
    async (activity: Activity): Promise<Activity | undefined> => {
      // The name keeps within the schema's 300 characters whatever the original's length.
      const name = t('copyOf', { name: activity.name }).slice(0, 300);
      try {
        const created = await repositories().activities.create(
          duplicateContent(contentOf(activity), name),
          activity.organisationId,
        );
        notify({ severity: 'success', message: t('duplicated', { name: created.name }) });
        return created;
      } catch (e) {
        notify({ severity: 'error', message: t('duplicateFailed', { reason: errorMessage(e) }) });
        return undefined;
      }
    },
    [t, notify],
  );
};
