import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { TitledDialog, useNotify } from '../../components';
import { EXAMPLE_SLUGS, installExample, UnknownExampleError } from '../../data/examples';
import { errorMessage } from '../../domain/values';

/**
 * The five example workspaces. "Load" adds one as a new organisation (fresh ids, so loading it
 * twice gives two independent copies), makes it current and opens its activities.
 */
export const ExamplesDialog = ({ open, onClose }: { open: boolean; onClose(): void }) => {
  const { t } = useTranslation('examples');
  const navigate = useNavigate();
  const notify = useNotify();
  const { setCurrentId } = useCurrentOrganisation();
  const [loading, setLoading] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();

  const close = () => {
    // A load under way finishes on its own; closing only hides the dialog once it has.
    if (loading) return;
    setError(undefined);
    onClose();
  };

  const load = async (slug: string) => {
    setLoading(slug);
    setError(undefined);
    try {
      const installed = await installExample(slug, { copyName: (name, copy) => t('copyName', { name, copy }) });
      setCurrentId(installed.organisationId);
      setLoading(undefined);
      onClose();
      // Notice first: the navigation unmounts the screen that opened this dialog.
      notify({ severity: 'success', message: t('loaded', { name: installed.name }) });
      await navigate('/activities');
    } catch (e) {
      setLoading(undefined);
      setError(
        e instanceof UnknownExampleError
          ? t('errors.unknown', { slug })
          : t('errors.failed', { message: errorMessage(e) }),
      );
    }
  };

  return (
    <TitledDialog
      open={open}
      onClose={close}
      maxWidth="md"
      title={t('dialog.title')}
      actions={
        <Button onClick={close} disabled={loading !== undefined}>
          {t('dialog.close')}
        </Button>
      }
    >
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {t('dialog.intro')}
      </Typography>
      {error && (
        <Alert severity="error" sx={{ my: 1 }}>
          <AlertTitle>{t('errors.title')}</AlertTitle>
          {error}
        </Alert>
      )}
      <List aria-label={t('dialog.title')}>
        {EXAMPLE_SLUGS.map((slug) => {
          const title = t(`items.${slug}.title`);
          return (
            <ListItem
              key={slug}
              divider
              secondaryAction={
                <Button
                  variant="outlined"
                  aria-label={t('dialog.loadLabel', { title })}
                  disabled={loading !== undefined}
                  startIcon={
                    loading === slug ? <CircularProgress size={16} aria-label={t('dialog.loading')} /> : undefined
                  }
                  onClick={() => void load(slug)}
                >
                  {t('dialog.load')}
                </Button>
              }
              sx={{ pr: 14 }}
            >
              <ListItemText primary={title} secondary={t(`items.${slug}.description`)} />
            </ListItem>
          );
        })}
      </List>
    </TitledDialog>
  );
};
