import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { activityTemplateById, templateText, type TemplateOrigin } from '../../domain';
import { languageOrEnglish } from '../../domain/languages';
import { formatUiInstantDay } from '../../i18n/dates';

/** "Payroll, version 1, applied on 1 December 2026": the activity page says where its content came from. */
export const TemplateOriginLine = ({ origin }: { origin: TemplateOrigin }) => {
  const { t, i18n } = useTranslation('templates');
  const lang = languageOrEnglish(i18n.resolvedLanguage);
  const template = activityTemplateById(origin.id);
  const title = template ? templateText(template.title, lang) : origin.id;
  const date = formatUiInstantDay(origin.appliedAt, lang);
  return <>{t('origin.value', { template: title, version: origin.version, date })}</>;
};

/** The source of a retention period, beside the figure. */
export const RetentionSource = ({ source }: { source: string }) => {
  const { t } = useTranslation('templates');
  if (source.trim() === '') return null;
  return (
    <Typography variant="caption" component="span" color="text.secondary" sx={{ display: 'block' }}>
      {t('origin.retentionSource', { source })}
    </Typography>
  );
};
