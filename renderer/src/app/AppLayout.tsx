import BusinessIcon from '@mui/icons-material/Business';
import ShieldIcon from '@mui/icons-material/Shield';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import TuneIcon from '@mui/icons-material/Tune';
import CheckIcon from '@mui/icons-material/Check';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import Tooltip from '@mui/material/Tooltip';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Outlet, useLocation, useNavigate } from 'react-router';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { releaseUnsavedChanges, useHasUnsavedChanges } from '../components/form/unsaved-changes';
import { LoadExampleButton } from '../features/examples';
import { useCurrentOrganisation } from '../session/current-organisation';
import { SECTIONS } from './sections';
import { setUiLanguage, SUPPORTED_LANGUAGES } from '../i18n';
import type { ThemePreference } from '../session/theme';
import { useThemePreference } from '../session/theme-preference';
import { LANGUAGE_STYLE } from '../domain/languages';

const DRAWER_WIDTH = 232;

/**
 * The organisation being edited. Switching with unsaved changes in an editor asks first (no route
 * changes, so the form's own blocker would not see it); once agreed, the editor is left for the
 * list of its section, since the record it shows belongs to the other organisation.
 */
const OrganisationSwitcher = () => {
  const { t } = useTranslation();
  const { organisations, current, setCurrentId } = useCurrentOrganisation();
  const unsaved = useHasUnsavedChanges();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [pending, setPending] = useState<string | undefined>();
  if (!organisations || organisations.length === 0) return null;
  const switchTo = (id: string) => {
    if (unsaved) setPending(id);
    else setCurrentId(id);
  };
  return (
    <>
      <Select
        size="small"
        value={current?.id ?? ''}
        onChange={(e) => switchTo(e.target.value)}
        inputProps={{ 'aria-label': t('app.currentOrganisation') }}
        renderValue={(id) => (
          <Box component="span" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <BusinessIcon fontSize="small" sx={{ color: 'text.secondary' }} />
            {organisations.find((o) => o.id === id)?.shortName || organisations.find((o) => o.id === id)?.name}
          </Box>
        )}
        sx={{ minWidth: 240, bgcolor: 'background.paper', color: 'text.primary' }}
      >
        {organisations.map((o) => (
          <MenuItem key={o.id} value={o.id}>
            {o.name}
          </MenuItem>
        ))}
      </Select>
      <ConfirmDialog
        open={pending !== undefined}
        title={t('form.leaveTitle')}
        confirmLabel={t('form.leaveConfirm')}
        destructive
        onConfirm={() => {
          releaseUnsavedChanges();
          if (pending) setCurrentId(pending);
          setPending(undefined);
          void navigate(`/${pathname.split('/')[1] ?? ''}`);
        }}
        onClose={() => setPending(undefined)}
      >
        {t('form.leaveBody')}
      </ConfirmDialog>
    </>
  );
};

const THEME_CHOICES: { value: ThemePreference; labelKey: string }[] = [
  { value: 'system', labelKey: 'app.themeSystem' },
  { value: 'light', labelKey: 'app.themeLight' },
  { value: 'dark', labelKey: 'app.themeDark' },
];

/** Language and theme, in one menu of the app bar (arrow keys move, Enter chooses, Esc closes). */
const PreferencesMenu = () => {
  const { t, i18n } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [theme, setTheme] = useThemePreference();
  const close = () => setAnchor(null);
  return (
    <>
      <Tooltip title={t('app.menu')}>
        <IconButton
          color="inherit"
          aria-label={t('app.menu')}
          aria-haspopup="menu"
          aria-expanded={anchor ? 'true' : undefined}
          onClick={(e) => setAnchor(e.currentTarget)}
        >
          <TuneIcon />
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={close}>
        <ListSubheader>{t('app.language')}</ListSubheader>
        {SUPPORTED_LANGUAGES.map((lang) => (
          <MenuItem
            key={lang}
            lang={lang}
            selected={i18n.language === lang}
            onClick={() => {
              void setUiLanguage(lang);
              close();
            }}
          >
            <ListItemIcon>{i18n.language === lang && <CheckIcon fontSize="small" />}</ListItemIcon>
            {LANGUAGE_STYLE[lang].nativeName}
          </MenuItem>
        ))}
        <Divider />
        <ListSubheader>{t('app.theme')}</ListSubheader>
        {THEME_CHOICES.map((c) => (
          <MenuItem
            key={c.value}
            selected={theme === c.value}
            onClick={() => {
              setTheme(c.value);
              close();
            }}
          >
            <ListItemIcon>{theme === c.value && <CheckIcon fontSize="small" />}</ListItemIcon>
            {t(c.labelKey)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};

const NoOrganisation = () => {
  const { t } = useTranslation();
  return (
    <Stack spacing={2} sx={{ maxWidth: 560, mt: 6, mx: 'auto', textAlign: 'center' }}>
      <Typography variant="h5">{t('app.noOrganisationTitle')}</Typography>
      <Typography color="text.secondary">{t('app.noOrganisationBody')}</Typography>
      <Stack direction="row" sx={{ gap: 1, justifyContent: 'center', flexWrap: 'wrap' }}>
        <Button variant="contained" component={RouterLink} to="/organisations/new">
          {t('app.createOrganisation')}
        </Button>
        <LoadExampleButton />
      </Stack>
    </Stack>
  );
};

/** App bar with the current organisation, side navigation of the record's sections, and the section. */
export const AppLayout = () => {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { organisations, current } = useCurrentOrganisation();
  const section = SECTIONS.find((s) => pathname === s.path || pathname.startsWith(`${s.path}/`));
  const blocked = section?.needsOrganisation && organisations !== undefined && !current;
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 2 }}>
          <ShieldIcon aria-hidden />
          <Typography variant="h6" component="div" sx={{ flexGrow: 1, fontWeight: 600, letterSpacing: 0.2 }} noWrap>
            {t('app.title')}
          </Typography>
          <OrganisationSwitcher />
          <PreferencesMenu />
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{
          width: DRAWER_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
        }}
      >
        <Toolbar />
        <nav aria-label={t('app.sections')}>
          <List dense sx={{ px: 1, pt: 1 }}>
            {SECTIONS.map((s) => {
              const Icon = s.icon;
              // A list holds list items: each link sits in its own <li> (screen readers count the sections).
              return (
                <ListItem key={s.id} disablePadding>
                  <ListItemButton
                    component={RouterLink}
                    to={s.path}
                    selected={section?.id === s.id}
                    aria-current={section?.id === s.id ? 'page' : undefined}
                    sx={{ borderRadius: 1.5, mb: 0.25 }}
                  >
                    <ListItemIcon sx={{ minWidth: 36 }}>
                      <Icon fontSize="small" />
                    </ListItemIcon>
                    <ListItemText primary={t(s.labelKey)} />
                  </ListItemButton>
                </ListItem>
              );
            })}
          </List>
        </nav>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, px: { xs: 2, md: 4 }, py: 3, minWidth: 0, maxWidth: 1400 }}>
        <Toolbar />
        <ErrorBoundary resetKey={pathname}>
          <Suspense fallback={<CircularProgress aria-label={t('app.loading')} />}>
            {blocked ? <NoOrganisation /> : <Outlet />}
          </Suspense>
        </ErrorBoundary>
      </Box>
    </Box>
  );
};
