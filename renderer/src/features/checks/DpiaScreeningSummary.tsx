import Alert, { type AlertColor } from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../session/use-ui-language';
import type { ControllerActivityContent } from '../../domain';
import { screenDpia, type DpiaScreeningResult } from '../../domain/checks';
import { citeArticle } from '../../domain/languages';

type C = ControllerActivityContent;

const TONE: Record<DpiaScreeningResult, AlertColor> = {
  required: 'error',
  likely_required: 'warning',
  decision_needed: 'info',
  not_required: 'success',
};

/**
 * The live Art. 35 screening of the boxes ticked in the activity editor: the suggested result and
 * the reasons for it (Art. 35(3) cases, the CNIL's Art. 35(4) list, WP248 criteria). Must be rendered
 * inside the editor's react-hook-form FormProvider; it follows the form, not the stored record.
 */
export const DpiaScreeningSummary = () => {
  const { t } = useTranslation('checksUi');
  const lang = useUiLanguage();
  const art35_3 = useWatch<C, 'dpia.art35_3'>({ name: 'dpia.art35_3' });
  const wp248 = useWatch<C, 'dpia.wp248'>({ name: 'dpia.wp248' });
  const cnilList = useWatch<C, 'dpia.cnilList'>({ name: 'dpia.cnilList' });
  const estimate = useWatch<C, 'estimatedDataSubjects'>({ name: 'estimatedDataSubjects' });
  const screening = useMemo(
    () => screenDpia({ art35_3: art35_3 ?? [], wp248: wp248 ?? [], cnilList: cnilList ?? [] }, estimate ?? null),
    [art35_3, wp248, cnilList, estimate],
  );
  return (
    <Alert severity={TONE[screening.result]} role="status" aria-live="polite" data-dpia-suggestion={screening.result}>
      <Typography variant="overline" component="p" sx={{ lineHeight: 1.5 }}>
        {t('dpia.title')}
      </Typography>
      <AlertTitle>{t(`dpia.result.${screening.result}`)}</AlertTitle>
      <Typography variant="body2">{t(`dpia.explain.${screening.result}`)}</Typography>
      {screening.reasons.length > 0 && (
        <>
          <Typography variant="body2" sx={{ mt: 1, fontWeight: 500 }}>
            {t('dpia.reasons')}
          </Typography>
          <Box component="ul" sx={{ my: 0, pl: 3 }}>
            {screening.reasons.map((r) => (
              <Typography component="li" variant="body2" key={`${r.source}-${r.code}`}>
                {r.label[lang]} ({t(`dpia.source.${r.source}`)}, {citeArticle(r.article, lang)})
                {r.inferredFrom && ` — ${t('data-subjects:inferred')}`}
              </Typography>
            ))}
          </Box>
        </>
      )}
    </Alert>
  );
};
