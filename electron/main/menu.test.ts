import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { checkExternalUrl } from '../shared/ipc-contract';
import { buildMenuTemplate } from './menu';
import { menuLabelsFor } from './menu-labels';

vi.mock('electron', async () => (await import('../test-support/fake-electron')).fakeElectron);

const build = (isPackaged: boolean, locale = 'en-GB', platform: NodeJS.Platform = 'linux') => {
  const actions = { sendCommand: vi.fn(), openExternal: vi.fn() };
  const template = buildMenuTemplate({ labels: menuLabelsFor(locale), isPackaged, platform, actions });
  return { template, actions };
};

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

const item = (items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions => {
  const found = flatten(items).find((entry) => entry.label === label);
  if (!found) throw new Error(`No menu item "${label}"`);
  return found;
};

const click = (entry: MenuItemConstructorOptions) => (entry.click as unknown as () => void | undefined)?.();

describe('application menu', () => {
  it('has File, Edit, View and Help', () => {
    expect(build(true).template.map((entry) => entry.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('offers DevTools only in development', () => {
    const roles = (isPackaged: boolean) => flatten(build(isPackaged).template).map((entry) => entry.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(true)).toEqual(
      expect.arrayContaining(['reload', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'quit']),
    );
  });

  it('sends typed commands to the renderer for Export, Backup and About', () => {
    const { template, actions } = build(true);
    click(item(template, 'Export…'));
    click(item(template, 'Backup…'));
    click(item(template, 'About DPO Desk'));
    expect(actions.sendCommand.mock.calls).toEqual([['export'], ['backup'], ['about']]);
  });

  it('opens the documentation links through the allow-list', () => {
    const { template, actions } = build(true);
    click(item(template, 'GDPR text (EUR-Lex)'));
    click(item(template, 'EDPB guidelines'));
    const urls = actions.openExternal.mock.calls.map(([url]) => url as string);
    expect(urls).toHaveLength(2);
    for (const url of urls) expect(checkExternalUrl(url).allowed).toBe(true);
  });

  it('speaks French to a French-speaking DPO', () => {
    const { template } = build(true, 'fr-BE');
    expect(template.map((entry) => entry.label)).toEqual(['&Fichier', '&Édition', '&Affichage', '&Aide']);
    expect(item(template, 'Sauvegarder…')).toBeDefined();
  });

  it('puts the application menu first on macOS', () => {
    expect(build(true, 'en', 'darwin').template[0]?.role).toBe('appMenu');
  });
});
