import { createTheme, type Theme } from '@mui/material/styles';

export type ThemePreference = 'system' | 'light' | 'dark';

/** A calm office-tool look; the palette follows the system unless the user chose otherwise. */
export const buildTheme = (mode: 'light' | 'dark'): Theme =>
  createTheme({
    palette: {
      mode,
      primary: { main: mode === 'light' ? '#1f4e79' : '#8ab4f8' },
      secondary: { main: mode === 'light' ? '#6a4c93' : '#c5a3ff' },
      background: mode === 'light' ? { default: '#f6f7f9', paper: '#ffffff' } : {},
    },
    shape: { borderRadius: 8 },
    typography: { fontFamily: 'Roboto, "Segoe UI", system-ui, sans-serif' },
    components: {
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
      MuiAppBar: { defaultProps: { elevation: 0 } },
    },
  });
