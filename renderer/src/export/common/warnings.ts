/**
 * What a document builder tells the user about a document it did build: something in the record
 * that could not be printed as entered, or a build that took a slower path. Plain data, so it
 * crosses from the export worker (and the PDF part workers) to the window and reaches the
 * command-line tool's output.
 */
export type ExportWarning =
  /** This pdfmake did not take the PDF speed-ups: the PDF is the same, built slower. */
  | { kind: 'pdfSpeedupsUnavailable' }
  | {
      kind: 'missingCharacter';
      /** The character as entered, e.g. "😀". */
      character: string;
      /** "U+1F600", also what the document prints in its place. */
      codePoint: string;
      /** The start of the text it is in, to find it in the record. */
      context: string;
    }
  /** The letterhead's logo has transparency, which PDF/A-1 forbids: the PDF goes out without it. */
  | { kind: 'letterheadLogoLeftOut'; image: string }
  /** The letterhead's font for PDFs could not be read (a damaged record): the PDF is on the bundled fonts. */
  | { kind: 'letterheadFontLeftOut'; family: string }
  /**
   * The Word file's contents (`entries` lines) go out without page numbers for Word, which fills them
   * when its fields are updated: the document is too long for the full layout within the export and
   * holds something the quick layout of long documents does not follow, such as text in another font or
   * script (`tooLong`), or holds something the full layout does not know (`notLaidOut`). LibreOffice
   * numbers them itself.
   */
  | { kind: 'wordContentsPagesLeftOut'; entries: number; reason: 'tooLong' | 'notLaidOut' };

/** The same warning heard twice (from two parts of a parallel PDF, say) is told once. */
export const sameWarning = (a: ExportWarning, b: ExportWarning): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Adds the warning to the list unless the list already has it; true when it was new. */
export const addWarning = (list: ExportWarning[], warning: ExportWarning): boolean => {
  if (list.some((known) => sameWarning(known, warning))) return false;
  list.push(warning);
  return true;
};

/** One line in English, for the command-line tool and logs (the app words it through i18n). */
export const describeWarning = (warning: ExportWarning): string => {
  switch (warning.kind) {
    case 'pdfSpeedupsUnavailable':
      return "The PDF was built without DPO Desk's speed-ups (this copy's PDF library did not accept them): the document is complete, only the export took longer.";
    case 'missingCharacter':
      return `No bundled font has the character ${warning.character} (${warning.codePoint}), in "${warning.context}": it is printed as [${warning.codePoint}].`;
    case 'letterheadLogoLeftOut':
      return `The letterhead's logo (${warning.image}) has transparency, which PDF/A-1 forbids: the PDF is printed without it.`;
    case 'letterheadFontLeftOut':
      return `The letterhead's font for PDFs (${warning.family}) could not be read: the PDF is printed in DPO Desk's own font. Add the font to the letterhead again.`;
    case 'wordContentsPagesLeftOut':
      return `The contents (${warning.entries} lines) carry no page numbers for Word: ${warning.reason === 'tooLong' ? 'the document is too long to lay out in full as Word does during the export, and holds something the quick layout of long documents does not follow (text in another font or script)' : 'it holds something DPO Desk cannot lay out as Word does'}. In Word, right-click the contents and choose Update Field; LibreOffice shows the numbers when it opens the file.`;
  }
};
