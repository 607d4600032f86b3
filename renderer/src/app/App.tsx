import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useMemo } from 'react';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { CurrentOrganisationProvider } from './current-organisation';
import { AppLayout } from './AppLayout';
import { SECTION_COMPONENTS } from './routes';
import { SECTIONS } from './sections';
import { buildTheme } from './theme';
import { useThemePreference } from './theme-preference';

export const App = () => {
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)');
  const [preference] = useThemePreference();
  const mode = preference === 'system' ? (prefersDark ? 'dark' : 'light') : preference;
  const theme = useMemo(() => buildTheme(mode), [mode]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <CurrentOrganisationProvider>
        {/* Hash routing: works from file:// in Electron and from any static host in the browser edition. */}
        <HashRouter>
          <Routes>
            <Route element={<AppLayout />}>
              <Route index element={<Navigate to="/activities" replace />} />
              {SECTIONS.map((s) => {
                const Section = SECTION_COMPONENTS[s.id as keyof typeof SECTION_COMPONENTS];
                return <Route key={s.id} path={`${s.path}/*`} element={<Section />} />;
              })}
              <Route path="*" element={<Navigate to="/activities" replace />} />
            </Route>
          </Routes>
        </HashRouter>
      </CurrentOrganisationProvider>
    </ThemeProvider>
  );
};
