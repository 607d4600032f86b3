import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { useCurrentOrganisation } from './current-organisation';
import { SECTIONS } from './sections';

const DRAWER_WIDTH = 232;

const OrganisationSwitcher = () => {
  const { t } = useTranslation();
  const { organisations, current, setCurrentId } = useCurrentOrganisation();
  if (!organisations || organisations.length === 0) return null;
  return (
    <Select
      size="small"
      value={current?.id ?? ''}
      onChange={(e) => setCurrentId(e.target.value)}
      inputProps={{ 'aria-label': t('app.currentOrganisation') }}
      sx={{ minWidth: 220, bgcolor: 'background.paper', color: 'text.primary' }}
    >
      {organisations.map((o) => (
        <MenuItem key={o.id} value={o.id}>
          {o.name}
        </MenuItem>
      ))}
    </Select>
  );
};

const NoOrganisation = () => {
  const { t } = useTranslation();
  return (
    <Stack spacing={2} sx={{ maxWidth: 560, mt: 6, mx: 'auto', textAlign: 'center' }}>
      <Typography variant="h5">{t('app.noOrganisationTitle')}</Typography>
      <Typography color="text.secondary">{t('app.noOrganisationBody')}</Typography>
      <Box>
        <Button variant="contained" component={RouterLink} to="/organisations/new">
          {t('app.createOrganisation')}
        </Button>
      </Box>
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
          <Typography variant="h6" component="div" sx={{ flexGrow: 1 }} noWrap>
            {t('app.title')}
          </Typography>
          <OrganisationSwitcher />
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
          <List dense>
            {SECTIONS.map((s) => {
              const Icon = s.icon;
              return (
                <ListItemButton
                  key={s.id}
                  component={RouterLink}
                  to={s.path}
                  selected={section?.id === s.id}
                  aria-current={section?.id === s.id ? 'page' : undefined}
                >
                  <ListItemIcon sx={{ minWidth: 36 }}>
                    <Icon fontSize="small" />
                  </ListItemIcon>
                  <ListItemText primary={t(s.labelKey)} />
                </ListItemButton>
              );
            })}
          </List>
        </nav>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, p: 3, minWidth: 0 }}>
        <Toolbar />
        <ErrorBoundary key={pathname}>
          <Suspense fallback={<CircularProgress aria-label={t('app.loading')} />}>
            {blocked ? <NoOrganisation /> : <Outlet />}
          </Suspense>
        </ErrorBoundary>
      </Box>
    </Box>
  );
};
