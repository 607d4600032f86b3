import LocalLibraryIcon from '@mui/icons-material/LocalLibrary';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { useUiLanguage } from '../../session/use-ui-language';
import { TitledDialog, useLiveList, useNotify } from '../../components';
import { createDraftRegister } from '../../data/library-install';
import type { Language } from '../../domain';
import {
  LIBRARY_FACT_NAMES,
  PROCESSOR_LIBRARY,
  libraryDrafts,
  libraryText,
  processorFromLibrary,
  searchLibrary,
  type LibraryDrafts,
  type LibraryEntry,
  type LibraryFactName,
} from '../../domain/processor-library';
import { countryName } from '../../domain/reference';
import { processorSortKey, processorsRepo } from '../processors/queries';
import { webLink } from '../shared/catalogue-cards';
import { useLibraryWording } from './wording';
import { useUiDates } from '../../i18n/dates';
import { errorMessage } from '../../domain/values';

const FactValue = ({ entry, fact, lang }: { entry: LibraryEntry; fact: LibraryFactName; lang: Language }) => {
  const { t } = useTranslation('library');
  const f = entry[fact];
  if (f.status === 'unverified' || f.value === null) return <>{libraryText(f.note, lang)}</>;
  switch (fact) {
    case 'country':
      return <>{countryName(entry.country.value ?? '', lang)}</>;
    case 'processingLocations':
      return <>{(entry.processingLocations.value ?? []).map((c) => countryName(c, lang)).join(', ')}</>;
    case 'transferCoverage':
      return <>{(entry.transferCoverage.value ?? []).map((c) => t(`coverage.${c}`)).join(', ')}</>;
    case 'dpaUrl':
    case 'subProcessorsUrl':
      return webLink(entry[fact].value ?? '');
    default:
      return <>{entry.legalEntity.value}</>;
  }
};

/** What adding a provider creates besides it (its sub-processors, its transfers), one line each. */
const DraftList = ({ title, none, lines }: { title: string; none: string; lines: { key: string; text: string }[] }) => (
  <Box>
    <Typography variant="subtitle2">{title}</Typography>
    {lines.length === 0 ? (
      <Typography variant="body2">{none}</Typography>
    ) : (
      <ul>
        {lines.map((l) => (
          <li key={l.key}>
            <Typography variant="body2">{l.text}</Typography>
          </li>
        ))}
      </ul>
    )}
  </Box>
);

/** What the library knows of a provider and what adding it will create. */
export const LibraryPreview = ({ entry, drafts }: { entry: LibraryEntry; drafts: LibraryDrafts }) => {
  const { t } = useTranslation('library');
  const fmt = useUiDates();
  const lang = useUiLanguage();
  return (
    <Stack spacing={1.5} data-testid="library-preview">
      <Box>
        <Typography variant="h6">{entry.name}</Typography>
        <Typography color="text.secondary">{libraryText(entry.service, lang)}</Typography>
        <Typography variant="body2">{t('preview.checkedOn', { date: fmt.date(entry.checkedOn) })}</Typography>
      </Box>
      {entry.notes && <Alert severity="info">{libraryText(entry.notes, lang)}</Alert>}
      {LIBRARY_FACT_NAMES.map((k) => {
        const f = entry[k];
        return (
          <Box key={k}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography variant="subtitle2">{t(`facts.${k}`)}</Typography>
              <Chip
                size="small"
                color={f.status === 'verified' ? 'success' : 'warning'}
                label={t(`preview.${f.status}`)}
              />
              {f.source !== '' && (
                <Link href={f.source} target="_blank" rel="noreferrer" variant="body2">
                  {t('preview.source')}
                </Link>
              )}
            </Stack>
            <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
              <FactValue entry={entry} fact={k} lang={lang} />
            </Typography>
          </Box>
        );
      })}
      <DraftList
        title={t('preview.subProcessors')}
        none={t('preview.noSubProcessors')}
        lines={drafts.subProcessors.map((s) => ({ key: s.name, text: `${s.name} — ${s.service}` }))}
      />
      <DraftList
        title={t('preview.transfers')}
        none={t('preview.noTransfers')}
        lines={drafts.transfers.map((tr) => ({
          key: `${tr.recipientName}-${tr.country ?? ''}`,
          text: t('preview.transferLine', {
            recipient: tr.recipientName,
            country: countryName(tr.country ?? '', lang),
            mechanism: t(`mechanism.${tr.mechanism}`),
          }),
        }))}
      />
    </Stack>
  );
};

export const AddFromLibraryButton = () => {
  const { t } = useTranslation('library');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="outlined" startIcon={<LocalLibraryIcon />} onClick={() => setOpen(true)}>
        {t('add')}
      </Button>
      {open && <AddFromLibraryDialog onClose={() => setOpen(false)} />}
    </>
  );
};

/** Search the library, preview an entry, then create the processor with its sub-processors and transfers. */
export const AddFromLibraryDialog = ({ onClose }: { onClose(): void }) => {
  const { t } = useTranslation('library');
  const { t: tx } = useTranslation('library-existing');
  const fmt = useUiDates();
  const lang = useUiLanguage();
  const { current } = useCurrentOrganisation();
  const notify = useNotify();
  const navigate = useNavigate();
  const wording = useLibraryWording(current?.defaultLanguage ?? lang);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<LibraryEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const matches = useMemo(() => searchLibrary(query, lang, (c) => t(`category.${c}`)), [query, lang, t]);
  const drafts = useMemo(() => (chosen ? libraryDrafts(chosen, wording) : null), [chosen, wording]);
  const processors = useLiveList(processorsRepo(), current?.id, processorSortKey);
  // Adding the same provider twice would list it twice in the register: say so and offer to open it.
  const existing = chosen && processors ? processorFromLibrary(processors, chosen) : undefined;

  const open = (id: string) => {
    onClose();
    void navigate(`/processors/${id}`);
  };

  const add = async () => {
    if (!current || !chosen || !drafts) return;
    setBusy(true);
    setError(null);
    try {
      const out = await createDraftRegister(current.id, { processors: [drafts] });
      const already = out.existing[0];
      if (already) {
        notify({ severity: 'info', message: tx('alreadyNotice', { name: chosen.name }) });
        open(already.id);
        return;
      }
      const created = out.processors[0];
      notify({
        severity: 'success',
        message: t('dialog.created', {
          name: chosen.name,
          subs: out.subProcessors.length,
          transfers: out.transfers.length,
          date: fmt.date(chosen.checkedOn),
        }),
      });
      onClose();
      if (created) void navigate(`/processors/${created.id}`);
    } catch (e) {
      setError(t('dialog.failed', { message: errorMessage(e) }));
      setBusy(false);
    }
  };

  return (
    <TitledDialog
      open
      onClose={onClose}
      maxWidth="lg"
      title={t('dialog.title')}
      actions={
        <>
          <Button onClick={onClose}>{t('dialog.cancel')}</Button>
          {chosen && existing ? (
            <Button variant="contained" onClick={() => open(existing.id)}>
              {tx('open', { name: existing.name })}
            </Button>
          ) : (
            <Button variant="contained" disabled={!chosen || busy || !current} onClick={() => void add()}>
              {chosen ? t('dialog.create', { name: chosen.name }) : t('add')}
            </Button>
          )}
        </>
      }
    >
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('dialog.intro', { count: PROCESSOR_LIBRARY.entries.length, date: fmt.date(PROCESSOR_LIBRARY.checkedOn) })}
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <Box sx={{ width: { md: 320 }, flexShrink: 0 }}>
          <TextField
            type="search"
            label={t('dialog.search')}
            value={query}
            onChange={(e) => setQuery(e.target.value.slice(0, 200))}
            autoFocus
            fullWidth
          />
          <List dense sx={{ maxHeight: 420, overflow: 'auto' }} aria-label={t('dialog.title')}>
            {matches.map((e) => (
              <ListItem key={e.id} disablePadding>
                <ListItemButton selected={chosen?.id === e.id} onClick={() => setChosen(e)}>
                  <ListItemText primary={e.name} secondary={t(`category.${e.category}`)} />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
          {matches.length === 0 && <Typography>{t('dialog.noMatch', { query })}</Typography>}
        </Box>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          {chosen && existing && (
            <Alert severity="warning" sx={{ mb: 2 }} data-testid="library-already-there">
              {tx('already', { name: chosen.name, existing: existing.name })}
              {existing.library && ` ${tx('fromLibrary', { date: fmt.date(existing.library.checkedOn) })}`}
            </Alert>
          )}
          {chosen && drafts ? (
            <LibraryPreview entry={chosen} drafts={drafts} />
          ) : (
            <Typography color="text.secondary">{t('dialog.choose')}</Typography>
          )}
        </Box>
      </Stack>
      {error && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {error}
        </Alert>
      )}
    </TitledDialog>
  );
};
