/**
 * What a document builder tells the user about a document it did build: something in the record
 * that could not be printed as entered. Plain data, so it crosses from the export worker to the
 * window and reaches the command-line tool's output.
 */
export type ExportWarning =
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
  | { kind: 'letterheadLogoLeftOut'; image: string };

/** One line in English, for the command-line tool and logs (the app words it through i18n). */
export const describeWarning = (warning: ExportWarning): string =>
  warning.kind === 'missingCharacter'
    ? `No bundled font has the character ${warning.character} (${warning.codePoint}), in "${warning.context}": it is printed as [${warning.codePoint}].`
    : `The letterhead's logo (${warning.image}) has transparency, which PDF/A-1 forbids: the PDF is printed without it.`;
