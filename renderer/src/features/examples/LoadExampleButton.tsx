import LibraryBooksIcon from '@mui/icons-material/LibraryBooks';
import Button from '@mui/material/Button';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

// The examples hold five whole records: load them with the dialog, not with the first screen.
const ExamplesDialog = lazy(() => import('./ExamplesDialog').then((m) => ({ default: m.ExamplesDialog })));

/** "Load an example workspace": opens the dialog of the five examples. */
export const LoadExampleButton = () => {
  const { t } = useTranslation('examples');
  const [open, setOpen] = useState(false);
  // Mounted from the first click on, so the dialog keeps its closing animation.
  const [wanted, setWanted] = useState(false);
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<LibraryBooksIcon />}
        onClick={() => {
          setWanted(true);
          setOpen(true);
        }}
      >
        {t('open')}
      </Button>
      {wanted && (
        <Suspense fallback={null}>
          <ExamplesDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
};
