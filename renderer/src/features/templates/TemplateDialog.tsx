import SearchIcon from '@mui/icons-material/Search';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import InputAdornment from '@mui/material/InputAdornment';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { repositories } from '../../data/repositories';
import {
  activityTemplates,
  searchTemplates,
  templateText,
  type Activity,
  type ActivityTemplate,
  type Language,
  type Organisation,
} from '../../domain';
import { TemplatePreview } from './TemplatePreview';
import { TemplateSummary } from './TemplateSummary';
import { applyToActivity, createFromTemplate, type TemplateOutcome } from './template-actions';
import { LANGUAGES } from '../../domain/languages';
import { errorMessage } from '../../domain/values';

export type TemplateDialogMode = { kind: 'create' } | { kind: 'apply'; activity: Activity };

const MAX_QUERY = 200;

/**
 * Pick a template (search in English or French by name, sector or tag), preview it in the
 * document language, then create a draft or complete an existing activity; the last step lists
 * exactly what was added and what is left for the DPO.
 */
export const TemplateDialog = ({
  open,
  onClose,
  organisation,
  mode,
}: {
  open: boolean;
  onClose(): void;
  organisation: Organisation;
  mode: TemplateDialogMode;
}) => {
  const { t } = useTranslation('templates');
  const navigate = useNavigate();
  const language: Language = organisation.defaultLanguage;
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [name, setName] = useState('');
  const [clientName, setClientName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [outcome, setOutcome] = useState<{ template: ActivityTemplate; result: TemplateOutcome } | undefined>();
  const measures = useLiveQuery(() => repositories().securityMeasures.list(organisation.id), [organisation.id]) ?? [];

  const candidates = useMemo(
    () => activityTemplates().filter((x) => mode.kind === 'create' || x.kind === mode.activity.kind),
    [mode],
  );
  const results = useMemo(
    () =>
      searchTemplates(candidates, deferredQuery, (x) => [
        ...LANGUAGES.flatMap((lng) => x.sectors.map((s) => t(`sector.${s}`, { lng }))),
        ...LANGUAGES.map((lng) => t(`family.${x.family}`, { lng })),
      ]),
    [candidates, deferredQuery, t],
  );
  const selected = candidates.find((x) => x.id === selectedId);

  const select = (x: ActivityTemplate) => {
    setSelectedId(x.id);
    setError('');
    // The name follows the template until the DPO types one of their own.
    if (name === '' || candidates.some((c) => templateText(c.title, language) === name))
      setName(templateText(x.title, language));
  };

  const close = () => {
    setOutcome(undefined);
    setError('');
    onClose();
  };

  const canSubmit =
    selected !== undefined &&
    !busy &&
    (mode.kind === 'apply' || (name.trim() !== '' && (selected.kind !== 'processor' || clientName.trim() !== '')));

  const submit = async () => {
    if (!selected || !canSubmit) return;
    setBusy(true);
    setError('');
    try {
      const result =
        mode.kind === 'create'
          ? await createFromTemplate(selected, organisation, { name: name.trim(), clientName: clientName.trim() })
          : await applyToActivity(selected, organisation, mode.activity);
      setOutcome({ template: selected, result });
    } catch (e) {
      setError(t('dialog.failed', { reason: errorMessage(e) }));
    } finally {
      setBusy(false);
    }
  };

  const title = mode.kind === 'create' ? t('dialog.createTitle') : t('dialog.applyTitle', { name: mode.activity.name });

  if (outcome)
    return (
      <Dialog open={open} onClose={close} maxWidth="md" fullWidth aria-labelledby="template-summary-title">
        <TemplateSummary
          titleId="template-summary-title"
          template={outcome.template}
          outcome={outcome.result}
          language={language}
          created={mode.kind === 'create'}
        />
        <DialogActions>
          <Button
            variant="contained"
            onClick={() => {
              close();
              if (mode.kind === 'create') void navigate(`/activities/${outcome.result.activity.id}`);
            }}
          >
            {mode.kind === 'create' ? t('summary.open') : t('summary.close')}
          </Button>
        </DialogActions>
      </Dialog>
    );

  return (
    <Dialog open={open} onClose={close} maxWidth="lg" fullWidth aria-labelledby="template-dialog-title">
      <DialogTitle id="template-dialog-title">{title}</DialogTitle>
      <DialogContent dividers>
        <Stack direction="row" sx={{ gap: 3, alignItems: 'flex-start', minHeight: '60vh' }}>
          <Box sx={{ width: 340, flexShrink: 0 }}>
            <TextField
              type="search"
              autoFocus
              fullWidth
              label={t('dialog.search')}
              value={query}
              onChange={(e) => setQuery(e.target.value.slice(0, MAX_QUERY))}
              slotProps={{
                input: {
                  startAdornment: (
                    <InputAdornment position="start">
                      <SearchIcon fontSize="small" />
                    </InputAdornment>
                  ),
                },
              }}
            />
            <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }} aria-live="polite">
              {t('dialog.count', { count: results.length })}
            </Typography>
            {results.length === 0 ? (
              <Alert severity="info" sx={{ mt: 1 }}>
                {t('dialog.none', { query })}
              </Alert>
            ) : (
              <List dense aria-label={t('dialog.results')} sx={{ maxHeight: '55vh', overflow: 'auto' }}>
                {results.map((x) => (
                  // Each button in its list item: a list holds only items (a screen reader counts them).
                  <ListItem key={x.id} disablePadding>
                    <ListItemButton selected={x.id === selectedId} onClick={() => select(x)}>
                      <ListItemText
                        primary={x.title[language]}
                        secondary={[t(`family.${x.family}`), ...x.sectors.map((s) => t(`sector.${s}`))].join(' · ')}
                      />
                    </ListItemButton>
                  </ListItem>
                ))}
              </List>
            )}
          </Box>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
              {t('dialog.language', { language: t(`languages.${language}`) })}
            </Typography>
            {mode.kind === 'apply' && (
              <Alert severity="info" sx={{ mb: 2 }}>
                {t('dialog.applyNote')}
              </Alert>
            )}
            {selected ? (
              <TemplatePreview template={selected} language={language} measures={measures} />
            ) : (
              <Typography color="text.secondary">{t('dialog.pick')}</Typography>
            )}
          </Box>
        </Stack>
      </DialogContent>
      {error && (
        <Alert severity="error" sx={{ mx: 3, mt: 1 }}>
          {error}
        </Alert>
      )}
      <DialogActions sx={{ gap: 1, px: 3 }}>
        {mode.kind === 'create' && selected && (
          <>
            <TextField
              size="small"
              label={t('dialog.name')}
              required
              value={name}
              onChange={(e) => setName(e.target.value.slice(0, 300))}
              sx={{ flex: 1 }}
            />
            {selected.kind === 'processor' && (
              <TextField
                size="small"
                label={t('dialog.client')}
                required
                value={clientName}
                onChange={(e) => setClientName(e.target.value.slice(0, 300))}
                sx={{ flex: 1 }}
              />
            )}
          </>
        )}
        <Button onClick={close}>{t('dialog.cancel')}</Button>
        <Button variant="contained" disabled={!canSubmit} onClick={() => void submit()}>
          {busy ? t('dialog.working') : mode.kind === 'create' ? t('dialog.create') : t('dialog.apply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
