import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { appLetterheadsOf } from '../../data/letterhead/store';

/**
 * Says in the export dialog which letterhead the document goes out on: the organisation's own, the
 * one for every organisation, or none. The export worker reads the same record when it builds.
 */
export const ExportLetterheadNote = ({ organisationId, format }: { organisationId: string; format: string }) => {
  const { t } = useTranslation('house-style');
  const letterheads = useLiveQuery(() => appLetterheadsOf(organisationId), [organisationId]);
  if (!letterheads) return null;
  const { inUse } = letterheads;
  const applies = format === 'docx' || format === 'pdf';
  if (!applies && !inUse) return null;
  return (
    <Typography variant="body2" color="text.secondary">
      {!applies
        ? t('export.notUsed')
        : inUse
          ? t('export.on', {
              name: inUse.style.name,
              place: t(inUse.organisationId === null ? 'export.placeAll' : 'export.placeOwn'),
            })
          : t('export.none')}
    </Typography>
  );
};
