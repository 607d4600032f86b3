import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { startTransition, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useNotify } from '../../components';
import { ChoiceField } from '../../components/form';
import { ExportDialogFrame, FormatAndLanguage, useExportDialog } from './export-run';
import { activityStatusSchema, type ActivityStatus } from '../../domain/activity';
import type { Finding } from '../../domain/checks';
import type { Language } from '../../domain/common';
import type { PolicySetting, RegisterSetting } from '../../domain/document-setting';
import type { Organisation } from '../../domain/organisation';
import { defaultXlsxLayout, XLSX_LAYOUTS, type RegisterKind, type XlsxLayout } from '../../export/register';
import {
  POLICY_FORMATS,
  REGISTER_FORMATS,
  type ExportFormat,
  type StoredExportRequest,
} from '../../export/worker/protocol';
import { ExportLetterheadNote } from '../letterhead/ExportLetterheadNote';
import { departmentOptions, exportFileName, findingLink } from './export-plan';
import { useSpareExportWorker } from './use-spare-export-worker';
import { ConflictError } from '../../data/repositories';
import { documentsRepo } from './queries';
import { readCurrentActivityDepartments } from '../../data/repositories/workspace';
import { errorMessage, isOneOf, localToday } from '../../domain';
import { languageOrEnglish } from '../../domain/languages';
import { TRANSLATION_RULE_ID } from '../../domain/checks/translation-rules';
import { fallbackMark, publishedLanguages } from '../../domain/workspace-in';

export type ExportTarget = { kind: 'register'; setting?: RegisterSetting } | { kind: 'policy'; policy: PolicySetting };

export interface ExportDialogProps {
  target: ExportTarget;
  organisation: Organisation;
  onClose(): void;
  /** Skip the options and export at once (one-click re-export of saved register settings). */
  autoStart?: boolean;
}

/** A disabled field's hint says why it is unavailable: readable (4.5:1), not greyed out with it. */
const READABLE_WHEN_DISABLED = { sx: { '&.Mui-disabled': { color: 'text.secondary' } } };

/** Gaps listed in the dialog; a larger record's full list is on the Checks screen. */
const GAPS_LISTED = 50;

/**
 * Export of an Art. 30 register or a privacy policy: options, then the checks (gaps are listed with
 * links to the fields, and the DPO may export anyway), then the build with a determinate progress
 * bar and Cancel, then the platform's Save. Reading the record, the checks and the build all run in
 * the export worker: however large the record, the window stays responsive.
 */
export const ExportDialog = ({ target, organisation, onClose, autoStart = false }: ExportDialogProps) => {
  const { t, i18n } = useTranslation(['documents', 'translations']);
  const { t: tb } = useTranslation('bilingual');
  const { t: ts } = useTranslation('statements');
  const notify = useNotify();
  const titleId = useId();
  const dialog = useExportDialog({ t, keys: 'export.', onClose });
  const [activityDepartments, setActivityDepartments] = useState<{ kind: RegisterKind; department: string }[]>([]);
  const setting = target.kind === 'register' ? target.setting : undefined;

  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [language, setLanguage] = useState<Language>(
    target.kind === 'policy' ? target.policy.language : (setting?.language ?? languageOrEnglish(i18n.language)),
  );
  const [register, setRegister] = useState<RegisterKind>(
    setting?.register ?? (organisation.role === 'processor' ? 'processor' : 'controller'),
  );
  const [version, setVersion] = useState(setting?.version ?? '1.0');
  const [departments, setDepartments] = useState<string[]>(setting?.departments ?? []);
  // The statuses the register holds, one chip each: retired activities only when their chip is on.
  const [chosenStatuses, setChosenStatuses] = useState<ActivityStatus[]>(
    activityStatusSchema.options.filter((s) => s !== 'retired' || setting?.includeRetired === true),
  );
  const includeRetired = chosenStatuses.includes('retired');
  // Every chip on is no status filter at all (the cover then says "all activities").
  const statuses = useMemo(
    () => (chosenStatuses.length === activityStatusSchema.options.length ? [] : chosenStatuses),
    [chosenStatuses],
  );
  const noStatus = target.kind === 'register' && chosenStatuses.length === 0;
  // Null until the user picks one: the template of the export language's authority meanwhile.
  const [chosenLayout, setChosenLayout] = useState<XlsxLayout | null>(null);
  const xlsxLayout = chosenLayout ?? defaultXlsxLayout(language);
  // A bilingual document (two columns) when the organisation publishes in more than one language.
  const [chosenSecond, setSecondLanguage] = useState<Language | null>(null);
  const secondChoices = publishedLanguages(organisation).filter((l) => l !== language);
  const offersBilingual = publishedLanguages(organisation).length > 1;
  const pagedFormat = format === 'pdf' || format === 'docx';
  const secondLanguage =
    pagedFormat && chosenSecond !== null && secondChoices.includes(chosenSecond) ? chosenSecond : undefined;
  const [settingTitle, setSettingTitle] = useState(setting?.title ?? '');
  const [settingRevision, setSettingRevision] = useState(setting?.revision);

  // The gaps of the last check, listed until the DPO goes back to the options or exports anyway.
  const [gaps, setGaps] = useState<Finding[] | undefined>();

  const formats = target.kind === 'register' ? REGISTER_FORMATS : POLICY_FORMATS;
  const departmentChoices = useMemo(
    () => departmentOptions(activityDepartments, register),
    [activityDepartments, register],
  );
  const registerTitle = t(`registerTitle.${register}`, { lng: language });
  const documentTitle = target.kind === 'register' ? registerTitle : target.policy.title;

  // The department filter's choices, read in slices so a large record never blocks the dialog.
  useEffect(() => {
    if (target.kind !== 'register') return;
    let current = true;
    readCurrentActivityDepartments(organisation.id).then(
      (found) => current && setActivityDepartments(found),
      () => current && setActivityDepartments([]),
    );
    return () => {
      current = false;
    };
  }, [organisation.id, target.kind]);

  const request = useMemo(
    (): StoredExportRequest =>
      target.kind === 'register'
        ? {
            kind: 'register',
            organisationId: organisation.id,
            options: {
              format: isOneOf(REGISTER_FORMATS, format) ? format : 'pdf',
              register,
              language,
              version,
              generatedOn: localToday(),
              includeRetired,
              departments,
              statuses,
              ...(format === 'xlsx' ? { xlsxLayout } : {}),
              ...(secondLanguage ? { secondLanguage } : {}),
            },
          }
        : {
            kind: 'policy',
            organisationId: organisation.id,
            options: {
              format: isOneOf(POLICY_FORMATS, format) ? format : 'pdf',
              policyId: target.policy.id,
              language,
              today: localToday(),
              ...(secondLanguage ? { secondLanguage } : {}),
            },
          },
    [
      target,
      organisation.id,
      format,
      register,
      language,
      version,
      includeRetired,
      departments,
      statuses,
      xlsxLayout,
      secondLanguage,
    ],
  );

  // The export's worker starts (and, for a large register PDF, its part workers warm up) while the
  // DPO chooses the options or reads the gaps, not after the click.
  const takeWorker = useSpareExportWorker(dialog.stage === 'idle', request);

  /**
   * Reads the stored record (in the worker), runs the checks and either lists the gaps (unless the
   * DPO chose to export anyway) or builds the document and offers to save it.
   */
  const { exportDocument } = dialog;
  const start = useCallback(
    async (exportAnyway: boolean) => {
      setGaps(undefined);
      const name = () =>
        exportFileName({ organisation: organisation.name, document: documentTitle, date: localToday(), format });
      const found = await exportDocument(
        request,
        { format, name },
        { stopAtGaps: !exportAnyway, startWorker: takeWorker },
      );
      // Up to GAPS_LISTED list items: laid out in slices, so the window keeps answering meanwhile.
      if (found) startTransition(() => setGaps(found));
    },
    [exportDocument, request, organisation.name, documentTitle, format, takeWorker],
  );

  const autoStarted = useRef(false);
  useEffect(() => {
    if (autoStart && !autoStarted.current) {
      autoStarted.current = true;
      void start(false);
    }
  }, [autoStart, start]);

  const saveSettings = async () => {
    const title = settingTitle.trim() || registerTitle;
    const content = { kind: 'register' as const, title, register, language, version, includeRetired, departments };
    try {
      if (setting) {
        // Against the revision the dialog was opened at (then the one it saved): never over a change made elsewhere.
        const saved = await documentsRepo().update(setting.id, content, settingRevision ?? setting.revision);
        setSettingRevision(saved.revision);
      } else await documentsRepo().create(content, organisation.id);
      notify({ severity: 'success', message: t('export.settingsSaved', { name: title }) });
    } catch (err) {
      const message =
        err instanceof ConflictError
          ? t('integrity:settingsConflict')
          : t('export.settingsNotSaved', { reason: errorMessage(err) });
      notify({ severity: 'error', message });
    }
  };

  return (
    <ExportDialogFrame
      dialog={dialog}
      title={
        target.kind === 'register' ? t('export.registerTitle') : t('export.policyTitle', { title: target.policy.title })
      }
      documentName={documentTitle}
      maxWidth="sm"
      onExport={() => void start(false)}
      exportDisabled={noStatus}
      gaps={
        gaps && {
          list: (
            <Stack spacing={1.5}>
              <Alert severity="warning" icon={<WarningAmberIcon />}>
                {t('export.gapsIntro', { count: gaps.length })}
              </Alert>
              {gaps.some((f) => f.ruleId === TRANSLATION_RULE_ID) && (
                <Alert severity="info">
                  {t('translations:exportMarked', { mark: fallbackMark(organisation.defaultLanguage) })}
                </Alert>
              )}
              <List dense aria-label={t('export.gapsLabel')} sx={{ maxHeight: 340, overflow: 'auto' }}>
                {gaps.slice(0, GAPS_LISTED).map((f, i) => (
                  <ListItem key={i} divider alignItems="flex-start" sx={{ px: 0 }}>
                    <ListItemText
                      primary={
                        <Stack direction="row" sx={{ gap: 1, alignItems: 'baseline' }}>
                          <Chip
                            size="small"
                            label={f.article}
                            color={f.severity === 'error' ? 'error' : 'warning'}
                            variant="outlined"
                          />
                          <Link component={RouterLink} to={findingLink(f)} onClick={onClose} underline="hover">
                            {f.target.label}
                          </Link>
                        </Stack>
                      }
                      secondary={t(`checks:${f.messageKey}`, f.params)}
                      slotProps={{ secondary: { sx: { mt: 0.5 } } }}
                    />
                  </ListItem>
                ))}
              </List>
              {gaps.length > GAPS_LISTED && (
                <Typography variant="body2" color="text.secondary">
                  {t('export.gapsMore', { shown: GAPS_LISTED, count: gaps.length })}{' '}
                  <Link component={RouterLink} to="/checks" onClick={onClose} underline="hover">
                    {t('export.gapsAll')}
                  </Link>
                </Typography>
              )}
            </Stack>
          ),
          actions: (
            <>
              <Button onClick={() => setGaps(undefined)}>{t('export.back')}</Button>
              <Button variant="contained" color="warning" onClick={() => void start(true)}>
                {t('export.exportAnyway')}
              </Button>
            </>
          ),
        }
      }
    >
      {target.kind === 'register' && (
        <Box>
          <Typography variant="subtitle2" id={`${titleId}-register`} sx={{ mb: 1 }}>
            {t('export.register')}
          </Typography>
          <ToggleButtonGroup
            exclusive
            size="small"
            color="primary"
            value={register}
            aria-labelledby={`${titleId}-register`}
            onChange={(_e, v: RegisterKind | null) => {
              if (v) {
                setRegister(v);
                setDepartments([]);
              }
            }}
          >
            <ToggleButton value="controller">{t('export.controller')}</ToggleButton>
            <ToggleButton value="processor">{t('export.processor')}</ToggleButton>
          </ToggleButtonGroup>
        </Box>
      )}
      <FormatAndLanguage
        t={t}
        labels={{ format: t('export.format'), language: t('export.language') }}
        formats={formats}
        format={format}
        onFormat={setFormat}
        language={language}
        onLanguage={setLanguage}
      >
        {target.kind === 'register' && (
          <TextField
            label={t('export.version')}
            value={version}
            onChange={(e) => setVersion(e.target.value)}
            sx={{ width: 110 }}
          />
        )}
      </FormatAndLanguage>
      {offersBilingual && (
        <TextField
          select
          label={tb('secondLanguage')}
          value={secondLanguage ?? ''}
          onChange={(e) => setSecondLanguage(secondChoices.find((l) => l === e.target.value) ?? null)}
          disabled={!pagedFormat}
          slotProps={{
            select: { displayEmpty: true },
            inputLabel: { shrink: true },
            formHelperText: READABLE_WHEN_DISABLED,
          }}
          helperText={
            !pagedFormat
              ? tb('formats')
              : secondLanguage
                ? tb('hint', {
                    first: t(`language.${language}`),
                    second: t(`language.${secondLanguage}`),
                  })
                : tb('hintNone')
          }
        >
          <MenuItem value="">{tb('none')}</MenuItem>
          {secondChoices.map((l) => (
            <MenuItem key={l} value={l}>
              {t(`language.${l}`)}
            </MenuItem>
          ))}
        </TextField>
      )}
      <ExportLetterheadNote organisationId={organisation.id} format={format} />
      {target.kind === 'register' && format === 'xlsx' && (
        <ChoiceField
          label={ts('export.xlsxLayout')}
          value={xlsxLayout}
          choices={XLSX_LAYOUTS}
          choiceLabel={(l) => ts(`export.xlsxLayouts.${l}`)}
          onChoose={setChosenLayout}
          helperText={ts('export.xlsxLayoutHint')}
        />
      )}
      {target.kind === 'register' && format === 'xlsx' && register === 'processor' && (
        <Alert severity="info">{t('export.xlsxControllerOnly')}</Alert>
      )}
      {target.kind === 'policy' && language !== target.policy.language && (
        <Alert severity="info">{t('export.otherLanguage')}</Alert>
      )}
      {target.kind === 'register' && (
        <>
          <TextField
            select
            label={t('export.departments')}
            value={departments}
            onChange={(e) => {
              // A multiple select gives the chosen values as an array (typed as a string).
              const v: unknown = e.target.value;
              setDepartments(typeof v === 'string' ? v.split(',') : Array.isArray(v) ? v.map(String) : []);
            }}
            slotProps={{
              select: {
                multiple: true,
                renderValue: () => (departments.length === 0 ? t('export.allDepartments') : departments.join(', ')),
                displayEmpty: true,
              },
              inputLabel: { shrink: true },
              formHelperText: READABLE_WHEN_DISABLED,
            }}
            helperText={departmentChoices.length === 0 ? t('export.noDepartments') : undefined}
            disabled={departmentChoices.length === 0}
          >
            {departmentChoices.map((d) => (
              <MenuItem key={d} value={d}>
                <Checkbox size="small" checked={departments.includes(d)} sx={{ p: 0, mr: 1 }} />
                {d}
              </MenuItem>
            ))}
          </TextField>
          <Box>
            <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
              {t('export.statuses')}
            </Typography>
            <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
              {activityStatusSchema.options.map((s) => (
                <Chip
                  key={s}
                  label={t(`status.${s}`)}
                  color={chosenStatuses.includes(s) ? 'primary' : 'default'}
                  variant={chosenStatuses.includes(s) ? 'filled' : 'outlined'}
                  aria-pressed={chosenStatuses.includes(s)}
                  onClick={() =>
                    setChosenStatuses((cur) =>
                      cur.includes(s)
                        ? cur.filter((x) => x !== s)
                        : activityStatusSchema.options.filter((x) => x === s || cur.includes(x)),
                    )
                  }
                />
              ))}
              <Typography
                variant="caption"
                color={noStatus ? 'error' : 'text.secondary'}
                role={noStatus ? 'alert' : undefined}
              >
                {noStatus ? t('export.noStatus') : t('export.statusesHint')}
              </Typography>
            </Stack>
          </Box>
          <Stack direction="row" sx={{ gap: 1, alignItems: 'flex-start' }}>
            <TextField
              size="small"
              label={t('export.settingTitle')}
              placeholder={registerTitle}
              value={settingTitle}
              onChange={(e) => setSettingTitle(e.target.value)}
              sx={{ flex: 1 }}
              helperText={t('export.settingHint')}
            />
            <Button onClick={() => void saveSettings()} sx={{ mt: 0.5 }}>
              {setting ? t('export.updateSettings') : t('export.saveSettings')}
            </Button>
          </Stack>
        </>
      )}
    </ExportDialogFrame>
  );
};
