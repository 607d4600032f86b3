import LocalLibraryIcon from '@mui/icons-material/LocalLibrary';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import type { Processor } from '../../domain';

/** "Library, checked on <date>": where a processor's facts came from and how old they are. */
export const LibraryOrigin = ({ processor }: { processor: Processor }) => {
  const { t } = useTranslation('library');
  if (processor.library === null) return null;
  const { id, checkedOn } = processor.library;
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
