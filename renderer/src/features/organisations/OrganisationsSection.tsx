import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/** Section being built; replaced by its list, show and edit screens. */
export const OrganisationsSection = () => {
  const { t } = useTranslation();
  return <Typography variant="h5">{t('nav.organisations')}</Typography>;
};
