import ErrorIcon from '@mui/icons-material/Error';
import InfoIcon from '@mui/icons-material/Info';
import WarningIcon from '@mui/icons-material/Warning';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { worstSeverity, type Finding, type Severity } from '../../domain/checks';

const SEVERITY_ICON: Record<Severity, typeof ErrorIcon> = { error: ErrorIcon, warning: WarningIcon, info: InfoIcon };

/**
 * A severity's icon in its colour: each severity is named like its MUI palette colour; the icon and
 * the text say it too (colour is never the only cue).
 */
export const SeverityIcon = ({
  severity,
  fontSize = 'small',
  onColour = false,
}: {
  severity: Severity;
  fontSize?: 'small' | 'inherit';
  /** On a background of the severity's colour, the icon takes the text colour. */
  onColour?: boolean;
}) => {
  const Icon = SEVERITY_ICON[severity];
  return <Icon fontSize={fontSize} color={onColour ? 'inherit' : severity} />;
};

/** How many messages the tooltip lists before "…and n more". */
const TOOLTIP_MESSAGES = 3;

/**
 * Count of a record's findings in the colour of the worst one; the tooltip lists the first messages.
 * Nothing is shown for a record without findings, so a clean list stays quiet.
 */
export const FindingsBadge = ({ findings }: { findings: readonly Finding[] }) => {
  const { t } = useTranslation(['checksUi', 'checks']);
  const worst = worstSeverity(findings);
  if (worst === null) return null;
  const label = t('checksUi:badge.label', { count: findings.length, severity: t(`checks:severity.${worst}`) });
  const rest = findings.length - TOOLTIP_MESSAGES;
  const tooltip = (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {findings.slice(0, TOOLTIP_MESSAGES).map((f, i) => (
        <Typography component="li" variant="body2" key={i} sx={{ mb: 0.5 }}>
          {t(`checks:${f.messageKey}`, f.params)}
        </Typography>
      ))}
      {rest > 0 && (
        <Typography component="li" variant="body2" sx={{ listStyle: 'none' }}>
          {t('checksUi:badge.more', { count: rest })}
        </Typography>
      )}
    </Box>
  );
  return (
    <Tooltip title={tooltip} placement="right" arrow describeChild>
      <Chip
        size="small"
        color={worst}
        icon={<SeverityIcon severity={worst} fontSize="inherit" onColour />}
        label={findings.length}
        aria-label={label}
        role="img"
        tabIndex={0}
        data-severity={worst}
        sx={{ fontWeight: 600, '& .MuiChip-icon': { color: 'inherit' } }}
      />
    </Tooltip>
  );
};
