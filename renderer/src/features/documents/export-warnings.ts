import type { TFunction } from 'i18next';
import type { Notice } from '../../components';
import type { ExportWarning } from '../../export/common/warnings';

/** At most this many characters are named in the notice; the count says how many there are. */
const NAMED = 3;

/**
 * The notice after saving a document that was built with warnings: which characters no bundled
 * font has and where they are (the PDF prints their code point instead), a letterhead logo left
 * or font left out, a PDF built without the speed-ups, Word contents left without page numbers.
 */
export const savedNotice = (t: TFunction, savedMessage: string, warnings: readonly ExportWarning[]): Notice => {
  if (warnings.length === 0) return { severity: 'success', message: savedMessage };
  const missing = warnings.flatMap((w) => (w.kind === 'missingCharacter' ? [w] : []));
  const logo = warnings.find((w) => w.kind === 'letterheadLogoLeftOut');
  const font = warnings.find((w) => w.kind === 'letterheadFontLeftOut');
  const slower = warnings.some((w) => w.kind === 'pdfSpeedupsUnavailable');
  const contents = warnings.find((w) => w.kind === 'wordContentsPagesLeftOut');
  const list = missing
    .slice(0, NAMED)
    .map((w) =>
      t('letterhead:missingCharacter', { character: w.character, codePoint: w.codePoint, context: w.context }),
    )
    .join(' ');
  const parts = [
    savedMessage,
    ...(missing.length > 0 ? [t('letterhead:missingCharacters', { count: missing.length }), list] : []),
    ...(logo ? [t('letterhead:logoLeftOut', { image: logo.image })] : []),
    ...(font ? [t('letterhead:fontLeftOut', { family: font.family })] : []),
    ...(slower ? [t('export-warnings:pdfSpeedupsUnavailable')] : []),
    ...(contents
      ? [
          t(
            contents.reason === 'tooLong'
              ? 'export-warnings:wordContentsPagesTooLong'
              : 'export-warnings:wordContentsPagesNotLaidOut',
          ),
        ]
      : []),
  ];
  return { severity: 'warning', message: parts.join(' ') };
};
