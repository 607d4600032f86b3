import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { applyFontFallback, type MissingCharacter, type PrimaryFont } from './fallback';
import {
  FALLBACK_FAMILY_FACES,
  type FallbackFontFamily,
  type FontFamilyFiles,
  type FontFileLoader,
  familyFiles,
} from './families';

/** The two calls of pdfmake's singleton used to add a font at run time. */
export interface FontRegistry {
  addVirtualFileSystem(vfs: Record<string, string>): void;
  addFonts(fonts: Record<string, FontFamilyFiles>): void;
}

let loader: FontFileLoader | undefined;
const loaded = new Map<FallbackFontFamily, Promise<boolean>>();

/**
 * Says where the fallback fonts come from in this process (Node: the npm files; the export worker:
 * lazily imported chunks). Without a loader, characters Roboto lacks are reported as missing.
 */
export const setFontFileLoader = (next: FontFileLoader | undefined): void => {
  loader = next;
  loaded.clear();
};

/** Loads a family's faces once per process; false when they cannot be had (then its characters are missing). */
const loadFamily = (registry: FontRegistry, family: FallbackFontFamily): Promise<boolean> => {
  let pending = loaded.get(family);
  if (!pending) {
    const load = loader;
    pending = load
      ? Promise.all(familyFiles(family).map(async (file) => [file, await load(file)] as const))
          .then((files) => {
            registry.addVirtualFileSystem(Object.fromEntries(files));
            registry.addFonts({ [family]: FALLBACK_FAMILY_FACES[family] });
            return true;
          })
          .catch(() => {
            loaded.delete(family);
            return false;
          })
      : Promise.resolve(false);
    loaded.set(family, pending);
  }
  return pending;
};

export interface PreparedFonts {
  definition: TDocumentDefinitions;
  /** The characters no font had, filled in completely once the document is rendered. */
  missing: () => MissingCharacter[];
}

/**
 * Splits the definition's text by font, loads the fallback families it needs (only those), and
 * splits again without any family that failed to load, so its characters are reported. With a
 * `primary` font (a letterhead's), text is on it first, then on Roboto, then on the Noto fonts.
 */
export const prepareFonts = async (
  registry: FontRegistry,
  definition: TDocumentDefinitions,
  primary?: PrimaryFont,
): Promise<PreparedFonts> => {
  let result = applyFontFallback(definition, undefined, primary);
  if (result.families.size > 0) {
    const needed = [...result.families];
    const ok = await Promise.all(needed.map((family) => loadFamily(registry, family)));
    if (ok.some((loadedOk) => !loadedOk)) {
      // Only what did load: a character is then reported rather than put on a font that is not there.
      result = applyFontFallback(
        definition,
        needed.filter((_, i) => ok[i]),
        primary,
      );
    }
  }
  const final = result;
  return { definition: final.definition, missing: () => [...final.missing.values()] };
};
