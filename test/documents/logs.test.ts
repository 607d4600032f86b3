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
  libreOfficeToPdfs,
  normaliseText,
  ooxmlValidate,
  pdfaPreflightAll,
  type CheckResult,
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

const LANGUAGES = ['en', 'fr', 'de'] as const satisfies readonly Language[];
type LogFile = 'breachDocx' | 'breachPdf' | 'requestDocx' | 'requestPdf';

/** Each language's two logs, their files and the text the clients read back from them. */
interface BuiltLogs {
  breaches: LogDocument;
  requests: LogDocument;
  files: Record<LogFile, Uint8Array>;
  texts: Record<LogFile, string>;
}

const buildLogs = (language: Language): Pick<BuiltLogs, 'breaches' | 'requests'> => {
  const ws = logsWorkspace();
  return {
    breaches: buildBreachLogDocument(ws, { language, generatedOn: TODAY, now: NOW }),
    requests: buildRequestLogDocument(ws, { language, generatedOn: TODAY }),
  };
};

const built = new Map<Language, BuiltLogs>();
/** PDF/A-1b preflight of every PDF of this file, by name ("fr requestPdf", "en notification"). */
const preflight = new Map<string, CheckResult>();
const notificationPdfs = new Map<Language, Uint8Array>();

// Every language's logs are rendered and read once, and every PDF of this file goes through
// Preflight in one Java start: the start, not the file, is most of Preflight's cost.
beforeAll(async () => {
  for (const language of LANGUAGES) {
    const { breaches, requests } = buildLogs(language);
    const files: Record<LogFile, Uint8Array> = {
      breachDocx: await renderLogDocx(breaches),
      breachPdf: await renderLogPdf(breaches),
      requestDocx: await renderLogDocx(requests),
      requestPdf: await renderLogPdf(requests),
    };
    const texts: Record<LogFile, string> = {
      breachDocx: (await docxText(files.breachDocx)).text,
      breachPdf: await pdfText(files.breachPdf),
      requestDocx: (await docxText(files.requestDocx)).text,
      requestPdf: await pdfText(files.requestPdf),
    };
    built.set(language, { breaches, requests, files, texts });
  }
  for (const language of ['en', 'fr'] as const) {
    const doc = buildBreachNotificationDocument(logsWorkspace(), 'b-1', { language, generatedOn: TODAY, now: NOW });
    notificationPdfs.set(language, await renderLogPdf(doc));
  }
  const pdfs = [
    ...LANGUAGES.flatMap((language) =>
      (['breachPdf', 'requestPdf'] as const).map(
        (key) => [`${language} ${key}`, built.get(language)!.files[key]] as const,
      ),
    ),
    ...[...notificationPdfs].map(([language, pdf]) => [`${language} notification`, pdf] as const),
  ];
  const results = await pdfaPreflightAll(pdfs.map(([, pdf]) => pdf));
  pdfs.forEach(([name], i) => preflight.set(name, results[i]!));
}, SLOW);

describe.each(LANGUAGES)('breach register and request log (%s)', (language) => {
  // The documents as built (pure, at collection time), and their files once the file's beforeAll ran.
  const { breaches, requests } = buildLogs(language);
  const logs = (): BuiltLogs => {
    const b = built.get(language);
    if (!b) throw new Error(`The ${language} logs were not rendered.`);
    return b;
  };

  it(
    'prints every fact entered for the breaches, in DOCX and PDF',
    () => {
      for (const key of ['breachDocx', 'breachPdf'] as const) {
        expectFacts(logs().texts[key], BREACH_FACTS);
        expectFacts(logs().texts[key], LANGUAGE_FACTS[language].breach);
      }
    },
    SLOW,
  );

  it(
    'prints every fact entered for the requests and the dates as 1182/71 counts them, in DOCX and PDF',
    () => {
      for (const key of ['requestDocx', 'requestPdf'] as const) {
        expectFacts(logs().texts[key], REQUEST_FACTS);
        expectFacts(logs().texts[key], LANGUAGE_FACTS[language].request);
      }
    },
    SLOW,
  );

  it(
    'lays out every item of every entry under its heading, in order',
    () => {
      expectEntriesInOrder(logs().texts.breachDocx, breaches);
      expectEntriesInOrder(logs().texts.breachPdf, breaches);
      expectEntriesInOrder(logs().texts.requestDocx, requests);
      expectEntriesInOrder(logs().texts.requestPdf, requests);
    },
    SLOW,
  );

  it('prints a single value as plain text and bullets only lists of values, in DOCX', () => {
    const xml = strFromU8(unzipSync(logs().files.breachDocx)['word/document.xml']!);
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

  it('writes DOCX with a Heading 1 per entry', async () => {
    const { headings } = await docxText(logs().files.breachDocx);
    expect(headings).toContain('Heading 1: BR-2026-001 — Customer export sent to the wrong supplier');
  });

  it.each([
    ['breachPdf', breaches],
    ['requestPdf', requests],
  ] as const)(
    'writes %s as PDF/A-1b with metadata and a bookmark per entry',
    async (key, doc) => {
      const result = preflight.get(`${language} ${key}`);
      expect(result?.ok, result?.output).toBe(true);
      expect((await qpdfCheck(logs().files[key])).ok, key).toBe(true);
      expect((await pdfInfo(logs().files[key]))['Metadata']).toContain(doc.coverTitle);
      expect(await pdfOutline(logs().files[key])).toEqual(expect.arrayContaining(doc.entries.map((e) => e.heading)));
    },
    SLOW,
  );

  it(
    'writes a workbook with one summary row and one detail row per entry',
    async () => {
      for (const doc of [breaches, requests]) {
        const book = new ExcelJS.Workbook();
        await book.xlsx.load((await renderLogXlsx(doc)) as unknown as ArrayBuffer);
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

// The Open XML SDK validator checks a package's structure, which the words do not change: it reads
// each kind of file once, in French (the language with the most typographic characters), at about
// two seconds a start.
describe('Open XML packages', () => {
  it(
    'writes valid DOCX and XLSX packages for both logs',
    async () => {
      const { files, breaches, requests } = { ...built.get('fr')!, ...buildLogs('fr') };
      for (const key of ['breachDocx', 'requestDocx'] as const)
        expect((await ooxmlValidate(files[key], 'docx')).errors, key).toEqual([]);
      for (const doc of [breaches, requests])
        expect((await ooxmlValidate(await renderLogXlsx(doc), 'xlsx')).errors, doc.coverTitle).toEqual([]);
      const notification = buildBreachNotificationDocument(logsWorkspace(), 'b-1', {
        language: 'fr',
        generatedOn: TODAY,
        now: NOW,
      });
      expect((await ooxmlValidate(await renderLogDocx(notification), 'docx')).errors, 'notification').toEqual([]);
      // Every letter is the same run of plain paragraphs; the refusal has the most of them.
      const refusal = buildRequestLetter(logsWorkspace(), 'q-1', {
        language: 'fr',
        kind: 'refusal',
        date: '2026-03-16',
      });
      expect((await ooxmlValidate(await renderLetterDocx(refusal), 'docx')).errors, 'refusal letter').toEqual([]);
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
      const pdf = notificationPdfs.get(language);
      if (!pdf) throw new Error(`The ${language} notification PDF was not rendered.`);
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
      expect(preflight.get(`${language} notification`)?.ok).toBe(true);
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
        const text = (await docxText(await renderLetterDocx(letter))).text;
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
});

describe('LibreOffice and the export worker', () => {
  it(
    'opens the breach register and a refusal letter in LibreOffice with their words',
    async () => {
      const register = buildBreachLogDocument(logsWorkspace(), { language: 'en', generatedOn: TODAY, now: NOW });
      const letter = buildRequestLetter(logsWorkspace(), 'q-1', {
        language: 'fr',
        kind: 'refusal',
        date: '2026-03-16',
      });
      // One LibreOffice start for both: the start is most of its cost.
      const [registerPdf, letterPdf] = await libreOfficeToPdfs([
        { bytes: await renderLogDocx(register), extension: 'docx' },
        { bytes: await renderLetterDocx(letter), extension: 'docx' },
      ]);
      const registerText = squash(await pdfText(registerPdf!));
      for (const fact of ['BR-2026-001', 'CNIL-NOTIF-77812-2', 'Unlocked filing cabinet'])
        expect(registerText).toContain(squash(fact));
      const letterText = normaliseText(await pdfText(letterPdf!));
      expect(letterText).toContain('Jeanne Keller');
      expect(letterText).toContain(normaliseText('réclamation auprès d’une autorité de contrôle'));
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
