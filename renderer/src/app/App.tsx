import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useMemo } from 'react';
import { createHashRouter, Navigate, RouterProvider, type RouteObject } from 'react-router';
import { NotificationsProvider } from '../components/notifications';
import { CurrentOrganisationProvider } from '../session/current-organisation';
import { AppLayout } from './AppLayout';
import { SECTION_COMPONENTS } from './routes';
import { SECTIONS } from './sections';
import { buildTheme } from '../session/theme';
import { useThemePreference } from '../session/theme-preference';

const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/home" replace /> },
      ...SECTIONS.map((s) => {
        const Section = SECTION_COMPONENTS[s.id as keyof typeof SECTION_COMPONENTS];
        return { path: `${s.path}/*`, element: <Section /> };
      }),
      { path: '*', element: <Navigate to="/home" replace /> },
    ],
  },
];

/**
 * Hash routing works from file:// in Electron and from any static host in the browser edition.
 * A data router (not <HashRouter>) because editors block navigation while changes are unsaved.
 */
const router = createHashRouter(routes);

export const App = () => {
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)');
  const [preference] = useThemePreference();
  const mode = preference === 'system' ? (prefersDark ? 'dark' : 'light') : preference;
  const theme = useMemo(() => buildTheme(mode), [mode]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <NotificationsProvider>
        <CurrentOrganisationProvider>
          <RouterProvider router={router} />
        </CurrentOrganisationProvider>
      </NotificationsProvider>
    </ThemeProvider>
  );
};
