import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { repositories } from '../../data/repositories';

/** Shown while an organisation's register is empty: the way into the guided start. */
export const GuidedStartBanner = ({ organisationId }: { organisationId: string }) => {
  const { t } = useTranslation('guided-start');
  const empty = useLiveQuery(async () => {
    const r = repositories();
    const [activities, processors] = await Promise.all([
      r.activities.list(organisationId),
      r.processors.list(organisationId),
    ]);
    return activities.length === 0 && processors.length === 0;
  }, [organisationId]);
  if (!empty) return null;
  return (
    <Alert
      severity="info"
      sx={{ mb: 2 }}
      action={
        <Button component={RouterLink} to={`/organisations/${organisationId}/guided-start`} variant="contained">
          {t('banner.action')}
        </Button>
      }
    >
      {t('banner.text')}
    </Alert>
  );
};
