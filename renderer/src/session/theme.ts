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

/** How the system asks the app to look and move. */
export interface ThemeOptions {
  /** The system's "reduce motion" setting (`prefers-reduced-motion: reduce`). */
  reducedMotion?: boolean;
}

/**
 * No motion for those who asked their system for less (WCAG 2.3.3): dialogs, menus, collapses and
 * tooltips appear at once, and a click draws no ripple.
 */
const STILL_TRANSITIONS = {
  create: () => 'none',
  duration: { shortest: 0, shorter: 0, short: 0, standard: 0, complex: 0, enteringScreen: 0, leavingScreen: 0 },
};

/** A calm office-tool look; the palette follows the system unless the user chose otherwise. */
export const buildTheme = (mode: 'light' | 'dark', language: Language = 'en', options: ThemeOptions = {}): Theme =>
  createTheme(
    {
      ...(options.reducedMotion ? { transitions: STILL_TRANSITIONS } : {}),
      palette: {
        mode,
        // Text on a coloured surface (chips, filled buttons and alerts) picks black or white for a
        // 4.5:1 contrast (WCAG 1.4.3), not MUI's default 3:1 that put white on the light blue "info".
        contrastThreshold: 4.5,
        primary: { main: mode === 'light' ? '#1f4e79' : '#8ab4f8' },
        secondary: { main: mode === 'light' ? '#6a4c93' : '#c5a3ff' },
        // Light mode: orange and light blue text (outlined chips, helper texts) at 4.5:1 on white and
        // on the page background; MUI's defaults (#ed6c02, #0288d1) reach 3.1 and 3.9 (WCAG 1.4.3).
        ...(mode === 'light' ? { warning: { main: '#b54708' }, info: { main: '#01579b' } } : {}),
        background: mode === 'light' ? { default: '#f6f7f9', paper: '#ffffff' } : {},
      },
      shape: { borderRadius: 8 },
      typography: { fontFamily: 'Roboto, "Segoe UI", system-ui, sans-serif' },
      components: {
        ...(options.reducedMotion ? { MuiButtonBase: { defaultProps: { disableRipple: true } } } : {}),
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
        MuiAppBar: { defaultProps: { elevation: 0 } },
        // An unselected toggle's words in the secondary text colour: MUI's default (action.active,
        // 54 % black) falls just under 4.5:1 on the light background.
        MuiToggleButton: { styleOverrides: { root: ({ theme }) => ({ color: theme.palette.text.secondary }) } },
      },
    },
    ...MUI_LOCALES[language],
  );
