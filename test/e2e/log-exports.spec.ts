import ExcelJS from 'exceljs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { docxText, normaliseText, pdfText, qpdfCheck } from '../support/document-clients';
import { expect, test } from './fixtures';
import { BreachScreens, RequestScreens } from './pages/LogScreens';
import { LogExportScreens } from './pages/LogExportScreens';
import { OrganisationScreens } from './pages/OrganisationScreens';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const ORGANISATION = 'Tixeo SAS';
const BREACH = 'Payslips sent to the wrong employee';
const REQUESTER = 'Paul Martin';
const DATE = /\d{4}-\d{2}-\d{2}/.source;

const shoot = async (page: Page, name: string): Promise<void> => {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: false });
};

/** Every cell of every sheet, as text. */
const xlsxText = async (bytes: Uint8Array): Promise<string> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))));
  return cells.join('\n');
};

test.describe('exports of the breach register and the request log', () => {
  // Five exports, two of them through python-docx and one through pdftotext and qpdf.
  test.setTimeout(180_000);

  test('a breach and a request entered in the UI come out in the logs, the notification and the letter', async ({
    shell,
    profileDir,
  }) => {
    const page = shell.page;
    await new OrganisationScreens(page).create({ name: ORGANISATION });
    const exports = new LogExportScreens(page);

    const breaches = new BreachScreens(page);
    await breaches.create({ title: BREACH, awareAt: '2026-03-02T09:30' });

    // From the breach's page: the Art. 33(3) notification content as DOCX.
    await exports.open('Notification content (Art. 33(3))');
    await exports.choose('Format', 'Word (DOCX)');
    const notification = await exports.exportAndDownload(profileDir);
    expect(notification.name).toMatch(new RegExp(`^breach-notification-tixeo-sas-${DATE}\\.docx$`));
    const notificationText = normaliseText((await docxText(notification.bytes)).text);
    expect(notificationText).toContain(BREACH);
    expect(notificationText).toContain('Art. 33(3)');

    // From the list: the register as PDF (the default) and as XLSX.
    await breaches.openList();
    await exports.open('Export the breach register');
    // The language defaults to the organisation's document language; Esc closes the dialog only.
    await expect(exports.dialog.getByRole('combobox', { name: 'Language of the document' })).toHaveText('English');
    // As for registers and policies, the dialog says which paper the document goes out on.
    await expect(exports.dialog).toContainText('On DPO Desk’s own layout (no letterhead imported; see Settings).');
    await shoot(page, 'log-export-dialog-en');
    await page.keyboard.press('Escape');
    await expect(exports.dialog).toBeHidden();
    await expect(breaches.nameCell(BREACH)).toBeVisible();

    await exports.open('Export the breach register');
    const pdf = await exports.exportAndDownload(profileDir);
    expect(pdf.name).toMatch(new RegExp(`^breach-register-tixeo-sas-${DATE}\\.pdf$`));
    expect(normaliseText(await pdfText(pdf.bytes))).toContain(BREACH);
    const check = await qpdfCheck(pdf.bytes);
    expect(check.ok, check.output).toBe(true);

    await exports.open('Export the breach register');
    await exports.choose('Format', 'Spreadsheet (XLSX)');
    const xlsx = await exports.exportAndDownload(profileDir);
    expect(xlsx.name).toMatch(/\.xlsx$/);
    expect(await xlsxText(xlsx.bytes)).toContain(BREACH);

    // A request: the log as DOCX from the list, and the acknowledgement letter from its page.
    const requests = new RequestScreens(page);
    await requests.create({ requester: REQUESTER, receivedOn: '2026-03-31', right: 'Access (Art. 15)' });
    await exports.open('Reply letter');
    await expect(exports.dialog.getByRole('combobox', { name: 'Letter' })).toHaveText('Acknowledgement');
    const letter = await exports.exportAndDownload(profileDir);
    expect(letter.name).toMatch(new RegExp(`^letter-acknowledgement-tixeo-sas-${DATE}\\.docx$`));
    const letterText = normaliseText((await docxText(letter.bytes)).text);
    expect(letterText).toContain(`Dear ${REQUESTER},`);
    expect(letterText).toContain(ORGANISATION);

    await requests.openList();
    await exports.open('Export the request log');
    await exports.choose('Format', 'Word (DOCX)');
    const log = await exports.exportAndDownload(profileDir);
    expect(log.name).toMatch(new RegExp(`^request-log-tixeo-sas-${DATE}\\.docx$`));
    const logText = normaliseText((await docxText(log.bytes)).text);
    expect(logText).toContain(REQUESTER);
    expect(logText).toContain(ORGANISATION);

    // The same dialog in French: its wording, and the letter kinds named in French.
    await page.getByRole('button', { name: 'Settings menu' }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    await requests.openRecord(REQUESTER);
    await exports.open('Courrier de réponse');
    await expect(exports.dialog.getByRole('combobox', { name: 'Courrier' })).toHaveText('Accusé de réception');
    await shoot(page, 'log-export-letter-fr');
    await page.keyboard.press('Escape');
    await expect(exports.dialog).toBeHidden();
    await page.goBack();
    await exports.open('Exporter le registre des demandes');
    await expect(exports.dialog.getByRole('combobox', { name: 'Langue du document' })).toHaveText('Anglais');
    await shoot(page, 'log-export-dialog-fr');
  });
});
