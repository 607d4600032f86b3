import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { DocumentsPage } from './pages/DocumentsPage';

const CONFLICT =
  'This record was changed elsewhere since you opened it. Nothing was saved: reload it and apply your change again.';
const DELETE_CONFLICT = /“Website policy” was changed elsewhere since this page showed it\. Nothing was deleted/;

/** A second tab of the same browser profile (same IndexedDB), on the same screen as the first. */
const openSecondTab = async (first: Page): Promise<Page> => {
  const second = await first.context().newPage();
  await second.goto(first.url());
  await new AppShell(second).waitUntilReady();
  return second;
};

const introduction = (page: Page) => page.getByLabel('Introduction');
const save = (page: Page) => page.getByRole('button', { name: 'Save', exact: true }).click();

test.describe('Concurrent edits in two tabs of one profile', () => {
  test.setTimeout(180_000);

  test('the policy editor refuses to save or delete over a change saved in another tab', async ({ app, shell }) => {
    const a = app.page;
    const docs = new DocumentsPage(a);
    await shell.waitUntilReady();
    await docs.createOrganisation('Acme Analytics SAS');
    await docs.createPolicy('Website policy');

    // Tab A has the editor open; tab B opens the same policy, edits and saves.
    const b = await openSecondTab(a);
    await expect(b.getByRole('heading', { level: 1, name: 'Website policy' })).toBeVisible();
    await introduction(b).fill('Written in tab B.');
    await save(b);
    await expect(b.getByRole('alert').filter({ hasText: 'saved' }).first()).toBeVisible();

    // Tab A, opened before B's save, edits and saves: refused, with the conflict message.
    await introduction(a).fill('Written in tab A, over an older version.');
    await save(a);
    await expect(a.getByRole('alert').filter({ hasText: CONFLICT })).toBeVisible();
    await a.screenshot({ path: 'test/artifacts/concurrent-edit-conflict.png' });

    // Nothing was overwritten: a fresh editor shows B's text.
    await b.reload();
    await new AppShell(b).waitUntilReady();
    await expect(introduction(b)).toHaveValue('Written in tab B.');

    // A reloads (now at B's version); B edits again; A's Delete is refused and the policy stays.
    await a.reload();
    await shell.waitUntilReady();
    await expect(introduction(a)).toHaveValue('Written in tab B.');
    await introduction(b).fill('Edited again in tab B.');
    await save(b);
    await expect(b.getByRole('alert').filter({ hasText: 'saved' }).first()).toBeVisible();
    await a.getByRole('button', { name: 'Delete', exact: true }).click();
    await a.getByRole('dialog', { name: 'Delete “Website policy”?' }).getByRole('button', { name: 'Delete' }).click();
    await expect(a.getByRole('alert').filter({ hasText: DELETE_CONFLICT })).toBeVisible();
    await docs.openList();
    await expect(a.getByRole('gridcell', { name: 'Website policy', exact: true })).toBeVisible();
    await b.reload();
    await new AppShell(b).waitUntilReady();
    await expect(introduction(b)).toHaveValue('Edited again in tab B.');
  });
});
