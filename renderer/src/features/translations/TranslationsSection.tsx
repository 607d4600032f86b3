import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { repositories } from '../../data/repositories';
import { saveTranslation } from '../../data/repositories/translations';
import { useLiveWorkspace } from '../checks/queries';
import { languageSchema, type Language } from '../../domain/common';
import type { Workspace } from '../../domain/workspace';
import { publishedLanguages, translationLanguages } from '../../domain/workspace-in';
import { PageHeader } from '../../components';
import { useNotify } from '../../components/notifications';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { rowsOf, type TranslationRow } from './rows';
import { errorMessage } from '../../domain/values';

/** Rows shown at once: a large record lists thousands of fields; the filter narrows them. */
const ROWS_SHOWN = 150;

const inputId = (row: TranslationRow, lang: Language): string => `tr-${row.id}-${row.path.replace(/\./g, '-')}-${lang}`;

/** The Translations screen: every printed free-text field, its default text and one input per document language. */
export const TranslationsSection = () => {
  const { t } = useTranslation(['translations', 'common']);
  const { current } = useCurrentOrganisation();
  const ws = useLiveWorkspace(current?.id);
  const [params] = useSearchParams();
  const wantedRecord = params.get('record') ?? undefined;
  const wantedField = params.get('field') ?? undefined;
  const [missingOnly, setMissingOnly] = useState(false);
  const [shown, setShown] = useState(ROWS_SHOWN);

  const languages = current ? translationLanguages(current) : [];
  const rows = useMemo(() => (ws ? rowsOf(ws) : []), [ws]);
  const visible = rows.filter(
    (r) =>
      (wantedRecord === undefined || r.id === wantedRecord) &&
      (!missingOnly || languages.some((l) => r.translations[l] === undefined)),
  );
  const missingCount = rows.reduce((n, r) => n + languages.filter((l) => r.translations[l] === undefined).length, 0);

  if (!current || ws === undefined) return null;
  return (
    <Box>
      <PageHeader title={t('title')} subtitle={t('subtitle', { language: t(`language.${current.defaultLanguage}`) })} />
      <DocumentLanguages ws={ws} />
      {languages.length === 0 ? (
        <Alert severity="info" sx={{ mt: 2 }}>
          {t('noOtherLanguage', { language: t(`language.${current.defaultLanguage}`) })}
        </Alert>
      ) : (
        <>
          <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap', my: 2 }}>
            <FormControlLabel
              control={<Switch checked={missingOnly} onChange={(e) => setMissingOnly(e.target.checked)} />}
              label={t('missingOnly')}
            />
            <Chip
              color={missingCount === 0 ? 'success' : 'warning'}
              variant="outlined"
              label={missingCount === 0 ? t('complete') : t('missingCount', { count: missingCount })}
            />
            {wantedRecord !== undefined && (
              <Button component={RouterLink} to="/translations" size="small">
                {t('showAll')}
              </Button>
            )}
          </Stack>
          {visible.length === 0 && <Alert severity="success">{t('nothingMissing')}</Alert>}
          <Stack component="ul" sx={{ listStyle: 'none', p: 0, m: 0, gap: 1.5 }} aria-label={t('listLabel')}>
            {visible.slice(0, shown).map((row) => (
              <TranslationRowView
                key={`${row.id}|${row.path}`}
                row={row}
                languages={languages}
                defaultLanguage={current.defaultLanguage}
                focus={row.id === wantedRecord && row.path === wantedField}
              />
            ))}
          </Stack>
          {visible.length > shown && (
            <Button sx={{ mt: 2 }} onClick={() => setShown((n) => n + ROWS_SHOWN)}>
              {t('showMore', { shown, count: visible.length })}
            </Button>
          )}
        </>
      )}
    </Box>
  );
};

/** Which languages the organisation publishes its documents in, besides the one its record is written in. */
const DocumentLanguages = ({ ws }: { ws: Workspace | null }) => {
  const { t } = useTranslation('translations');
  const notify = useNotify();
  const org = ws?.organisation;
  if (!org) return null;
  const published = publishedLanguages(org);
  const change = async (next: Language[]) => {
    const { id, createdAt: _c, updatedAt: _u, revision, deletedAt: _d, ...content } = org;
    try {
      await repositories().organisations.update(
        id,
        {
          ...content,
          documentLanguages: publishedLanguages({ defaultLanguage: org.defaultLanguage, documentLanguages: next }),
        },
        revision,
      );
    } catch (e) {
      notify({ severity: 'error', message: errorMessage(e) });
    }
  };
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="subtitle2" component="h2" id="document-languages">
        {t('documentLanguages')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('documentLanguagesHint')}
      </Typography>
      <ToggleButtonGroup
        aria-labelledby="document-languages"
        size="small"
        value={published}
        onChange={(_e, next: Language[]) => void change(next)}
      >
        {languageSchema.options.map((l) => (
          <ToggleButton key={l} value={l} disabled={l === org.defaultLanguage} aria-label={t(`language.${l}`)}>
            {t(`language.${l}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </Paper>
  );
};

const TranslationRowView = ({
  row,
  languages,
  defaultLanguage,
  focus,
}: {
  row: TranslationRow;
  languages: Language[];
  defaultLanguage: Language;
  focus: boolean;
}) => {
  const { t } = useTranslation('translations');
  const notify = useNotify();
  const first = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    if (focus && first.current) {
      first.current.focus();
      first.current.scrollIntoView({ block: 'center' });
    }
  }, [focus]);
  const save = async (lang: Language, value: string) => {
    if (value.trim() === (row.translations[lang] ?? '')) return;
    try {
      await saveTranslation(repositories(), row.table, row.id, lang, row.path, value, row.revision);
    } catch (e) {
      notify({ severity: 'error', message: errorMessage(e) });
    }
  };
  return (
    <Paper component="li" variant="outlined" sx={{ p: 1.5 }} data-translation-row={`${row.id}|${row.path}`}>
      <Typography variant="caption" color="text.secondary" component="div">
        {t(`table.${row.table}`)} · {row.label} · {row.fieldLabel}
      </Typography>
      <Typography variant="body2" sx={{ my: 0.5, whiteSpace: 'pre-wrap' }} lang={defaultLanguage}>
        <Box component="span" sx={{ fontWeight: 600, mr: 1 }}>
          {defaultLanguage.toUpperCase()}
        </Box>
        {row.text}
      </Typography>
      <Stack sx={{ gap: 1 }}>
        {languages.map((lang, i) => {
          const missing = row.translations[lang] === undefined;
          return (
            <TextField
              key={`${lang}|${row.revision}`}
              id={inputId(row, lang)}
              label={missing ? t('missingIn', { language: lang.toUpperCase() }) : lang.toUpperCase()}
              defaultValue={row.translations[lang] ?? ''}
              size="small"
              fullWidth
              multiline={row.max > 300}
              color={missing ? 'warning' : 'primary'}
              helperText={missing ? t('missingHint', { language: lang.toUpperCase() }) : undefined}
              inputRef={i === 0 ? first : undefined}
              onBlur={(e) => void save(lang, e.target.value)}
              slotProps={{ htmlInput: { maxLength: row.max, lang } }}
            />
          );
        })}
      </Stack>
    </Paper>
  );
};
