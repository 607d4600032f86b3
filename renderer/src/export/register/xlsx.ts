import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { ControllerActivity } from '../../domain/activity';
import { LEGAL_BASIS_ARTICLE, ART9_CONDITION_ARTICLE } from '../../domain/legal';
import { controllerActivities, type Workspace } from '../../domain/workspace';
import { progressSteps, type BuildControl } from '../common/progress';
import { printableDeep } from '../common/text';
import { buildRegisterViewModel, type RegisterItem, type RegisterOptions } from './view-model';
import { registerT } from './wording';
import { citeArticle } from '../common/citation';
import { workspaceIn } from '../../domain/workspace-in';
import { defaultXlsxLayout, type XlsxLayout } from './xlsx-layouts';

/**
 * Column headers of the authorities' templates, verbatim (rubric §3.1 and §3.4): they are the
 * templates' own labels, so they stay in their original language whatever the document language.
 */
export const CNIL_LIST_COLUMNS = [
  'Nom du traitement',
  'N° / RÉF',
  'Date de création de la fiche',
  'Dernière mise à jour de la fiche',
  'Finalité du traitement',
  'Données sensibles ? Oui/non',
] as const;

export const ICO_COLUMNS = [
  'Business function',
  'Purpose of processing',
  'Name and contact details of joint controller (if applicable)',
  'Categories of individuals',
  'Categories of personal data',
  'Categories of recipients',
  'Link to contract with processor',
  'Names of third countries or international organisations that personal data are transferred to (if applicable)',
  'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)',
  'Retention schedule (if possible)',
  'General description of technical and organisational security measures (if possible)',
  'Article 6 lawful basis for processing personal data',
  'Article 9 condition for processing special category data',
  'Legitimate interests for the processing (if applicable)',
  'Link to record of legitimate interests assessment (if applicable)',
  'Rights available to individuals',
  'Existence of automated decision-making, including profiling (if applicable)',
  'The source of the personal data (if applicable)',
  'Link to record of consent',
  'Location of personal data',
  'Data Protection Impact Assessment required?',
  'Data Protection Impact Assessment progress',
  'Link to Data Protection Impact Assessment',
  'Has a personal data breach occurred?',
  'Link to record of personal data breach',
  'Data Protection Act 2018 Schedule 1 Condition for processing',
  'GDPR Article 6 lawful basis for processing',
  'Link to retention and erasure policy document',
  'Is personal data retained and erased in accordance with the policy document?',
  'Reasons for not adhering to policy document (if applicable)',
] as const;

/** Child order of <font> required by the SpreadsheetML schema (CT_Font). */
const FONT_CHILD_ORDER = [
  'b',
  'i',
  'strike',
  'condense',
  'extend',
  'outline',
  'shadow',
  'u',
  'vertAlign',
  'sz',
  'color',
  'name',
  'family',
  'charset',
  'scheme',
];

/**
 * exceljs 4.4 writes the default font's children out of schema order (color before sz), which the
 * Open XML SDK validator reports and strict readers may reject; put them back in order.
 */
export const fixFontOrder = (xlsx: Uint8Array): Uint8Array => {
  const files = unzipSync(xlsx);
  const styles = files['xl/styles.xml'];
  if (!styles) return xlsx;
  const rank = (el: string): number => FONT_CHILD_ORDER.indexOf(/^<(\w+)/.exec(el)?.[1] ?? '');
  files['xl/styles.xml'] = strToU8(
    strFromU8(styles).replace(/<font>(.*?)<\/font>/g, (_m, inner: string) => {
      const children = inner.match(/<\w+[^>]*\/>/g) ?? [];
      return `<font>${[...children].sort((a, b) => rank(a) - rank(b)).join('')}</font>`;
    }),
  );
  return zipSync(files);
};

export { XLSX_LAYOUTS, defaultXlsxLayout, type XlsxLayout } from './xlsx-layouts';

/** ICO template: column headers on row 9, one activity per row below. */
export const ICO_HEADER_ROW = 9;

const itemText = (items: readonly RegisterItem[], key: string): string =>
  items.find((i) => i.key === key)?.lines.join('\n') ?? '';

const hasSensitiveData = (a: ControllerActivity): boolean =>
  a.dataCategories.some((c) => c.specialCategory !== null || c.criminalOffence || c.nationalIdNumber);

/**
 * The controller register as a workbook with the CNIL simplified register list ("Liste des
 * traitements") and the ICO controller documentation template ("Template"), same scope and
 * wording as the DOCX and PDF.
 */
export const renderRegisterXlsx = async (
  record: Workspace,
  options: Omit<RegisterOptions, 'register'> & { layout?: XlsxLayout },
  control: BuildControl = {},
): Promise<Uint8Array> => {
  const layout = options.layout ?? defaultXlsxLayout(options.language);
  // The workbook also reads the record itself (names, dates, DPIA): it passes the same filter as the view model.
  const ws = printableDeep(workspaceIn(record, options.language).workspace);
  const language = options.language;
  const t = (key: string): string => registerT(language, key);
  const vm = buildRegisterViewModel(ws, { ...options, register: 'controller' });
  const progress = progressSteps(vm.activities.length + 1, control);
  const byId = new Map(controllerActivities(ws).map((a) => [a.id, a]));
  const identity = (key: string): string[] => vm.identity.items.find((i) => i.key === key)?.lines ?? [];

  const book = new ExcelJS.Workbook();
  book.creator = 'DPO Desk';
  book.title = vm.coverTitle;
  book.subject = vm.subject;

  if (layout === 'cnil') {
    // CNIL "Liste des traitements": the organisation block, then the list table.
    const cnil = book.addWorksheet(t('xlsx.cnilSheet'));
    cnil.addRow([vm.coverTitle]).font = { bold: true, size: 14 };
    cnil.addRow([
      "Coordonnées du responsable de l'organisme (responsable de traitement ou son représentant si le responsable est situé en dehors de l'UE)",
      identity('organisation').join('\n'),
    ]);
    cnil.addRow(['Coordonnées du représentant', identity('representative').join('\n')]);
    cnil.addRow(['Coordonnées du délégué à la protection des données (DPO)', identity('dpo').join('\n')]);
    cnil.addRow([]);
    const cnilHeader = cnil.addRow([...CNIL_LIST_COLUMNS]);
    cnilHeader.font = { bold: true };
    for (const a of vm.activities) {
      const source = byId.get(a.id);
      cnil.addRow([
        source?.name ?? a.heading,
        source?.reference ?? '',
        source ? source.createdAt.slice(0, 10) : '',
        source?.lastReviewedOn || source?.updatedAt.slice(0, 10) || '',
        itemText(a.items, 'purposes'),
        t(source && hasSensitiveData(source) ? 'xlsx.yes' : 'xlsx.no'),
      ]);
      progress.step();
    }
    cnil.columns.forEach((c) => {
      c.width = 32;
      c.alignment = { wrapText: true, vertical: 'top' };
    });
  } else {
    // ICO template: rows 1–6 contact blocks, row 9 headers verbatim, then one row per activity.
    const ico = book.addWorksheet(t('xlsx.icoSheet'));
    const block = (row: number, label: string, lines: string[]): void => {
      ico.getCell(row, 1).value = label;
      ico.getCell(row, 1).font = { bold: true };
      ico.getCell(row, 2).value = lines.join('\n');
    };
    block(1, 'Controller', identity('organisation'));
    block(3, 'Data Protection Officer', identity('dpo'));
    block(5, 'Representative', identity('representative'));
    ICO_COLUMNS.forEach((label, i) => {
      const cell = ico.getCell(ICO_HEADER_ROW, i + 1);
      cell.value = label;
      cell.font = { bold: true };
    });
    vm.activities.forEach((a, r) => {
      const source = byId.get(a.id);
      const purposes = source?.purposes ?? [];
      const bases = [
        ...new Set(
          purposes.map(
            (p) => `${t(`legalBasis.${p.legalBasis}`)} (${citeArticle(LEGAL_BASIS_ARTICLE[p.legalBasis], language)})`,
          ),
        ),
      ];
      const art9 = [
        ...new Set(
          purposes.flatMap((p) =>
            p.art9Condition
              ? [
                  `${t(`art9Condition.${p.art9Condition}`)} (${citeArticle(ART9_CONDITION_ARTICLE[p.art9Condition], language)})`,
                ]
              : [],
          ),
        ),
      ];
      const values: Partial<Record<(typeof ICO_COLUMNS)[number], string>> = {
        'Business function': [source?.department, a.heading].filter(Boolean).join(' — '),
        'Purpose of processing': itemText(a.items, 'purposes'),
        'Name and contact details of joint controller (if applicable)': itemText(a.items, 'jointControllers'),
        'Categories of individuals': itemText(a.items, 'dataSubjects'),
        'Categories of personal data': itemText(a.items, 'dataCategories'),
        'Categories of recipients': itemText(a.items, 'recipients'),
        'Names of third countries or international organisations that personal data are transferred to (if applicable)':
          itemText(a.items, 'transfers'),
        'Retention schedule (if possible)': itemText(a.items, 'retention'),
        'General description of technical and organisational security measures (if possible)': itemText(
          a.items,
          'security',
        ),
        'Article 6 lawful basis for processing personal data': bases.join('\n'),
        'Article 9 condition for processing special category data': art9.join('\n') || t('empty.notApplicable'),
        'Legitimate interests for the processing (if applicable)':
          purposes
            .map((p) => p.legitimateInterest)
            .filter(Boolean)
            .join('\n') || t('empty.notApplicable'),
        'Data Protection Impact Assessment required?': itemText(a.items, 'dpia').split('\n')[0] ?? '',
        'Data Protection Impact Assessment progress': source?.dpia.completedOn || source?.dpia.outcome || '',
        'Link to Data Protection Impact Assessment': source?.dpia.reference ?? '',
      };
      ICO_COLUMNS.forEach((label, c) => {
        const cell = ico.getCell(ICO_HEADER_ROW + 1 + r, c + 1);
        cell.value = values[label] ?? '';
        cell.alignment = { wrapText: true, vertical: 'top' };
      });
      progress.step();
    });
    ico.columns.forEach((c) => {
      c.width = 28;
    });
  }

  const buffer = await book.xlsx.writeBuffer();
  progress.finish();
  return fixFontOrder(new Uint8Array(buffer));
};
