import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { expect, launchApp, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { OrganisationScreens } from './pages/OrganisationScreens';
import { autoBackupReasons, dumpDatabase, waitForDailyBackup, withoutAutoBackups } from './pages/settings-idb';
import { asFile, fixturePath, largeBackup, resealed, type BackupJson } from './pages/large-backup';
import { SettingsScreens, type PickedFile } from './pages/settings-screens';
import { CHROMIUM_LAUNCH_OPTIONS, WEB_URL } from './target';

test.describe('backups', () => {
  // Each test drives several screens and downloads; the shared 60 s budget is too tight on 2 cores.
  test.describe.configure({ timeout: 120_000 });

  test('an encrypted backup round-trips: a wrong password changes nothing, the right one brings the data back', async ({
    shell,
  }) => {
    const page = shell.page;
    await new OrganisationScreens(page).create({ name: 'Acme Conseil SAS', city: 'Lyon' });
    const settings = new SettingsScreens(page);
    await settings.open();
    const backup = await settings.backUpOrganisation('correct horse battery staple');
    expect(backup.name).toMatch(/^Acme-Conseil-SAS-\d{4}-\d{2}-\d{2}\.dpodesk-backup\.json$/);
    const saved = JSON.parse(backup.buffer.toString('utf8')) as { encrypted: boolean; data?: unknown };
    expect(saved.encrypted).toBe(true);
    expect(saved.data).toBeUndefined();
    expect(backup.buffer.toString('utf8')).not.toContain('Acme Conseil');

    // Delete the data for good: the workspace removal makes (and downloads) its own backup first.
    await settings.removeWorkspace('Acme Conseil SAS');
    await expect(page.getByRole('button', { name: 'Remove the workspace of Acme Conseil SAS' })).toBeHidden();
    const before = await dumpDatabase(page);
    expect(before.organisations).toEqual([]);

    await settings.chooseBackup(backup);
    await expect(settings.dialog.getByLabel('Backup password')).toBeVisible();
    await settings.enterBackupPassword('Correct horse battery staple');
    await expect(settings.refusal('Wrong password, or the file was altered')).toBeVisible();
    await expect(settings.dialog).toContainText('Nothing was changed in DPO Desk.');
    expect(await dumpDatabase(page)).toEqual(before);

    await settings.enterBackupPassword('correct horse battery staple');
    await expect(settings.dialog).toContainText('Acme Conseil SAS');
    await expect(settings.dialog.getByRole('row', { name: 'Organisations 1 0' })).toBeVisible();
    await settings.restoreAndWait();
    await settings.closeDialog();

    const orgs = new OrganisationScreens(page);
    await orgs.openList();
    await expect(orgs.row('Acme Conseil SAS')).toBeVisible();
    const after = await dumpDatabase(page);
    expect((after.organisations as { name: string; address: { city: string } }[]).map((o) => o.address.city)).toEqual([
      'Lyon',
    ]);
  });

  test('a tampered file, a damaged file, an invalid file and a file that is not ours are refused and change nothing', async ({
    shell,
  }) => {
    const page = shell.page;
    await new OrganisationScreens(page).create({ name: 'Tixeo SAS' });
    const settings = new SettingsScreens(page);
    await settings.open();
    const backup = await settings.backUpOrganisation();
    const original = JSON.parse(backup.buffer.toString('utf8')) as BackupJson;
    await waitForDailyBackup(page);
    const before = await dumpDatabase(page);

    const tampered = structuredClone(original);
    tampered.data.organisations![0]!.name = 'Tixeo Holding';
    const invalid = await resealed({
      ...structuredClone(original),
      data: {
        ...original.data,
        organisations: [{ ...original.data.organisations![0]!, role: 'landlord' }],
      },
    });
    const cases: [PickedFile, string][] = [
      [asFile('tixeo-edited.json', tampered), 'This backup was altered'],
      [{ ...backup, name: 'tixeo-cut.json', buffer: backup.buffer.subarray(0, 600) }, 'This backup is damaged'],
      [asFile('tixeo-invalid.json', invalid), 'This backup contains invalid records'],
      [
        {
          name: 'package.json',
          mimeType: 'application/json',
          buffer: await readFile(fixturePath('../../package.json')),
        },
        'This file is not a DPO Desk backup',
      ],
    ];
    for (const [file, title] of cases) {
      await settings.chooseBackup(file);
      await expect(settings.refusal(title)).toBeVisible();
      await expect(settings.dialog).toContainText('Nothing was changed in DPO Desk.');
      await expect(settings.restoreButton).toBeHidden();
      await settings.closeDialog();
      expect(await dumpDatabase(page), `after ${file.name}`).toEqual(before);
    }
    // The invalid file names the field at fault by its path.
    await settings.chooseBackup(asFile('tixeo-invalid.json', invalid));
    await expect(settings.dialog.getByRole('list', { name: 'Problems found in the backup' })).toContainText(
      'data.organisations[0].role',
    );
  });

  test('a restore killed halfway through its write leaves the database exactly as before', async ({ profileDir }) => {
    // A large backup built from a real one: 600 activities more, checksum recomputed.
    const large = await largeBackup(600);

    const first = await launchApp(profileDir);
    const shell = new AppShell(first.page);
    await shell.waitUntilReady();
    await new OrganisationScreens(first.page).create({ name: 'Existing Client SARL' });
    // Holds the restore's write transaction open once it has written some activities, the way a
    // slow disk would, so the window can be closed while the transaction is really in progress.
    await first.page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      let written = 0;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        const request = put.apply(this, args);
        const w = window as unknown as { __holdRestore?: boolean; __restoreHeld?: boolean };
        if (w.__holdRestore && this.name === 'activities' && ++written === 300) {
          const keepBusy = (): void => {
            this.count().onsuccess = keepBusy;
          };
          keepBusy();
          w.__restoreHeld = true;
        }
        return request;
      };
    });
    await shell.reload();
    await waitForDailyBackup(first.page);
    const before = await dumpDatabase(first.page);
    expect(before.organisations).toHaveLength(1);

    const settings = new SettingsScreens(first.page);
    await settings.open();
    await settings.chooseBackup(asFile('large.dpodesk-backup.json', large));
    await expect(settings.dialog).toContainText('Processing activities');
    await first.page.evaluate(() => {
      (window as unknown as { __holdRestore: boolean }).__holdRestore = true;
    });
    await settings.restoreButton.click();
    await expect(settings.dialog.getByText(/^Writing records: \d+ of \d+$/)).toBeVisible();
    await first.page.waitForFunction(() => (window as unknown as { __restoreHeld?: boolean }).__restoreHeld === true);
    await expect(settings.dialog.getByText('The backup was restored.')).toBeHidden();
    await first.close();

    const second = await launchApp(profileDir);
    try {
      await new AppShell(second.page).waitUntilReady();
      const after = await dumpDatabase(second.page);
      expect(withoutAutoBackups(after)).toEqual(withoutAutoBackups(before));
      // Only the safety copy taken before the write may have been added.
      expect(autoBackupReasons(after).sort()).toEqual([...autoBackupReasons(before), 'before-restore'].sort());
      await new OrganisationScreens(second.page).openList();
      await expect(second.page.getByRole('gridcell', { name: 'Tixeo SAS' })).toBeHidden();
    } finally {
      await second.close();
    }
  });

  test('the CNIL template is read through column mapping and preview, then imported all at once', async ({ shell }) => {
    const page = shell.page;
    await new OrganisationScreens(page).create({ name: 'Mairie de Montreuil' });
    const settings = new SettingsScreens(page);
    await settings.open();
    await settings.chooseSpreadsheet(fixturePath('spreadsheets/cnil-registre-simplifie.ods'));
    await expect(settings.dialog).toContainText('2 - Liste des traitements');
    await expect(settings.mappingOf('Nom du traitement')).toHaveText('Name of the activity');
    await expect(settings.mappingOf('N° / RÉF')).toHaveText('Reference');
    await expect(settings.mappingOf('Finalité du traitement')).toHaveText('Purposes');

    await settings.dialog.getByRole('button', { name: 'Check the rows' }).click();
    const rows = settings.dialog.getByRole('table', { name: 'Rows of the spreadsheet' });
    await expect(rows).toContainText('Gestion de la paie');
    await expect(rows).toContainText('Recrutement');
    await expect(rows).toContainText('Vidéoprotection des locaux');
    await expect(rows).toContainText('special-category');
    const before = await dumpDatabase(page);
    expect(before.activities).toEqual([]);

    await settings.dialog.getByRole('button', { name: 'Import 3 activities' }).click();
    await expect(settings.dialog).toContainText('3 activities were added to Mairie de Montreuil as drafts.');
    const after = await dumpDatabase(page);
    expect((after.activities as { name: string; status: string }[]).map((a) => [a.name, a.status]).sort()).toEqual([
      ['Gestion de la paie', 'draft'],
      ['Recrutement', 'draft'],
      ['Vidéoprotection des locaux', 'draft'],
    ]);
  });

  test('a spreadsheet of no known template is mapped by hand, and going back from the rows still says so', async ({
    shell,
  }) => {
    const page = shell.page;
    await new OrganisationScreens(page).create({ name: 'Mairie de Montreuil' });
    const file = test.info().outputPath('own-register.csv');
    await writeFile(file, 'Colonne A;Colonne B\nGestion de la paie;RH\n');
    const settings = new SettingsScreens(page);
    await settings.open();
    await settings.chooseSpreadsheet(file);
    const unrecognised = 'No known register template was recognised';
    await expect(settings.dialog).toContainText(unrecognised);
    await settings.mappingOf('Colonne A').click();
    await page.getByRole('option', { name: 'Name of the activity' }).click();
    await settings.dialog.getByRole('button', { name: 'Check the rows' }).click();
    await expect(settings.dialog.getByRole('table', { name: 'Rows of the spreadsheet' })).toContainText(
      'Gestion de la paie',
    );

    await settings.dialog.getByRole('button', { name: 'Back to the columns' }).click();
    await expect(settings.dialog).toContainText(unrecognised);
    await expect(settings.dialog).not.toContainText('Table found');
    await expect(settings.mappingOf('Colonne A')).toHaveText('Name of the activity');
  });

  test('a database written by a newer DPO Desk is refused with a full-page message and left untouched', async ({
    profileDir,
  }) => {
    const context = await chromium.launchPersistentContext(profileDir, {
      ...CHROMIUM_LAUNCH_OPTIONS,
      viewport: { width: 1280, height: 800 },
      locale: 'en-GB',
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      // A page of the app's origin that is not the app, to write the "future" database first.
      await page.route(`${WEB_URL}/future.html`, (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>future</title>' }),
      );
      await page.goto(`${WEB_URL}/future.html`);
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('dpo-desk', 1000);
            open.onupgradeneeded = () => {
              open.result.createObjectStore('organisations', { keyPath: 'id' }).put({ id: 'f-1', name: 'Future Org' });
              open.result.createObjectStore('holograms', { keyPath: 'id' });
            };
            open.onsuccess = () => {
              open.result.close();
              resolve();
            };
            open.onerror = () => reject(open.error);
          }),
      );
      await page.goto(`${WEB_URL}/#/organisations`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'This data was written by a newer version of DPO Desk',
        { timeout: 45_000 },
      );
      await expect(page.getByText('Nothing was changed: your records are intact.')).toBeVisible();
      await expect(page.getByText(/^Open DPO Desk in its newer version/)).toBeVisible();

      const stored = await page.evaluate(
        () =>
          new Promise<{ version: number; stores: string[]; organisations: unknown[] }>((resolve, reject) => {
            const open = indexedDB.open('dpo-desk');
            open.onsuccess = () => {
              const db = open.result;
              const req = db.transaction('organisations').objectStore('organisations').getAll();
              req.onsuccess = () => {
                resolve({ version: db.version, stores: [...db.objectStoreNames].sort(), organisations: req.result });
                db.close();
              };
            };
            open.onerror = () => reject(open.error);
          }),
      );
      expect(stored).toEqual({
        version: 1000,
        stores: ['holograms', 'organisations'],
        organisations: [{ id: 'f-1', name: 'Future Org' }],
      });
    } finally {
      await context.close();
    }
  });
});
