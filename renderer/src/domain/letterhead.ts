import { z } from 'zod';

/**
 * A firm's house style, taken from a Word document or template it supplies (its letterhead):
 * what every DOCX and PDF export reuses. Only parts that hold no active content are kept (no
 * macros, external links or embedded objects: the reader refuses those files whole), as text,
 * so the stored value is plain data that zod checks on every read, like any other record.
 */

/** Twentieths of a point (Word's unit for page size and margins). A0 is 47,678 × 67,407. */
const twips = z.number().int().min(0).max(80_000);
const hexColour = z.string().regex(/^[0-9A-F]{6}$/, 'a colour as six hexadecimal digits');

export const LETTERHEAD_IMAGE_TYPES = ['image/png', 'image/jpeg'] as const;

export const letterheadImageSchema = z.object({
  /** The file name inside the letterhead (word/media/…), kept for its relationship. */
  name: z.string().min(1).max(200),
  contentType: z.enum(LETTERHEAD_IMAGE_TYPES),
  base64: z.string().max(8_000_000),
  /** Pixels, read from the image itself. */
  widthPx: z.number().int().min(1).max(10_000),
  heightPx: z.number().int().min(1).max(10_000),
  /** Whether it has transparency (PDF/A-1 forbids it: such a logo is left out of PDFs, with a warning). */
  transparent: z.boolean(),
});
export type LetterheadImage = z.infer<typeof letterheadImageSchema>;

/** A header or footer part as the letterhead has it, with the relationships of its images. */
export const letterheadPartSchema = z.object({
  xml: z.string().max(2_000_000),
  /** Relationship id → image name (an entry of `images`). */
  images: z.record(z.string().max(100), z.string().max(200)),
  /** Its text, paragraph by paragraph (for the PDF and the preview). */
  lines: z.array(z.string().max(1000)).max(50),
});
export type LetterheadPart = z.infer<typeof letterheadPartSchema>;

/** At most 5 MB per font file (a Latin office font is 100–800 KB; 5 MB holds large character sets). */
export const LETTERHEAD_FONT_MAX_BYTES = 5 * 1024 * 1024;
/** Base64 of LETTERHEAD_FONT_MAX_BYTES. */
const FONT_BASE64_MAX = Math.ceil(LETTERHEAD_FONT_MAX_BYTES / 3) * 4;

/** The faces of a font family as pdfmake names them. */
export const LETTERHEAD_FONT_FACES = ['normal', 'bold', 'italics', 'bolditalics'] as const;
export type LetterheadFontFace = (typeof LETTERHEAD_FONT_FACES)[number];

/** One TrueType file of the firm's font, checked when it was added (see data/letterhead/font.ts). */
export const letterheadFontFileSchema = z.object({
  fileName: z.string().trim().min(1).max(260),
  base64: z.string().min(1).max(FONT_BASE64_MAX),
});
export type LetterheadFontFile = z.infer<typeof letterheadFontFileSchema>;

/**
 * The firm's font for PDFs, supplied as TrueType files (Word does not put fonts in a .docx). The
 * regular face is required; a missing bold or italic face is drawn with the regular file. pdfkit
 * embeds a subset of it in every PDF, which PDF/A-1b requires.
 */
export const letterheadFontSchema = z.object({
  /** The family name the font gives itself (its name table). */
  family: z.string().trim().min(1).max(200),
  faces: z.object({
    normal: letterheadFontFileSchema,
    bold: letterheadFontFileSchema.optional(),
    italics: letterheadFontFileSchema.optional(),
    bolditalics: letterheadFontFileSchema.optional(),
  }),
});
export type LetterheadFont = z.infer<typeof letterheadFontSchema>;

export const houseStyleSchema = z.object({
  /** What the DPO calls it: the file name by default. */
  name: z.string().trim().min(1).max(200),
  page: z.object({ width: twips, height: twips }),
  margins: z.object({ top: twips, right: twips, bottom: twips, left: twips, header: twips, footer: twips }),
  /** The body font (Normal style, or the document defaults), if named. */
  bodyFont: z.string().max(100).nullable(),
  /** The font of Heading 1, if it names its own. */
  headingFont: z.string().max(100).nullable(),
  headingColour: hexColour.nullable(),
  header: letterheadPartSchema.nullable(),
  footer: letterheadPartSchema.nullable(),
  images: z.array(letterheadImageSchema).max(20),
  /** The image shown in the PDF header: the header's first image. */
  logo: z.string().max(200).nullable(),
  /** The firm's TrueType font for PDFs, if the DPO added one (absent in letterheads stored before it existed). */
  pdfFont: letterheadFontSchema.optional(),
});
export type HouseStyle = z.infer<typeof houseStyleSchema>;

/** The image named as the letterhead's logo, if any. */
export const letterheadLogo = (style: HouseStyle): LetterheadImage | undefined =>
  style.logo === null ? undefined : style.images.find((i) => i.name === style.logo);

/**
 * A letterhead kept in the app: the house style read from the file, and where it applies. A firm
 * (lawyers, external DPOs) puts its own paper under every client's documents; a group may give a
 * subsidiary its own. `organisationId: null` is the letterhead for every organisation; an
 * organisation's own one, when it has one, wins over it. One per place (the repository replaces).
 */
export const letterheadRecordSchema = z.object({
  id: z.string().min(1).max(100),
  organisationId: z.string().min(1).max(100).nullable(),
  /** The file it was read from, as the DPO picked it (shown in Settings and the export dialog). */
  fileName: z.string().trim().min(1).max(260),
  sizeBytes: z.number().int().min(0).max(100_000_000),
  importedAt: z.iso.datetime({ offset: true }),
  style: houseStyleSchema,
});
export type LetterheadRecord = z.infer<typeof letterheadRecordSchema>;

/** The letterhead an organisation's documents go out on: its own, else the one for every organisation. */
export const letterheadInUse = (
  records: readonly LetterheadRecord[],
  organisationId: string,
): LetterheadRecord | undefined =>
  records.find((r) => r.organisationId === organisationId) ?? records.find((r) => r.organisationId === null);
