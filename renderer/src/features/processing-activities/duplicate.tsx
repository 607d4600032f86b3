import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useNotify } from '../../components';
import { repositories } from '../../data/repositories';
import type { Activity } from '../../domain';
import { contentOf, duplicateContent } from './activity-model';
import { errorMessage } from '../../domain/values';

/**
 * "Duplicate": copies the activity as a new draft ("Copy of …") and opens the copy in the editor;
 * activities of a kind often differ by little.
 */
export const DuplicateButton = ({ activity }: { activity: Activity }) => {
  const { t } = useTranslation('activities');
  const notify = useNotify();
  const navigate = useNavigate();
  const duplicate = async () => {
    // The name keeps within the schema's 300 characters whatever the original's length.
    const name = t('copyOf', { name: activity.name }).slice(0, 300);
    try {
      const copy = await repositories().activities.create(
        duplicateContent(contentOf(activity), name),
        activity.organisationId,
      );
      notify({ severity: 'success', message: t('duplicated', { name: copy.name }) });
      void navigate(`/activities/${copy.id}/edit`);
    } catch (e) {
      notify({ severity: 'error', message: t('duplicateFailed', { reason: errorMessage(e) }) });
    }
  };
  return (
    <Button startIcon={<ContentCopyIcon />} onClick={() => void duplicate()}>
      {t('actions.duplicate')}
    </Button>
  );
};
