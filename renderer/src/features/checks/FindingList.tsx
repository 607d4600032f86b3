import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { moveFocusAmong } from '../../components';
import { findingKey, type Finding } from '../../domain/checks';
import { citeArticle, languageOrEnglish } from '../../domain/languages';
import type { FindingGroup } from './checks-model';
import { findingHref } from './finding-links';
import { SeverityIcon } from './FindingsBadge';

/** Up and Down move between the "Fix it" links of the list (Home/End to the first and last). */
export const moveBetweenFixLinks = moveFocusAmong('[data-fix-link]');

/** One finding: severity, article, the plain message, the record it is about and the way to fix it. */
export const FindingRow = ({ finding, showRecord }: { finding: Finding; showRecord: boolean }) => {
  const { t, i18n } = useTranslation(['checksUi', 'checks']);
  const { target } = finding;
  const ruleTitle = t(`checks:titles.${finding.ruleId}`);
  const record = `${t(`checksUi:table.${target.table}`)} · ${target.label}`;
  return (
    <Box
      component="li"
      data-finding={finding.ruleId}
      sx={{
        display: 'flex',
        gap: 1.5,
        py: 1.25,
        px: 1.5,
        borderTop: 1,
        borderColor: 'divider',
        alignItems: 'flex-start',
        '&:first-of-type': { borderTop: 0 },
      }}
    >
      <Box sx={{ pt: 0.25 }}>
        <SeverityIcon severity={finding.severity} />
      </Box>
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>
        <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 0.5 }}>
          <Typography variant="subtitle2" component="span">
            {ruleTitle}
          </Typography>
          <Chip
            size="small"
            variant="outlined"
            color={finding.severity}
            label={t(`checks:severity.${finding.severity}`)}
          />
          <Chip
            size="small"
            variant="outlined"
            label={citeArticle(finding.article, languageOrEnglish(i18n.language))}
            data-article
          />
        </Stack>
        <Typography variant="body2">{t(`checks:${finding.messageKey}`, finding.params)}</Typography>
        {showRecord && (
          <Typography variant="caption" color="text.secondary">
            {record}
          </Typography>
        )}
      </Box>
      <Button
        component={RouterLink}
        to={findingHref(target, finding.ruleId)}
        size="small"
        endIcon={<ArrowForwardIcon />}
        aria-label={t('checksUi:findings.fixLabel', { rule: ruleTitle, record: target.label })}
        sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}
        data-fix-link
      >
        {t('checksUi:findings.fix')}
      </Button>
    </Box>
  );
};

/** Findings in groups (by severity or by record), each group a titled list. */
export const FindingGroups = ({ groups }: { groups: readonly FindingGroup[] }) => {
  const { t } = useTranslation(['checksUi', 'checks']);
  return (
    <Stack sx={{ gap: 2 }} onKeyDown={moveBetweenFixLinks}>
      {groups.map((g) => {
        const title = g.severity
          ? t(`checks:severity.${g.severity}`)
          : `${t(`checksUi:table.${g.record?.table ?? 'activities'}`)} · ${g.record?.label ?? ''}`;
        const headingId = `checks-group-${g.key}`;
        return (
          <Box
            key={g.key}
            component="section"
            aria-labelledby={headingId}
            sx={{ border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}
          >
            <Stack
              direction="row"
              sx={{ alignItems: 'center', gap: 1, px: 1.5, py: 1, borderBottom: 1, borderColor: 'divider' }}
            >
              {g.severity && <SeverityIcon severity={g.severity} />}
              <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontWeight: 500, flexGrow: 1 }}>
                {title}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t('checksUi:findings.group', { count: g.findings.length })}
              </Typography>
            </Stack>
            <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
              {g.findings.map((f) => (
                <FindingRow key={findingKey(f)} finding={f} showRecord={g.severity !== undefined} />
              ))}
            </Box>
          </Box>
        );
      })}
    </Stack>
  );
};
