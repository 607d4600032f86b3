import en from '../../assets/i18n/en/desktop.json';
import fr from '../../assets/i18n/fr/desktop.json';

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

/** French for any French locale (fr, fr-FR, fr-BE…), English otherwise. */
export const menuLabelsFor = (locale: string): MenuLabels => (locale.toLowerCase().startsWith('fr') ? fr.menu : en.menu);
