/**
 * The fonts a DPO Desk PDF can print with. Roboto (pdfmake's bundled font) covers Latin, Greek and
 * Cyrillic and is always loaded; the Noto fonts (SIL Open Font License 1.1, from the
 * `@expo-google-fonts/noto-sans*` npm packages) are the fallbacks for what Roboto lacks, loaded
 * only by a document that holds such characters. pdfkit embeds every font as a subset of the
 * glyphs used, so a Chinese name costs a few kilobytes in the PDF, not the 10 MB font.
 */

/** A font family as pdfmake knows it: one file per face. */
export interface FontFamilyFiles {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

export const PRIMARY_FONT = 'Roboto';

export const FALLBACK_FONT_FAMILIES = [
  'NotoSans',
  'NotoSansArabic',
  'NotoSansHebrew',
  'NotoSansThai',
  'NotoSansSC',
] as const;
export type FallbackFontFamily = (typeof FALLBACK_FONT_FAMILIES)[number];

/** Each fallback face's file, named as in its npm package (the virtual file system uses the same names). */
export const FALLBACK_FONT_FILES = {
  'NotoSans_400Regular.ttf': '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  'NotoSans_700Bold.ttf': '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  'NotoSans_400Regular_Italic.ttf': '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  'NotoSans_700Bold_Italic.ttf': '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf',
  'NotoSansArabic_400Regular.ttf': '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  'NotoSansArabic_700Bold.ttf': '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
  'NotoSansHebrew_400Regular.ttf': '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf',
  'NotoSansHebrew_700Bold.ttf': '@expo-google-fonts/noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf',
  'NotoSansThai_400Regular.ttf': '@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf',
  'NotoSansThai_700Bold.ttf': '@expo-google-fonts/noto-sans-thai/700Bold/NotoSansThai_700Bold.ttf',
  'NotoSansSC_400Regular.ttf': '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  'NotoSansSC_700Bold.ttf': '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;
export type FallbackFontFile = keyof typeof FALLBACK_FONT_FILES;

/** The scripts without italics (Arabic, Hebrew, Thai, Chinese) use the upright faces for italics. */
export const FALLBACK_FAMILY_FACES: Record<FallbackFontFamily, Record<keyof FontFamilyFiles, FallbackFontFile>> = {
  NotoSans: {
    normal: 'NotoSans_400Regular.ttf',
    bold: 'NotoSans_700Bold.ttf',
    italics: 'NotoSans_400Regular_Italic.ttf',
    bolditalics: 'NotoSans_700Bold_Italic.ttf',
  },
  NotoSansArabic: {
    normal: 'NotoSansArabic_400Regular.ttf',
    bold: 'NotoSansArabic_700Bold.ttf',
    italics: 'NotoSansArabic_400Regular.ttf',
    bolditalics: 'NotoSansArabic_700Bold.ttf',
  },
  NotoSansHebrew: {
    normal: 'NotoSansHebrew_400Regular.ttf',
    bold: 'NotoSansHebrew_700Bold.ttf',
    italics: 'NotoSansHebrew_400Regular.ttf',
    bolditalics: 'NotoSansHebrew_700Bold.ttf',
  },
  NotoSansThai: {
    normal: 'NotoSansThai_400Regular.ttf',
    bold: 'NotoSansThai_700Bold.ttf',
    italics: 'NotoSansThai_400Regular.ttf',
    bolditalics: 'NotoSansThai_700Bold.ttf',
  },
  NotoSansSC: {
    normal: 'NotoSansSC_400Regular.ttf',
    bold: 'NotoSansSC_700Bold.ttf',
    italics: 'NotoSansSC_400Regular.ttf',
    bolditalics: 'NotoSansSC_700Bold.ttf',
  },
};

/** The distinct files of a family. */
export const familyFiles = (family: FallbackFontFamily): FallbackFontFile[] => [
  ...new Set(Object.values(FALLBACK_FAMILY_FACES[family])),
];

/**
 * Fetches one fallback face's bytes as base64 (pdfmake's virtual file system takes base64). Node
 * reads the npm package's file (`cli/font-files.ts`); the app's export worker imports it as a
 * lazily loaded chunk (`workers/font-files.ts`).
 */
export type FontFileLoader = (file: FallbackFontFile) => Promise<string>;
