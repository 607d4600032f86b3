import LocalLibraryIcon from '@mui/icons-material/LocalLibrary';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import type { Processor } from '../../domain';
import { useUiDates } from '../../i18n/dates';

/** "Library, checked on <date>": where a processor's facts came from and how old they are. */
export const LibraryOrigin = ({ processor }: { processor: Processor }) => {
  const { t } = useTranslation('library');
  const fmt = useUiDates();
  if (processor.library === null) return null;
  const { id } = processor.library;
  const checkedOn = fmt.date(processor.library.checkedOn);
  return (
    <Tooltip title={t('origin.tooltip', { id, date: checkedOn })}>
      <Chip
        size="small"
        icon={<LocalLibraryIcon />}
        label={t('origin.chip', { date: checkedOn })}
        data-testid="library-origin"
      />
    </Tooltip>
  );
};
