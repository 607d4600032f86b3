import { AlignmentType, Paragraph, TextRun, type FileChild } from 'docx';
import type { Language } from '../../domain/common';
import { buildDocxDocument, packDocx } from '../common/docx';
import { progressSteps, type BuildControl } from '../common/progress';

/**
 * A reply letter to a data subject, as the view model wrote it: every sentence is either wording of
 * the "letters" namespace (what the law requires the letter to say) or a fact from the record; a fact
 * that is missing appears as the gap wording, so the DPO sees it before sending.
 */
export interface LetterDocument {
  language: Language;
  organisationName: string;
  title: string;
  subject: string;
  /** The organisation's name and address block, top left. */
  sender: string[];
  /** The requester's name and contact block. */
  recipient: string[];
  /** "Paris, 2 March 2026". */
  placeAndDate: string;
  /** "Your request of 2 March 2026 — reference DSR-2026-001". */
  reference: string;
  salutation: string;
  paragraphs: string[];
  closing: string;
  signature: string[];
  wording: { page: string; of: string };
}

const block = (lines: readonly string[], alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]): Paragraph[] =>
  lines.map((line) => new Paragraph({ text: line, ...(alignment ? { alignment } : {}) }));

export const renderLetterDocx = async (letter: LetterDocument, control: BuildControl = {}): Promise<Uint8Array> => {
  const progress = progressSteps(1, control);
  const children: FileChild[] = [
    ...block(letter.sender),
    new Paragraph({ text: '' }),
    ...block(letter.recipient, AlignmentType.RIGHT),
    new Paragraph({ text: '' }),
    new Paragraph({ text: letter.placeAndDate, alignment: AlignmentType.RIGHT }),
    new Paragraph({ text: '' }),
    new Paragraph({ children: [new TextRun({ text: letter.reference, bold: true })] }),
    new Paragraph({ text: '' }),
    new Paragraph({ text: letter.salutation }),
    ...letter.paragraphs.map(
      (text) => new Paragraph({ text, spacing: { after: 160 }, alignment: AlignmentType.JUSTIFIED }),
    ),
    new Paragraph({ text: letter.closing, spacing: { before: 160, after: 480 } }),
    ...block(letter.signature),
  ];
  const word = buildDocxDocument({
    title: letter.title,
    subject: letter.subject,
    creator: letter.organisationName,
    language: letter.language,
    wording: { page: letter.wording.page, of: letter.wording.of, header: letter.organisationName },
    sections: [{ orientation: 'portrait', titlePage: true, children }],
  });
  const bytes = await packDocx(word, undefined, { ...(control.houseStyle ? { houseStyle: control.houseStyle } : {}) });
  progress.finish();
  return bytes;
};
