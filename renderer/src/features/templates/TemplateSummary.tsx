import Alert from '@mui/material/Alert';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ActivityTemplate, Language, TemplateAddition } from '../../domain';
import type { TemplateOutcome } from './template-actions';

/** One line per thing the template added: the DPO sees exactly what changed. */
const useAdditionText = () => {
  const { t } = useTranslation(['templates', 'activities']);
  return (a: TemplateAddition): string => {
    switch (a.kind) {
      case 'description':
      case 'dpia_screening':
        return t(`summary.kind.${a.kind}`);
      case 'audience':
        return t('summary.kind.audience', { label: t(`activities:enums.audience.${a.label}`) });
      case 'retention':
        return t('summary.kind.retention', { label: a.label, source: a.source });
      default:
        return t(`summary.kind.${a.kind}`, { label: a.label });
    }
  };
};

export const TemplateSummary = ({
  titleId,
  template,
  outcome,
  language,
  created,
}: {
  titleId: string;
  template: ActivityTemplate;
  outcome: TemplateOutcome;
  language: Language;
  created: boolean;
}) => {
  const { t } = useTranslation('templates');
  const text = useAdditionText();
  const name = template.title[language];
  return (
    <>
      <DialogTitle id={titleId}>
        {t(created ? 'summary.createdTitle' : 'summary.appliedTitle', { template: name })}
      </DialogTitle>
      <DialogContent dividers>
        {outcome.added.length === 0 ? (
          <Alert severity="info">{t('summary.nothing')}</Alert>
        ) : (
          <section aria-label={t('summary.added')}>
            <Typography variant="subtitle2" component="h3">
              {t('summary.added')}
            </Typography>
            <ul data-testid="template-additions">
              {outcome.added.map((a, i) => (
                <li key={i}>
                  <Typography variant="body2">{text(a)}</Typography>
                </li>
              ))}
            </ul>
          </section>
        )}
        {outcome.leftToDpo.length > 0 && (
          <Alert severity="warning" sx={{ mt: 2 }} aria-label={t('summary.leftToDpo')}>
            <Typography variant="subtitle2">{t('summary.leftToDpo')}</Typography>
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {outcome.leftToDpo.map((l) => (
                <li key={l.category}>
                  <strong>{l.category}</strong> — {l.reason}
                </li>
              ))}
            </ul>
          </Alert>
        )}
        {template.recipients.length > 0 && (
          <Typography variant="body2" sx={{ mt: 2 }}>
            {t('summary.recipients', { recipients: template.recipients.map((r) => r[language]).join(', ') })}
          </Typography>
        )}
        {outcome.written && (
          <Alert severity="info" sx={{ mt: 2 }}>
            {t('summary.review')}
          </Alert>
        )}
      </DialogContent>
    </>
  );
};
