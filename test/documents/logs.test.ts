import { strFromU8, unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../assets/i18n/en/breach-log.json';
import fr from '../../assets/i18n/fr/breach-log.json';
import lettersEn from '../../assets/i18n/en/letters.json';
import lettersFr from '../../assets/i18n/fr/letters.json';
import requestEn from '../../assets/i18n/en/request-log.json';
import requestFr from '../../assets/i18n/fr/request-log.json';
import type { Language } from '../../renderer/src/domain/common';
import { wordingKeys } from '../../renderer/src/export/common/wording';
import {
  LETTER_KINDS,
  buildBreachLogDocument,
  buildBreachNotificationDocument,
  buildRequestLetter,
  buildRequestLogDocument,
  renderLetterDocx,
  renderLogDocx,
  renderLogPdf,
  renderLogXlsx,
  type LogDocument,
} from '../../renderer/src/export/logs';
import { createExportHandler } from '../../renderer/src/export/worker/handler';
import type { FromWorkerMessage } from '../../renderer/src/export/worker/protocol';
import {
  docxText,
  libreOfficeToPdf,
  normaliseText,
  ooxmlValidate,
  pdfaPreflight,
  pdfInfo,
  pdfOutline,
  pdfText,
  qpdfCheck,
} from '../support/document-clients';
import { logsWorkspace } from './logs-fixture';

/**
 * Whitespace- and hyphen-free form: PDF text wraps lines anywhere, and pdftotext drops the hyphen of
 * a word it finds split at a line end ("CNIL-" / "NOTIF" reads "CNILNOTIF").
 */
const squash = (s: string): string => normaliseText(s).replace(/[\s-]+/g, '');
const NOW = '2026-04-03T10:00:00Z';
const TODAY = '2026-04-03';
/** Real clients (PDFBox, LibreOffice, python-docx) take seconds each on a shared machine. */
const SLOW = 180_000;

/** Every text the DPO entered for the first breach: each must reach the documents. */
const BREACH_FACTS = [
  'BR-2026-001',
  'Customer export sent to the wrong supplier',
  'Odile Marchal',
  'The supplier Papeteries Rhin called the shop',
  'BoutiqueCloud SARL',
  'A spreadsheet of March orders was attached to an e-mail to Papeteries Rhin',
  'T-07 — Online orders',
  'Order back-office export',
  'Customers',
  'Delivery address',
  'Order history',
  'Phishing using order details',
  'Recipient is a known supplier',
  'Last four card digits were in the file',
  'Supplier confirmed deletion in writing',
  'CNIL-NOTIF-77812',
  'CNIL-NOTIF-77812-2',
  'The card digits were found only on 9 March',
  'dpo@vauban.example',
  'High risk of targeted phishing',
  'No e-mail address for 300 guest orders',
  'Guest customers of March',
  'Notice on the shop home page',
  'Supplier deleted the file',
  'Shop manager',
  'Export restricted to pseudonymised columns',
  'IT lead',
  'Review of export rights in April',
  'CNIL-Q-551',
  'CNIL asked for the deletion proof',
  'INC-2026-031',
  'Shared drive DPO/breaches/BR-2026-001',
  'Unlocked filing cabinet',
];

const REQUEST_FACTS = [
  'DSR-2026-004',
  'Jeanne Keller',
  'Front desk',
  'jeanne.keller@example.org',
  '9 rue des Juifs, 67000 Strasbourg',
  'Copy of all order data then deletion of the account',
  'Customer number and postcode',
  'Orders archived in the old shop system',
  'T-07 — Online orders',
  'Shop database and archive tapes',
  'BoutiqueCloud SARL',
  'Colis Express',
  'Invoices must be kept ten years under the Code de commerce',
  'Order data sent as a CSV file and account deleted',
  'Invoices kept',
  'Receipt confirmed',
  'Mailbox folder DSR-2026-004',
  'Karim Benali',
  'No marketing data is held about the requester',
];

/** Language-specific facts: dates as printed, computed deadlines, counts, the law's words. */
const LANGUAGE_FACTS: Record<Language, { breach: string[]; request: string[] }> = {
  en: {
    breach: [
      '6 March 2026, 09:15 (Europe/Paris)',
      '9 March 2026, 09:15 (Europe/Paris) — first notification filed about 2 h late',
      'about 1,240 (estimate)',
      '3,100 (exact)',
      'Bank or card data',
      'Art. 34(3)(c)',
      '5 April 2026, 14:00 (Europe/Paris) — running, about 50 h left',
      'Not recorded',
    ],
    request: [
      '31 January 2026',
      '3 March 2026',
      'includes 3 day(s) of suspension',
      '4 May 2026 (1 May 2026 is a public holiday)',
      '26 May 2026',
      'Public holidays: those of France.',
      'Not recorded — required: when not acting on a request',
    ],
  },
  fr: {
    breach: [
      '6 mars 2026 à 9 h 15 (Europe/Paris)',
      '9 mars 2026 à 9 h 15 (Europe/Paris) — première notification faite avec environ 2 h de retard',
      'environ 1 240 (estimation)',
      '3 100 (nombre exact)',
      'Données bancaires ou de carte',
      'Art. 34(3)(c)',
      'Non renseigné',
    ],
    request: [
      '31 janvier 2026',
      '3 mars 2026',
      'dont 3 jour(s) de suspension',
      '4 mai 2026 (le 1er mai 2026 est un jour férié)',
      '26 mai 2026',
      'Jours fériés : ceux du pays suivant : France.',
      'Non renseigné — obligatoire',
    ],
  },
  de: {
    breach: [
      '6.3.2026, 09:15 Uhr (Europe/Paris)',
      '9.3.2026, 09:15 Uhr (Europe/Paris) — erste Meldung etwa 2 Std. verspätet eingereicht',
      'etwa 1.240 (Schätzung)',
      '3.100 (genau)',
      'Bank- oder Kartendaten',
      'Art. 34 Abs. 3 lit. c DSGVO',
      '5.4.2026, 14:00 Uhr (Europe/Paris) — läuft, noch etwa 50 Std.',
      'Nicht erfasst',
    ],
    request: [
      '31.1.2026',
      '3.3.2026',
      'davon 3 Tag(e) Unterbrechung',
      '4.5.2026 (1.5.2026 ist ein Feiertag)',
      '26.5.2026',
      'Feiertage: die von Frankreich.',
      'Nicht erfasst — erforderlich: Wird einem Antrag nicht entsprochen',
    ],
  },
};

/** The gap of an item left unanswered, as each language prints it. */
const NOT_RECORDED: Record<Language, string> = { en: 'Not recorded', fr: 'Non renseigné', de: 'Nicht erfasst' };

/** Each entry's groups, item labels and lines appear in order after its heading. */
const expectEntriesInOrder = (text: string, doc: LogDocument): void => {
  const body = text
    .split('\n')
    .filter((l) => l.trim() !== doc.runningHeader && !/^(Page|Seite) \d+ (of|sur|von) \d+$/.test(l.trim()))
    .join('\n');
  const flat = squash(body);
  let cursor = doc.summary ? flat.lastIndexOf(squash(doc.summary.heading)) : 0;
  for (const entry of doc.entries) {
    cursor = flat.indexOf(squash(entry.heading), cursor);
    expect(cursor, entry.heading).toBeGreaterThan(-1);
    for (const group of entry.groups) {
      cursor = flat.indexOf(squash(group.heading), cursor);
      expect(cursor, `${entry.heading} / ${group.heading}`).toBeGreaterThan(-1);
      for (const item of group.items) {
        cursor = flat.indexOf(squash(item.label), cursor);
        expect(cursor, `${entry.heading} / ${item.label}`).toBeGreaterThan(-1);
        for (const line of item.lines) {
          const at = flat.indexOf(squash(line), cursor);
          expect(at, `${entry.heading} / ${item.label} / ${line}`).toBeGreaterThan(-1);
          cursor = at;
        }
      }
    }
  }
};

const expectFacts = (text: string, facts: readonly string[]): void => {
  const flat = squash(text);
  for (const fact of facts) expect(flat.includes(squash(fact)), fact).toBe(true);
};

describe.each(['en', 'fr', 'de'] as const)('breach register and request log (%s)', (language) => {
  const ws = logsWorkspace();
  const breaches = buildBreachLogDocument(ws, { language, generatedOn: TODAY, now: NOW });
  const requests = buildRequestLogDocument(ws, { language, generatedOn: TODAY });
  const files: Record<string, Uint8Array> = {};
  const texts: Record<string, string> = {};
  beforeAll(async () => {
    files['breachDocx'] = await renderLogDocx(breaches);
    files['breachPdf'] = await renderLogPdf(breaches);
    files['requestDocx'] = await renderLogDocx(requests);
    files['requestPdf'] = await renderLogPdf(requests);
    for (const key of ['breachDocx', 'requestDocx']) texts[key] = (await docxText(files[key]!)).text;
    for (const key of ['breachPdf', 'requestPdf']) texts[key] = await pdfText(files[key]!);
  }, SLOW);

  it(
    'prints every fact entered for the breaches, in DOCX and PDF',
    () => {
      for (const key of ['breachDocx', 'breachPdf']) {
        expectFacts(texts[key]!, BREACH_FACTS);
        expectFacts(texts[key]!, LANGUAGE_FACTS[language].breach);
      }
    },
    SLOW,
  );

  it(
    'prints every fact entered for the requests and the dates as 1182/71 counts them, in DOCX and PDF',
    () => {
      for (const key of ['requestDocx', 'requestPdf']) {
        expectFacts(texts[key]!, REQUEST_FACTS);
        expectFacts(texts[key]!, LANGUAGE_FACTS[language].request);
      }
    },
    SLOW,
  );

  it(
    'lays out every item of every entry under its heading, in order',
    () => {
      expectEntriesInOrder(texts['breachDocx']!, breaches);
      expectEntriesInOrder(texts['breachPdf']!, breaches);
      expectEntriesInOrder(texts['requestDocx']!, requests);
      expectEntriesInOrder(texts['requestPdf']!, requests);
    },
    SLOW,
  );

  it('prints a single value as plain text and bullets only lists of values, in DOCX', () => {
    const xml = strFromU8(unzipSync(files['breachDocx']!)['word/document.xml']!);
    const paragraphs = xml.split('<w:p>').slice(1);
    const gap = NOT_RECORDED[language];
    const gapParagraphs = paragraphs.filter((p) => p.includes(`>${gap}<`));
    expect(gapParagraphs.length).toBeGreaterThan(0);
    for (const p of gapParagraphs) expect(p.includes('<w:numPr>'), p.slice(0, 200)).toBe(false);
    // An item with several values (the bare breach lists none, the full one has two measures) stays a list.
    expect(paragraphs.some((p) => p.includes('<w:numPr>'))).toBe(true);
  });

  it('shows unanswered items as gaps, never as blanks', () => {
    for (const doc of [breaches, requests])
      for (const e of doc.entries)
        for (const g of e.groups) for (const i of g.items) expect(i.lines.every((l) => l.trim() !== '')).toBe(true);
    const bare = breaches.entries.find((e) => e.heading === 'Unlocked filing cabinet');
    const facts = bare?.groups.flatMap((g) => g.items).find((i) => i.key === 'facts');
    expect(facts?.lines).toEqual([NOT_RECORDED[language]]);
  });

  it(
    'writes valid DOCX packages with heading styles',
    async () => {
      for (const key of ['breachDocx', 'requestDocx'])
        expect((await ooxmlValidate(files[key]!, 'docx')).errors, key).toEqual([]);
      const { headings } = await docxText(files['breachDocx']!);
      expect(headings).toContain('Heading 1: BR-2026-001 — Customer export sent to the wrong supplier');
    },
    SLOW,
  );

  it.each([
    ['breachPdf', breaches],
    ['requestPdf', requests],
  ] as const)(
    'writes %s as PDF/A-1b with metadata and a bookmark per entry',
    async (key, doc) => {
      const preflight = await pdfaPreflight(files[key]!);
      expect(preflight.ok, preflight.output).toBe(true);
      expect((await qpdfCheck(files[key]!)).ok, key).toBe(true);
      expect((await pdfInfo(files[key]!))['Metadata']).toContain(doc.coverTitle);
      expect(await pdfOutline(files[key]!)).toEqual(expect.arrayContaining(doc.entries.map((e) => e.heading)));
    },
    SLOW,
  );

  it(
    'writes a valid workbook with one summary row and one detail row per entry',
    async () => {
      for (const doc of [breaches, requests]) {
        const bytes = await renderLogXlsx(doc);
        expect((await ooxmlValidate(bytes, 'xlsx')).errors).toEqual([]);
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(bytes as unknown as ArrayBuffer);
        const details = book.getWorksheet(doc.sheets.details)!;
        expect(details.rowCount).toBe(doc.entries.length + 1);
        const cells = JSON.stringify(details.getSheetValues());
        for (const e of doc.entries) expect(cells).toContain(e.heading);
        const summary = JSON.stringify(book.getWorksheet(doc.sheets.summary)!.getSheetValues());
        for (const row of doc.summary?.table.rows ?? []) expect(summary).toContain(JSON.stringify(row[1]));
      }
    },
    SLOW,
  );
});

describe('Art. 33(3) notification content of one breach', () => {
  it.each(['en', 'fr'] as const)(
    'lays out (a)–(d), the phases and the delay reason, in DOCX and PDF (%s)',
    async (language) => {
      const ws = logsWorkspace();
      const doc = buildBreachNotificationDocument(ws, 'b-1', { language, generatedOn: TODAY, now: NOW });
      const pdf = await renderLogPdf(doc);
      const docx = await renderLogDocx(doc);
      const pdfBody = await pdfText(pdf);
      const docxBody = (await docxText(docx)).text;
      for (const body of [pdfBody, docxBody]) {
        expectEntriesInOrder(body, doc);
        expectFacts(body, [
          'CNIL-NOTIF-77812',
          'The card digits were found only on 9 March',
          'Odile Marchal',
          'Phishing using order details',
          'Export restricted to pseudonymised columns',
          language === 'en' ? 'about 1,240 (estimate)' : 'environ 1 240 (estimation)',
          language === 'en'
            ? '(b) Data protection officer or other contact point'
            : '(b) Délégué à la protection des données',
        ]);
        // Only this breach: the other one is not part of its notification.
        expect(squash(body)).not.toContain(squash('Unlocked filing cabinet'));
      }
      expect((await pdfaPreflight(pdf)).ok).toBe(true);
      expect((await ooxmlValidate(docx, 'docx')).errors).toEqual([]);
    },
  );

  it(
    'refuses a breach that is not in the register, in words',
    () => {
      expect(() => buildBreachNotificationDocument(logsWorkspace(), 'nope', { language: 'en' })).toThrow(
        /not in the register/,
      );
    },
    SLOW,
  );
});

describe('reply letters', () => {
  it.each(['en', 'fr'] as const)(
    'writes each letter from the record, with Art. 12(4) remedies in a refusal (%s)',
    async (language) => {
      const ws = logsWorkspace();
      for (const kind of LETTER_KINDS) {
        const letter = buildRequestLetter(ws, 'q-1', { language, kind, date: '2026-02-20' });
        const docx = await renderLetterDocx(letter);
        expect((await ooxmlValidate(docx, 'docx')).errors, kind).toEqual([]);
        const text = (await docxText(docx)).text;
        expectFacts(text, [
          'Jeanne Keller',
          '9 rue des Juifs, 67000 Strasbourg',
          'DSR-2026-004',
          'Librairie Vauban SAS',
          'Odile Marchal',
        ]);
        for (const p of letter.paragraphs) expectFacts(text, [p]);
      }
      const t = language === 'en' ? lettersEn : lettersFr;
      const extension = buildRequestLetter(ws, 'q-1', {
        language,
        kind: 'extension',
        date: '2026-02-20',
      }).paragraphs.join(' ');
      expect(extension).toContain('Orders archived in the old shop system');
      expect(extension).toContain(language === 'en' ? '4 May 2026' : '4 mai 2026');
      expect(extension).toContain(t.months_2);
      const refusal = buildRequestLetter(ws, 'q-1', { language, kind: 'refusal', date: '2026-03-16' }).paragraphs.join(
        ' ',
      );
      expect(refusal).toContain('Invoices must be kept ten years under the Code de commerce');
      expect(refusal).toContain('CNIL, 3 place de Fontenoy, 75007 Paris, https://www.cnil.fr');
      expect(refusal).toContain('12(4)');
      // A bare request: what is missing is printed as a gap, not invented.
      const bare = buildRequestLetter(ws, 'q-2', { language, kind: 'refusal', date: '2026-04-28' });
      expect(bare.recipient.join(' ')).toContain(
        language === 'en' ? '[Not recorded: address of the requester]' : '[Non renseigné : adresse du demandeur]',
      );
      expect(bare.reference).toContain(language === 'en' ? '[Not recorded: reference]' : '[Non renseigné : référence]');
    },
  );

  it(
    'opens in LibreOffice with the same words',
    async () => {
      const letter = buildRequestLetter(logsWorkspace(), 'q-1', {
        language: 'fr',
        kind: 'refusal',
        date: '2026-03-16',
      });
      const text = normaliseText(await pdfText(await libreOfficeToPdf(await renderLetterDocx(letter), 'docx')));
      expect(text).toContain('Jeanne Keller');
      expect(text).toContain(normaliseText('réclamation auprès d’une autorité de contrôle'));
    },
    SLOW,
  );
});

describe('LibreOffice and the export worker', () => {
  it(
    'opens the breach register DOCX in LibreOffice with its facts',
    async () => {
      const doc = buildBreachLogDocument(logsWorkspace(), { language: 'en', generatedOn: TODAY, now: NOW });
      const text = squash(await pdfText(await libreOfficeToPdf(await renderLogDocx(doc), 'docx')));
      for (const fact of ['BR-2026-001', 'CNIL-NOTIF-77812-2', 'Unlocked filing cabinet'])
        expect(text).toContain(squash(fact));
    },
    SLOW,
  );

  it(
    'builds the logs, a notification and a letter through the worker protocol',
    async () => {
      const ws = logsWorkspace();
      const sent: FromWorkerMessage[] = [];
      const { handle } = createExportHandler(
        (m) => sent.push(m),
        async () => ws,
      );
      const organisationId = ws.organisation.id;
      await handle({
        type: 'start',
        jobId: 'log',
        stopAtGaps: true,
        request: {
          kind: 'log',
          organisationId,
          options: { format: 'pdf', log: 'requests', language: 'fr', generatedOn: TODAY },
        },
      });
      await handle({
        type: 'start',
        jobId: 'notification',
        stopAtGaps: false,
        request: {
          kind: 'breachNotification',
          organisationId,
          options: { format: 'docx', breachId: 'b-1', language: 'en', generatedOn: TODAY },
        },
      });
      await handle({
        type: 'start',
        jobId: 'letter',
        stopAtGaps: false,
        request: {
          kind: 'requestLetter',
          organisationId,
          options: { format: 'docx', requestId: 'q-1', letter: 'acknowledgement', language: 'en', date: '2026-02-02' },
        },
      });
      const done = new Map(sent.flatMap((m) => (m.type === 'done' ? [[m.jobId, m.bytes] as const] : [])));
      expect(sent.filter((m) => m.type === 'error')).toEqual([]);
      expect(squash(await pdfText(done.get('log')!))).toContain(squash('Registre des demandes d’exercice des droits'));
      expect(squash((await docxText(done.get('notification')!)).text)).toContain(squash('(a) Nature of the breach'));
      expect(squash((await docxText(done.get('letter')!)).text)).toContain(squash('at the latest by 3 March 2026'));
    },
    SLOW,
  );
});

describe('wording', () => {
  it(
    'has the same keys in English and French for the three namespaces',
    () => {
      expect(wordingKeys(fr).sort()).toEqual(wordingKeys(en).sort());
      expect(wordingKeys(requestFr).sort()).toEqual(wordingKeys(requestEn).sort());
      expect(wordingKeys(lettersFr).sort()).toEqual(wordingKeys(lettersEn).sort());
    },
    SLOW,
  );
});
