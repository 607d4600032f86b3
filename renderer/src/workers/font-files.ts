import type { FallbackFontFile, FontFileLoader } from '../export/common/fonts/families';

/**
 * The fallback fonts in the app: each face is its own lazily loaded chunk (a data: URL inside a
 * script, which loads from the app's own files under Electron's file:// and the web edition
 * alike, where fetch of file:// would not), so the 10 MB Chinese font is read only by an export
 * that prints Chinese. The paths must stay literal for the bundler.
 */
const FACES: Record<FallbackFontFile, () => Promise<{ default: string }>> = {
  'NotoSans_400Regular.ttf': () => import('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?inline'),
  'NotoSans_700Bold.ttf': () => import('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?inline'),
  'NotoSans_400Regular_Italic.ttf': () =>
    import('@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf?inline'),
  'NotoSans_700Bold_Italic.ttf': () =>
    import('@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf?inline'),
  'NotoSansArabic_400Regular.ttf': () =>
    import('@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf?inline'),
  'NotoSansArabic_700Bold.ttf': () =>
    import('@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf?inline'),
  'NotoSansHebrew_400Regular.ttf': () =>
    import('@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf?inline'),
  'NotoSansHebrew_700Bold.ttf': () =>
    import('@expo-google-fonts/noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf?inline'),
  'NotoSansThai_400Regular.ttf': () =>
    import('@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf?inline'),
  'NotoSansThai_700Bold.ttf': () => import('@expo-google-fonts/noto-sans-thai/700Bold/NotoSansThai_700Bold.ttf?inline'),
  'NotoSansSC_400Regular.ttf': () =>
    import('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?inline'),
  'NotoSansSC_700Bold.ttf': () => import('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?inline'),
};

const DATA_URL_PREFIX = /^data:[^,]*;base64,/;

/** The face's bytes as base64 (what pdfmake's virtual file system takes). */
export const importFontFile: FontFileLoader = async (file) => {
  const { default: url } = await FACES[file]();
  if (!DATA_URL_PREFIX.test(url)) throw new Error(`The font ${file} was not bundled as data.`);
  return url.replace(DATA_URL_PREFIX, '');
};
