import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { SectionCard, StatusChip } from '../../components';
import { isUnder250, type Workspace } from '../../domain';
import { recordingDuty } from '../../domain/checks';
import { checkedActivitiesOf } from './checks-model';

/**
 * Art. 30(5) helper: for an organisation under 250 people, whether each activity must still be in
 * the record and why (the WP29 position paper reads the three conditions as alternatives).
 * Organisations of 250 or more record everything, so the panel is not shown for them.
 */
export const Art30_5Panel = ({ ws }: { ws: Workspace }) => {
  const { t, i18n } = useTranslation(['checksUi', 'checks']);
  const duties = useMemo(
    () =>
      checkedActivitiesOf(ws)
        .sort((a, b) => a.name.localeCompare(b.name, i18n.language))
        .map((activity) => ({ activity, duty: recordingDuty(ws, activity.id) })),
    [ws, i18n.language],
  );
  if (!isUnder250(ws.organisation.headcountBand)) return null;
  return (
    <SectionCard
      id="checks-art30-5"
      title={t('checksUi:art30_5.title')}
      intro={t('checksUi:art30_5.intro', { organisation: ws.organisation.name })}
    >
      {duties.length === 0 && <Typography>{t('checksUi:art30_5.none')}</Typography>}
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {duties.map(({ activity, duty }) => (
          <Box
            component="li"
            key={activity.id}
            data-recording-duty={duty.mustRecord ? 'must-record' : 'may-omit'}
            sx={{ py: 1, borderTop: 1, borderColor: 'divider', '&:first-of-type': { borderTop: 0 } }}
          >
            <Stack direction="row" sx={{ gap: 1, alignItems: 'center', mb: 0.5 }}>
              <Link component={RouterLink} to={`/activities/${activity.id}`} underline="hover" sx={{ flexGrow: 1 }}>
                {activity.name}
              </Link>
              <StatusChip
                label={duty.mustRecord ? t('checksUi:art30_5.mustRecord') : t('checksUi:art30_5.mayOmit')}
                tone={duty.mustRecord ? 'info' : 'neutral'}
              />
            </Stack>
            <Typography variant="body2">{t(`checks:${duty.messageKey}`, duty.params)}</Typography>
            {duty.triggerMessageKeys.length > 0 && (
              <Box component="ul" sx={{ my: 0.5, pl: 3 }}>
                {duty.triggerMessageKeys.map((key) => (
                  <Typography component="li" variant="body2" key={key}>
                    {t(`checks:${key}`, duty.params)}
                  </Typography>
                ))}
              </Box>
            )}
          </Box>
        ))}
      </Box>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
        {t('checks:art30_5.position-paper')}
      </Typography>
    </SectionCard>
  );
};
