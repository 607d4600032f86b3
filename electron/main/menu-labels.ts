/**
 * Application-menu wording. The menu is built in the main process before any renderer (and its
 * i18next instance) exists, so its few labels live here, chosen from the system locale.
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

const en: MenuLabels = {
  file: '&File',
  export: 'Export…',
  backup: 'Backup…',
  quit: 'Quit',
  edit: '&Edit',
  view: '&View',
  reload: 'Reload',
  toggleDevTools: 'Toggle Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  toggleFullScreen: 'Toggle Full Screen',
  help: '&Help',
  about: 'About DPO Desk',
  documentation: 'GDPR text (EUR-Lex)',
  edpbGuidelines: 'EDPB guidelines',
};

const fr: MenuLabels = {
  file: '&Fichier',
  export: 'Exporter…',
  backup: 'Sauvegarder…',
  quit: 'Quitter',
  edit: '&Édition',
  view: '&Affichage',
  reload: 'Recharger',
  toggleDevTools: 'Outils de développement',
  resetZoom: 'Taille réelle',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  toggleFullScreen: 'Plein écran',
  help: '&Aide',
  about: 'À propos de DPO Desk',
  documentation: 'Texte du RGPD (EUR-Lex)',
  edpbGuidelines: 'Lignes directrices du CEPD',
};

/** French for any French locale (fr, fr-FR, fr-BE…), English otherwise. */
export const menuLabelsFor = (locale: string): MenuLabels => (locale.toLowerCase().startsWith('fr') ? fr : en);
