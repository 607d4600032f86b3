import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton, { type ListItemButtonProps } from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { useUiLanguage } from '../../session/use-ui-language';
import { PageHeader } from '../../components/PageHeader';
import { ChoiceField, onChoice } from '../../components/form/choice';
import { useNotify } from '../../components/notifications';
import { createDraftRegister } from '../../data/library-install';
import { activityTemplateById, activityTemplates, templateText } from '../../domain/activity-template';
import {
  guidedRoleSchema,
  guidedSectorSchema,
  headcountBandSchema,
  proposeStarterRegister,
  type GuidedProfile,
  type ProposalReason,
} from '../../domain/guided-start';
import { PROCESSOR_LIBRARY, libraryDrafts, libraryEntryById, searchLibrary } from '../../domain/processor-library';
import { useLibraryWording } from '../library/wording';
import { useOrganisation } from '../organisations/queries';
import { joined } from '../shared/catalogue-cards';
import { errorMessage } from '../../domain/values';

const useReasonText = () => {
  const { t } = useTranslation(['guided-start', 'library']);
  return (r: ProposalReason): string => {
    switch (r.key) {
      case 'sector':
        return t('reason.sector', { sectorLabel: t(`sector.${r.params.sector}`) });
      case 'tools':
        return t('reason.tools', { tools: r.params.tools });
      case 'toolChosen':
        return t('reason.toolChosen', { categoryLabel: t(`library:category.${r.params.category}`) });
      default:
        return t(`reason.${r.key}`);
    }
  };
};

interface CheckLineProps extends Pick<ListItemButtonProps, 'disabled'> {
  checked: boolean;
  onToggle(): void;
  primary: ReactNode;
  secondary: ReactNode;
}

/** A line that ticks and unticks as a whole: it is the checkbox (the box inside only shows it). */
const CheckLine = ({ checked, onToggle, primary, secondary, ...button }: CheckLineProps) => (
  <ListItemButton {...button} onClick={onToggle} role="checkbox" aria-checked={checked}>
    <ListItemIcon>
      <Checkbox edge="start" checked={checked} tabIndex={-1} disableRipple />
    </ListItemIcon>
    <ListItemText primary={primary} secondary={secondary} />
  </ListItemButton>
);

/** /organisations/:id/guided-start — profile, tools, then the proposed starter register. */
export const GuidedStartPage = () => {
  const { t } = useTranslation('guided-start');
  const { id } = useParams();
  const organisation = useOrganisation(id);
  const lang = useUiLanguage();
  const navigate = useNavigate();
  const notify = useNotify();
  const { setCurrentId } = useCurrentOrganisation();
  const reasonText = useReasonText();
  const wording = useLibraryWording(organisation?.defaultLanguage ?? lang);
  const [step, setStep] = useState(0);
  const [profile, setProfile] = useState<GuidedProfile>({
    sector: 'other',
    headcount: '1_9',
    role: 'controller',
    toolIds: [],
    clientName: '',
  });
  const [toolQuery, setToolQuery] = useState('');
  // What the DPO unticked or ticked against the proposal, by template id / entry id.
  const [overrides, setOverrides] = useState<Record<string, boolean>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const templates = useMemo(() => activityTemplates(), []);
  const proposal = useMemo(
    () => proposeStarterRegister(profile, templates, PROCESSOR_LIBRARY.entries),
    [profile, templates],
  );
  const tools = useMemo(() => searchLibrary(toolQuery, lang, (c) => t(`library:category.${c}`)), [toolQuery, lang, t]);
  if (organisation === undefined) return null;
  if (organisation === null) return <Alert severity="warning">{t('organisations:notFound')}</Alert>;

  const isTicked = (key: string, proposed: boolean): boolean => overrides[key] ?? proposed;
  const toggle = (key: string, proposed: boolean) => setOverrides((o) => ({ ...o, [key]: !isTicked(key, proposed) }));
  const chosenActivities = proposal.activities.filter((a) => a.available && isTicked(`a:${a.templateId}`, a.ticked));
  const chosenProcessors = proposal.processors.filter((p) => isTicked(`p:${p.entryId}`, p.ticked));
  const count = chosenActivities.length + chosenProcessors.length;
  const toggleTool = (entryId: string) =>
    setProfile((p) => ({
      ...p,
      toolIds: p.toolIds.includes(entryId) ? p.toolIds.filter((x) => x !== entryId) : [...p.toolIds, entryId],
    }));

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const docLang = organisation.defaultLanguage;
      const processors = chosenProcessors.flatMap((p) => {
        const e = libraryEntryById(p.entryId);
        return e ? [libraryDrafts(e, wording)] : [];
      });
      const chosenEntries = new Set(chosenProcessors.map((p) => p.entryId));
      const fromTemplates = chosenActivities.flatMap((a) => {
        const template = activityTemplateById(a.templateId);
        if (!template) return [];
        return [
          {
            template,
            name: templateText(template.title, docLang),
            clientName: profile.clientName,
            processorEntryIds: a.processorEntryIds.filter((e) => chosenEntries.has(e)),
          },
        ];
      });
      const out = await createDraftRegister(organisation.id, { processors, fromTemplates, language: docLang });
      setCurrentId(organisation.id);
      notify({
        severity: 'success',
        message: t('proposal.created', { activities: out.activities.length, processors: out.processors.length }),
      });
      void navigate('/activities');
    } catch (e) {
      setError(t('proposal.failed', { message: errorMessage(e) }));
      setBusy(false);
    }
  };

  const steps = ['profile', 'tools', 'proposal'] as const;
  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        breadcrumbs={[
          { label: t('organisations:list.title'), to: '/organisations' },
          { label: organisation.name, to: `/organisations/${organisation.id}` },
        ]}
      />
      <Stepper activeStep={step} sx={{ mb: 3 }}>
        {steps.map((s) => (
          <Step key={s}>
            <StepLabel>{t(`steps.${s}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <Paper variant="outlined" sx={{ p: 3 }}>
        {step === 0 && (
          <Stack spacing={3} sx={{ maxWidth: 640 }}>
            <ChoiceField
              label={t('sector.label')}
              value={profile.sector}
              choices={guidedSectorSchema.options}
              choiceLabel={(s) => t(`sector.${s}`)}
              onChoose={(sector) => setProfile((p) => ({ ...p, sector }))}
            />
            <ChoiceField
              label={t('headcount.label')}
              value={profile.headcount}
              choices={headcountBandSchema.options}
              choiceLabel={(h) => t(`headcount.${h}`)}
              onChoose={(headcount) => setProfile((p) => ({ ...p, headcount }))}
            />
            <Box>
              <Typography variant="subtitle2" id="role-label">
                {t('role.label')}
              </Typography>
              <RadioGroup
                aria-labelledby="role-label"
                value={profile.role}
                onChange={onChoice(guidedRoleSchema.options, (role) => setProfile((p) => ({ ...p, role })))}
              >
                {guidedRoleSchema.options.map((r) => (
                  <FormControlLabel key={r} value={r} control={<Radio />} label={t(`role.${r}`)} />
                ))}
              </RadioGroup>
            </Box>
            {profile.role !== 'controller' && (
              <TextField
                label={t('clientName')}
                value={profile.clientName}
                onChange={(e) => setProfile((p) => ({ ...p, clientName: e.target.value.slice(0, 300) }))}
              />
            )}
          </Stack>
        )}
        {step === 1 && (
          <Stack spacing={2}>
            <Typography>{t('tools.intro')}</Typography>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <TextField
                type="search"
                label={t('tools.search')}
                value={toolQuery}
                onChange={(e) => setToolQuery(e.target.value.slice(0, 200))}
                sx={{ width: 320 }}
              />
              <Typography>{t('tools.chosen', { count: profile.toolIds.length })}</Typography>
            </Stack>
            <List dense sx={{ columns: { md: 2, lg: 3 } }} aria-label={t('steps.tools')}>
              {tools.map((e) => (
                <ListItem key={e.id} disablePadding sx={{ breakInside: 'avoid' }}>
                  <CheckLine
                    checked={profile.toolIds.includes(e.id)}
                    onToggle={() => toggleTool(e.id)}
                    primary={e.name}
                    secondary={t(`library:category.${e.category}`)}
                  />
                </ListItem>
              ))}
            </List>
          </Stack>
        )}
        {step === 2 && (
          <Stack spacing={3}>
            <Box>
              <Typography variant="h6">{t('proposal.activities', { count: chosenActivities.length })}</Typography>
              <List dense aria-label={t('proposal.activities', { count: chosenActivities.length })}>
                {proposal.activities.map((a) => {
                  const template = activityTemplateById(a.templateId);
                  if (!template) return null;
                  const key = `a:${a.templateId}`;
                  const uses = a.processorEntryIds.flatMap((e) => libraryEntryById(e)?.name ?? []);
                  return (
                    <ListItem key={key} disablePadding>
                      <CheckLine
                        disabled={!a.available}
                        checked={a.available && isTicked(key, a.ticked)}
                        onToggle={() => toggle(key, a.ticked)}
                        primary={template.title[lang]}
                        secondary={joined([
                          reasonText(a.reason),
                          uses.length ? t('proposal.uses', { tools: uses.join(', ') }) : '',
                        ])}
                      />
                    </ListItem>
                  );
                })}
              </List>
            </Box>
            <Box>
              <Typography variant="h6">{t('proposal.processors', { count: chosenProcessors.length })}</Typography>
              {proposal.processors.length === 0 && <Typography>{t('proposal.noTools')}</Typography>}
              <List dense aria-label={t('proposal.processors', { count: chosenProcessors.length })}>
                {proposal.processors.map((p) => {
                  const e = libraryEntryById(p.entryId);
                  if (!e) return null;
                  const key = `p:${p.entryId}`;
                  return (
                    <ListItem key={key} disablePadding>
                      <CheckLine
                        checked={isTicked(key, p.ticked)}
                        onToggle={() => toggle(key, p.ticked)}
                        primary={e.name}
                        secondary={reasonText(p.reason)}
                      />
                    </ListItem>
                  );
                })}
              </List>
            </Box>
            {error && <Alert severity="error">{error}</Alert>}
          </Stack>
        )}
      </Paper>
      <Stack direction="row" spacing={1} sx={{ mt: 2, justifyContent: 'flex-end' }}>
        <Button component={RouterLink} to={`/organisations/${organisation.id}`}>
          {t('cancel')}
        </Button>
        {step > 0 && <Button onClick={() => setStep(step - 1)}>{t('back')}</Button>}
        {step < 2 ? (
          <Button variant="contained" onClick={() => setStep(step + 1)}>
            {t('next')}
          </Button>
        ) : (
          <Button variant="contained" disabled={busy || count === 0} onClick={() => void create()}>
            {t('proposal.create', { count })}
          </Button>
        )}
      </Stack>
    </>
  );
};
