import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import FontDownloadIcon from '@mui/icons-material/FontDownloadOutlined';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/notifications';
import {
  appLetterheadsOf,
  putAppLetterheadBack,
  removeAppLetterhead,
  saveAppLetterhead,
  setAppLetterheadFont,
  type LetterheadPlace,
} from '../../data/letterhead/store';
import {
  LETTERHEAD_FONT_MAX_BYTES,
  type HouseStyle,
  type LetterheadFont,
  type LetterheadRecord,
} from '../../domain/letterhead';
import { useUiDates } from '../../i18n/dates';
import { getPlatform } from '../../platform';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { readLetterheadFontInWorker, readLetterheadInWorker } from '../../workers';
import { SettingsCard } from '../settings/SettingsCard';
import { SettingsDialog } from '../settings/SettingsDialog';
import { LetterheadPreview } from './LetterheadPreview';
import { errorMessage } from '../../domain/values';

/** Word documents and templates; the macro-enabled kinds are let through so the reader can say why it refuses them. */
const ACCEPT = ['.docx', '.dotx', '.docm', '.dotm'];

interface Candidate {
  fileName: string;
  sizeBytes: number;
  style: HouseStyle;
}

/** TrueType fonts; OpenType and collections are let through so the check can say why it refuses them. */
const FONT_ACCEPT = ['.ttf', '.otf', '.ttc'];

/** A refusal as the card shows it: its title (letterhead or font), its message and what it names. */
interface Refusal {
  title: 'refusedTitle' | 'fontRefusedTitle';
  message: string;
  detail: string;
}

type FontPick = { ok: true; font: LetterheadFont } | { ok: false; refusal: Refusal } | null;

/**
 * Asks for a font file and has the file-reading worker check it (fontkit parses it there) against
 * the letterhead's current font: a regular face starts the font, a bold or italic face joins its
 * family. Null if cancelled.
 */
const pickFont = async (
  current: LetterheadFont | undefined,
  t: (key: string, options?: Record<string, string>) => string,
): Promise<FontPick> => {
  const refused = (message: string): FontPick => ({
    ok: false,
    refusal: { title: 'fontRefusedTitle', message, detail: '' },
  });
  try {
    // A little over the bound, so a larger file hears the check's own (translated) reason.
    const opened = await getPlatform().openFile({
      accept: FONT_ACCEPT,
      maxBytes: LETTERHEAD_FONT_MAX_BYTES + 1024 * 1024,
    });
    if (!opened) return null;
    const result = await readLetterheadFontInWorker(opened.bytes, opened.name, current);
    return result.ok ? result : refused(t(`fontRefused.${result.problem}`, { detail: result.detail }));
  } catch (e) {
    return refused(errorMessage(e));
  }
};

/** The refusal, with what it names and that nothing changed. */
const RefusalAlert = ({ refusal, onClose }: { refusal: Refusal; onClose(): void }) => {
  const { t } = useTranslation('house-style');
  return (
    <Alert severity="error" onClose={onClose}>
      {t(refusal.title)} {refusal.message}
      {refusal.detail && refusal.title === 'refusedTitle' && (
        <> {t('refused.detail', { detail: refusal.detail })}</>
      )}{' '}
      {t('refused.nothingChanged')}
    </Alert>
  );
};

/** The letterhead's font for PDFs: add or replace a face, or remove it. */
const FontButtons = ({
  font,
  onPick,
  onRemove,
  busy,
}: {
  font: LetterheadFont | undefined;
  onPick(): void;
  onRemove(): void;
  busy: boolean;
}) => {
  const { t } = useTranslation('house-style');
  return (
    <>
      <Button variant="outlined" startIcon={<FontDownloadIcon />} onClick={onPick} disabled={busy}>
        {t('font')}
      </Button>
      {font && (
        <Button color="error" onClick={onRemove} disabled={busy}>
          {t('removeFont')}
        </Button>
      )}
    </>
  );
};

/** One place's letterhead (every organisation, or the current one): its preview, or an Import button. */
const PlaceBlock = ({
  title,
  record,
  inUse,
  busy,
  onImport,
  onRemove,
  onPickFont,
  onRemoveFont,
}: {
  title: string;
  record: LetterheadRecord | undefined;
  inUse: boolean;
  busy: boolean;
  onImport(): void;
  onRemove(record: LetterheadRecord): void;
  onPickFont(record: LetterheadRecord): void;
  onRemoveFont(record: LetterheadRecord): void;
}) => {
  const { t } = useTranslation('house-style');
  const dates = useUiDates();
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ borderTop: 1, borderColor: 'divider', pt: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap', rowGap: 1 }}>
        <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontWeight: 500 }}>
          {title}
        </Typography>
        {record && inUse && <Chip size="small" color="primary" label={t('inUse')} />}
      </Stack>
      {record ? (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
            {t('importedFrom', { file: record.fileName, date: dates.date(record.importedAt) })}
          </Typography>
          <LetterheadPreview style={record.style} />
        </>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {t('noneHere')}
        </Typography>
      )}
      <Stack direction="row" spacing={1.5} sx={{ mt: 1.5, flexWrap: 'wrap', rowGap: 1 }}>
        <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={onImport} disabled={busy}>
          {record ? t('replace') : t('import')}
        </Button>
        {record && (
          <>
            <Button color="error" startIcon={<DeleteOutlineIcon />} onClick={() => onRemove(record)} disabled={busy}>
              {t('remove')}
            </Button>
            <FontButtons
              font={record.style.pdfFont}
              onPick={() => onPickFont(record)}
              onRemove={() => onRemoveFont(record)}
              busy={busy}
            />
          </>
        )}
      </Stack>
      {record && !record.style.pdfFont && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('fontHint')}
        </Typography>
      )}
    </Box>
  );
};

/**
 * The firm's letterhead (issue 19): imported from a .docx/.dotx, read in a worker, previewed before
 * it is kept, for every organisation or for the current one only. A refused file changes nothing
 * and says what is wrong; removing asks first and can be undone.
 */
export const LetterheadCard = () => {
  const { t } = useTranslation('house-style');
  const notify = useNotify();
  const { current } = useCurrentOrganisation();
  const letterheads = useLiveQuery(() => appLetterheadsOf(current?.id ?? null), [current?.id]);
  const [place, setPlace] = useState<LetterheadPlace>({ kind: 'all' });
  const [reading, setReading] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  /** A font refused while the preview dialog is open is said in the dialog. */
  const [dialogRefusal, setDialogRefusal] = useState<Refusal | null>(null);
  const [candidate, setCandidate] = useState<Candidate | null>(null);
  const [removing, setRemoving] = useState<LetterheadRecord | null>(null);
  // Every organisation's letterhead, then (with an organisation open) its own.
  const places = [
    {
      place: { kind: 'all' } as const,
      title: t('places.all'),
      record: letterheads?.all,
      inUse: current !== undefined && letterheads?.inUse !== undefined && letterheads.inUse === letterheads.all,
    },
    ...(current
      ? [
          {
            place: { kind: 'organisation', organisationId: current.id } as const,
            title: t('places.organisation', { name: current.name }),
            record: letterheads?.own,
            inUse: letterheads?.own !== undefined,
          },
        ]
      : []),
  ];

  /** A failure the card says with nothing changed: the file's reading or saving, a font's saving. */
  const refuse = (e: unknown, title: Refusal['title'] = 'refusedTitle') =>
    setRefusal({ title, message: errorMessage(e), detail: '' });

  const importFor = async (target: LetterheadPlace) => {
    setRefusal(null);
    setPlace(target);
    try {
      // The picker reads up to the platform's bound; the letterhead reader refuses past its own
      // 10 MB with a reason in the reader's language (the picker's refusal is English only).
      const opened = await getPlatform().openFile({ accept: ACCEPT });
      if (!opened) return;
      setReading(true);
      const result = await readLetterheadInWorker(opened.bytes, opened.name);
      if (result.ok) {
        setDialogRefusal(null);
        // A replaced letterhead keeps the font added to it (shown in the preview, where it can be removed).
        const replaced = target.kind === 'all' ? letterheads?.all : letterheads?.own;
        const pdfFont = replaced?.style.pdfFont;
        setCandidate({
          fileName: opened.name,
          sizeBytes: opened.bytes.byteLength,
          style: pdfFont ? { ...result.style, pdfFont } : result.style,
        });
      } else setRefusal({ title: 'refusedTitle', message: t(`refused.${result.problem}`), detail: result.detail });
    } catch (e) {
      refuse(e);
    } finally {
      setReading(false);
    }
  };

  const use = async () => {
    if (!candidate) return;
    const target: LetterheadPlace = place.kind === 'organisation' && current ? place : { kind: 'all' };
    try {
      await saveAppLetterhead({ place: target, ...candidate });
      setCandidate(null);
      notify({ severity: 'success', message: t('saved', { name: candidate.style.name }) });
    } catch (e) {
      setCandidate(null);
      refuse(e);
    }
  };

  /** The preview dialog's "Font for PDFs…": the font goes with the letterhead when it is used. */
  const pickCandidateFont = async () => {
    if (!candidate) return;
    setDialogRefusal(null);
    const picked = await pickFont(candidate.style.pdfFont, t);
    if (!picked) return;
    if (picked.ok) setCandidate({ ...candidate, style: { ...candidate.style, pdfFont: picked.font } });
    else setDialogRefusal(picked.refusal);
  };

  const removeCandidateFont = () => {
    if (!candidate) return;
    const { pdfFont: _removed, ...style } = candidate.style;
    setCandidate({ ...candidate, style });
  };

  /** A stored letterhead's font: added, or a face added or replaced. */
  const pickRecordFont = async (record: LetterheadRecord) => {
    setRefusal(null);
    const picked = await pickFont(record.style.pdfFont, t);
    if (!picked) return;
    if (!picked.ok) {
      setRefusal(picked.refusal);
      return;
    }
    try {
      await setAppLetterheadFont(record.id, picked.font);
      notify({ severity: 'success', message: t('fontSaved', { name: record.style.name, family: picked.font.family }) });
    } catch (e) {
      refuse(e, 'fontRefusedTitle');
    }
  };

  const removeRecordFont = async (record: LetterheadRecord) => {
    const previous = record.style.pdfFont;
    if (!previous) return;
    await setAppLetterheadFont(record.id, undefined);
    notify({
      message: t('fontRemoved', { name: record.style.name }),
      action: { label: t('undo'), run: () => setAppLetterheadFont(record.id, previous).then(() => undefined) },
    });
  };

  const remove = async () => {
    const record = removing;
    setRemoving(null);
    if (!record) return;
    const removed = await removeAppLetterhead(record.id);
    if (removed)
      notify({
        message: t('removed', { name: removed.style.name }),
        action: { label: t('undo'), run: () => putAppLetterheadBack(removed) },
      });
  };

  return (
    <SettingsCard title={t('title')} description={t('description')}>
      <Stack spacing={2}>
        {reading && (
          <Stack direction="row" spacing={1.5} role="status" sx={{ alignItems: 'center' }}>
            <CircularProgress size={20} aria-label={t('reading')} />
            <Typography variant="body2">{t('reading')}</Typography>
          </Stack>
        )}
        {refusal && <RefusalAlert refusal={refusal} onClose={() => setRefusal(null)} />}
        {places.map(({ place, title, record, inUse }) => (
          <PlaceBlock
            key={place.kind}
            title={title}
            record={record}
            inUse={inUse}
            busy={reading}
            onImport={() => void importFor(place)}
            onRemove={setRemoving}
            onPickFont={(record) => void pickRecordFont(record)}
            onRemoveFont={(record) => void removeRecordFont(record)}
          />
        ))}
      </Stack>

      <SettingsDialog
        maxWidth="md"
        open={candidate !== null}
        onClose={() => setCandidate(null)}
        title={t('previewTitle', { name: candidate?.style.name ?? '' })}
        actions={
          <>
            <Button onClick={() => setCandidate(null)}>{t('cancel')}</Button>
            <Button variant="contained" onClick={() => void use()}>
              {t('use')}
            </Button>
          </>
        }
      >
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('previewIntro')}
        </Typography>
        {candidate && <LetterheadPreview style={candidate.style} />}
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2, mb: 1 }}>
          {t('fontHint')}
        </Typography>
        {dialogRefusal && <RefusalAlert refusal={dialogRefusal} onClose={() => setDialogRefusal(null)} />}
        <Stack direction="row" spacing={1.5} sx={{ mt: 1 }}>
          <FontButtons
            font={candidate?.style.pdfFont}
            onPick={() => void pickCandidateFont()}
            onRemove={removeCandidateFont}
            busy={false}
          />
        </Stack>
        {current && (
          <RadioGroup
            aria-label={t('useFor')}
            value={place.kind}
            onChange={(e) => setPlace(places.find((p) => p.place.kind === e.target.value)?.place ?? { kind: 'all' })}
            sx={{ mt: 2 }}
          >
            {places.map((p) => (
              <FormControlLabel key={p.place.kind} value={p.place.kind} control={<Radio />} label={p.title} />
            ))}
          </RadioGroup>
        )}
      </SettingsDialog>

      <ConfirmDialog
        open={removing !== null}
        title={t('removeTitle', { name: removing?.style.name ?? '' })}
        confirmLabel={t('remove')}
        destructive
        onConfirm={() => void remove()}
        onClose={() => setRemoving(null)}
      >
        <Typography>{t(removing?.organisationId === null ? 'removeBodyAll' : 'removeBodyOwn')}</Typography>
      </ConfirmDialog>
    </SettingsCard>
  );
};
