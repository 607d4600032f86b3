import en from '../../assets/i18n/en/desktop.json';
import fr from '../../assets/i18n/fr/desktop.json';
import de from '../../assets/i18n/de/desktop.json';

/**
 * Application-menu wording, from the `desktop` i18n namespace. The menu is built in the main
 * process before any renderer (and its i18next instance) exists, so it reads the JSON directly
 * and picks the language from the system locale.
 */
export interface MenuLabels {
  file: string;
  export: string;
  backup: string;
  quit: string;
  edit: string;
  view: string;
  reload: string;
  toggleDevTools: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  toggleFullScreen: string;
  help: string;
  about: string;
  documentation: string;
  edpbGuidelines: string;
}

const MENUS: Readonly<Record<string, MenuLabels>> = { en: en.menu, fr: fr.menu, de: de.menu };

/** The language of the locale's first subtag (fr-BE → French, de-AT → German), English otherwise. */
export const menuLabelsFor = (locale: string): MenuLabels => MENUS[locale.toLowerCase().split(/[-_]/)[0] ?? ''] ?? en.menu;
