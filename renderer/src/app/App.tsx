import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import 'dayjs/locale/de';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/fr';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_STYLE, languageOrEnglish } from '../domain/languages';
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
  const { i18n } = useTranslation();
  const language = languageOrEnglish(i18n.language);
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const theme = useMemo(() => buildTheme(mode, language, { reducedMotion }), [mode, language, reducedMotion]);
  return (
    <ThemeProvider theme={theme}>
      {/* Date pickers type and show dates in the interface language's order (dayjs locale). */}
      <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale={LANGUAGE_STYLE[language].pickerLocale}>
        <CssBaseline />
        <NotificationsProvider>
          <CurrentOrganisationProvider>
            <RouterProvider router={router} />
          </CurrentOrganisationProvider>
        </NotificationsProvider>
      </LocalizationProvider>
    </ThemeProvider>
  );
};
