import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

/** Shown for an id that does not exist or was deleted (an old link, an undo elsewhere). */
export const RecordNotFound = ({ backTo, message }: { backTo: string; message?: string | undefined }) => {
  const { t } = useTranslation();
  return (
    <Alert
      severity="warning"
      action={
        <Button color="inherit" component={RouterLink} to={backTo}>
          {t('actions.back')}
        </Button>
      }
    >
      {message ?? t('detail.notFound')}
    </Alert>
  );
};
