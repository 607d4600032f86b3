import { createTheme, type Theme } from '@mui/material/styles';
import { deDE as materialDe, frFR as materialFr, enUS as materialEn } from '@mui/material/locale';
import { deDE as gridDe, frFR as gridFr, enUS as gridEn } from '@mui/x-data-grid/locales';
import { deDE as pickersDe, frFR as pickersFr, enUS as pickersEn } from '@mui/x-date-pickers/locales';
import type { Language } from '../domain/common';

export type ThemePreference = 'system' | 'light' | 'dark';

/**
 * MUI's own words (pagination "Rows per page", grid menus, picker toolbars) in the interface
 * language: passed to the theme, so every DataGrid and picker follows it without props of its own.
 */
const MUI_LOCALES = {
  en: [materialEn, gridEn, pickersEn],
  fr: [materialFr, gridFr, pickersFr],
  de: [materialDe, gridDe, pickersDe],
} as const satisfies Record<Language, readonly object[]>;

/** A calm office-tool look; the palette follows the system unless the user chose otherwise. */
export const buildTheme = (mode: 'light' | 'dark', language: Language = 'en'): Theme =>
  createTheme(
    {
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
    },
    ...MUI_LOCALES[language],
  );
