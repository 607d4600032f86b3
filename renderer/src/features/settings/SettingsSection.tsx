import BackupIcon from '@mui/icons-material/Backup';
import FileUploadIcon from '@mui/icons-material/FileUpload';
import RestorePageIcon from '@mui/icons-material/RestorePage';
import TableViewIcon from '@mui/icons-material/TableView';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentOrganisation } from '../../session/current-organisation';
import type { ThemePreference } from '../../session/theme';
import { useThemePreference } from '../../session/theme-preference';
import { PageHeader } from '../../components/PageHeader';
import { setUiLanguage, SUPPORTED_LANGUAGES, type UiLanguage } from '../../i18n';
import { getPlatform, type OpenedFile } from '../../platform';
import { AutoBackupsCard } from './AutoBackupsCard';
import { BackupFolderCard } from './BackupFolderCard';
import { BackupDialog, type BackupTarget } from './BackupDialog';
import { ImportDialog } from './ImportDialog';
import { RestoreDialog } from './RestoreDialog';
import { SettingsCard } from './SettingsCard';
import { useAppInfo } from './use-app-info';
import { WorkspacesCard } from './WorkspacesCard';
import { LANGUAGE_STYLE, languageOrEnglish } from '../../domain/languages';
import { LetterheadCard } from '../letterhead/LetterheadCard';
import { ChoiceField, onChoice } from '../../components/form/choice';
import { errorMessage } from '../../domain/values';

const THEMES: readonly ThemePreference[] = ['system', 'light', 'dark'];

const PreferencesCard = () => {
  const { t, i18n } = useTranslation('settings');
  const [theme, setTheme] = useThemePreference();
  const language: UiLanguage = languageOrEnglish(i18n.language);
  return (
    <SettingsCard title={t('preferences.title')}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mt: 2, maxWidth: 560 }}>
        <TextField
          select
          label={t('preferences.language')}
          value={language}
          onChange={onChoice(SUPPORTED_LANGUAGES, (l) => void setUiLanguage(l))}
        >
          {SUPPORTED_LANGUAGES.map((l) => (
            <MenuItem key={l} value={l} lang={l}>
              {LANGUAGE_STYLE[l].nativeName}
            </MenuItem>
          ))}
        </TextField>
        <ChoiceField
          label={t('preferences.theme')}
          value={theme}
          choices={THEMES}
          choiceLabel={(th) => t(`preferences.themes.${th}`)}
          onChoose={setTheme}
        />
      </Stack>
    </SettingsCard>
  );
};

/** Opens a file through the platform; a refused file (too big, wrong type) becomes a message. */
const useFilePicker = (accept: string[]) => {
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const pick = async () => {
    setRefusal(null);
    try {
      const opened = await getPlatform().openFile({ accept });
      if (opened) setFile(opened);
    } catch (e) {
      setRefusal(errorMessage(e));
    }
  };
  return { file, refusal, pick, clear: () => setFile(null) };
};

const BackupsCard = () => {
  const { t } = useTranslation('settings');
  const { current } = useCurrentOrganisation();
  const [target, setTarget] = useState<BackupTarget | null>(null);
  const restore = useFilePicker(['.json']);
  return (
    <SettingsCard title={t('backups.title')} description={t('backups.description')}>
      <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1.5 }}>
        <Button
          variant="contained"
          startIcon={<BackupIcon />}
          disabled={!current}
          onClick={() => current && setTarget({ kind: 'organisation', organisationId: current.id, name: current.name })}
        >
          {t('backups.organisation')}
        </Button>
        <Button variant="outlined" startIcon={<BackupIcon />} onClick={() => setTarget({ kind: 'all' })}>
          {t('backups.everything')}
        </Button>
        <Button variant="outlined" startIcon={<RestorePageIcon />} onClick={() => void restore.pick()}>
          {t('backups.restore')}
        </Button>
      </Stack>
      {current && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
          {t('backups.currentIs', { name: current.name })}
        </Typography>
      )}
      {restore.refusal && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {restore.refusal}
        </Alert>
      )}
      <BackupDialog target={target} onClose={() => setTarget(null)} />
      <RestoreDialog file={restore.file} onClose={restore.clear} />
    </SettingsCard>
  );
};

const ImportCard = () => {
  const { t } = useTranslation('settings');
  const { current } = useCurrentOrganisation();
  const sheet = useFilePicker(['.ods', '.xlsx', '.csv']);
  return (
    <SettingsCard title={t('import.cardTitle')} description={t('import.cardDescription')}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
        <Button
          variant="outlined"
          startIcon={<TableViewIcon />}
          endIcon={<FileUploadIcon />}
          disabled={!current}
          onClick={() => void sheet.pick()}
        >
          {t('import.choose')}
        </Button>
        {!current && <Typography color="text.secondary">{t('import.needsOrganisation')}</Typography>}
      </Stack>
      {sheet.refusal && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {sheet.refusal}
        </Alert>
      )}
      <ImportDialog file={sheet.file} organisation={current} onClose={sheet.clear} />
    </SettingsCard>
  );
};

export const SettingsSection = () => {
  const { t } = useTranslation('settings');
  const info = useAppInfo();
  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={info ? t('subtitle', { version: info.version, edition: t(`edition.${info.edition}`) }) : undefined}
      />
      <Stack spacing={2.5} sx={{ maxWidth: 1040 }}>
        <BackupsCard />
        <AutoBackupsCard />
        <BackupFolderCard />
        <WorkspacesCard />
        <ImportCard />
        <LetterheadCard />
        <PreferencesCard />
      </Stack>
    </>
  );
};
