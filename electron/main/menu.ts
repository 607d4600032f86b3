import { Menu, type MenuItemConstructorOptions } from 'electron';
import { DOCUMENTATION_URL, EDPB_GUIDELINES_URL, type MenuCommand } from '../shared/ipc-contract';
import type { MenuLabels } from './menu-labels';

export interface MenuActions {
  /** Sends a typed `menu:command` event to the renderer, which owns export and backup. */
  sendCommand(command: MenuCommand): void;
  openExternal(url: string): void;
}

export interface MenuOptions {
  labels: MenuLabels;
  isPackaged: boolean;
  platform: NodeJS.Platform;
  actions: MenuActions;
}

export const buildMenuTemplate = ({
  labels,
  isPackaged,
  platform,
  actions,
}: MenuOptions): MenuItemConstructorOptions[] => {
  const viewItems: MenuItemConstructorOptions[] = [
    { role: 'reload', label: labels.reload },
    // Developer tools only exist in development builds (Electron security checklist).
    ...(isPackaged ? [] : [{ role: 'toggleDevTools', label: labels.toggleDevTools } as const]),
    { type: 'separator' },
    { role: 'resetZoom', label: labels.resetZoom },
    { role: 'zoomIn', label: labels.zoomIn },
    { role: 'zoomOut', label: labels.zoomOut },
    { type: 'separator' },
    { role: 'togglefullscreen', label: labels.toggleFullScreen },
  ];
  const template: MenuItemConstructorOptions[] = [
    {
      label: labels.file,
      submenu: [
        { label: labels.export, accelerator: 'CmdOrCtrl+E', click: () => actions.sendCommand('export') },
        { label: labels.backup, accelerator: 'CmdOrCtrl+B', click: () => actions.sendCommand('backup') },
        { type: 'separator' },
        { role: 'quit', label: labels.quit },
      ],
    },
    {
      label: labels.edit,
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: labels.view, submenu: viewItems },
    {
      label: labels.help,
      role: 'help',
      submenu: [
        { label: labels.about, click: () => actions.sendCommand('about') },
        { type: 'separator' },
        { label: labels.documentation, click: () => actions.openExternal(DOCUMENTATION_URL) },
        { label: labels.edpbGuidelines, click: () => actions.openExternal(EDPB_GUIDELINES_URL) },
      ],
    },
  ];
  // macOS puts the application name first; without it the File menu would be hidden under it.
  if (platform === 'darwin') template.unshift({ role: 'appMenu' });
  return template;
};

export const installApplicationMenu = (options: MenuOptions): void => {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
};
