/**
 * Font hints for the scripts Calibri lacks, in the WordprocessingML that docx wrote. Word and
 * LibreOffice pick a run's font by the character's class: `w:ascii`/`w:hAnsi` for Latin, Greek and
 * Cyrillic, `w:eastAsia` for Chinese and Japanese, `w:cs` (complex script) for Arabic, Hebrew and
 * Thai. The document's default names a font for each class (./docx.ts); here, a run holding
 * right-to-left or Thai text is cut at script changes and the non-Latin part is marked: `w:rtl`
 * (so Word orders Arabic and Hebrew right to left), the complex-script font and language. Runs
 * with anything but one text element (fields, tabs, breaks) are left alone.
 */

type ScriptClass = 'latin' | 'eastAsia' | 'arabic' | 'hebrew' | 'thai';

/** Fonts present with Windows and macOS Office installs; Word and LibreOffice substitute otherwise. */
export const DOCX_SCRIPT_FONTS = { eastAsia: 'SimSun', arabic: 'Arial', hebrew: 'Arial', thai: 'Tahoma' } as const;
const BIDI_LANGUAGE: Record<'arabic' | 'hebrew' | 'thai', string> = { arabic: 'ar-SA', hebrew: 'he-IL', thai: 'th-TH' };

const HEBREW = /[\u0590-\u05FF\uFB1D-\uFB4F]/u;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/u;
const THAI = /[\u0E00-\u0E7F]/u;
const EAST_ASIAN =
  /[\u1100-\u11FF\u2E80-\u2FDF\u3000-\u30FF\u3100-\u31FF\u3200-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF\u{20000}-\u{3FFFF}]/u;
const LETTER = /\p{L}|\p{N}/u;
const NEEDS_WORK =
  /[\u0590-\u08FF\u0E00-\u0E7F\u1100-\u11FF\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFB1D-\uFDFF\uFE70-\uFFEF\u{20000}-\u{3FFFF}]/u;

const classOf = (char: string): ScriptClass | undefined => {
  if (HEBREW.test(char)) return 'hebrew';
  if (ARABIC.test(char)) return 'arabic';
  if (THAI.test(char)) return 'thai';
  if (EAST_ASIAN.test(char)) return 'eastAsia';
  return LETTER.test(char) ? 'latin' : undefined;
};

/** Cuts text at script changes; spaces and punctuation stay with the text before them. */
const segments = (text: string): { script: ScriptClass; text: string }[] => {
  const out: { script: ScriptClass; text: string }[] = [];
  // An entity (&amp;) is one neutral unit: never cut in two.
  for (const [char] of text.matchAll(/&[#a-zA-Z0-9]+;|[\s\S]/gu)) {
    const script = char.length > 2 && char.startsWith('&') ? undefined : classOf(char);
    const last = out[out.length - 1];
    if (last && (script === undefined || script === last.script)) last.text += char;
    else out.push({ script: script ?? 'latin', text: char });
  }
  return out;
};

/** Inserts `element` into a run's properties at its place in the schema order (before any of `before`). */
const insertInProperties = (rPr: string, element: string, before: readonly string[]): string => {
  const inner = rPr.slice('<w:rPr>'.length, -'</w:rPr>'.length);
  for (const name of before) {
    const at = inner.indexOf(`<w:${name}`);
    if (
      at >= 0 &&
      (inner[at + name.length + 3] === ' ' ||
        inner[at + name.length + 3] === '/' ||
        inner[at + name.length + 3] === '>')
    )
      return `<w:rPr>${inner.slice(0, at)}${element}${inner.slice(at)}</w:rPr>`;
  }
  return `<w:rPr>${inner}${element}</w:rPr>`;
};

/** What follows w:rFonts in CT_RPr (ECMA-376 Part 1, 17.3.2.28), for inserting it in order. */
const AFTER_FONTS = [
  'b',
  'bCs',
  'i',
  'iCs',
  'caps',
  'smallCaps',
  'strike',
  'dstrike',
  'outline',
  'shadow',
  'emboss',
  'imprint',
  'noProof',
  'snapToGrid',
  'vanish',
  'webHidden',
  'color',
  'spacing',
  'w',
  'kern',
  'position',
  'sz',
  'szCs',
  'highlight',
  'u',
  'effect',
  'bdr',
  'shd',
  'fitText',
  'vertAlign',
  'rtl',
  'cs',
  'em',
  'lang',
  'eastAsianLayout',
  'specVanish',
  'oMath',
];
const AFTER_RTL = ['cs', 'em', 'lang', 'eastAsianLayout', 'specVanish', 'oMath'];
const AFTER_LANG = ['eastAsianLayout', 'specVanish', 'oMath'];

const hinted = (rPr: string, script: ScriptClass): string => {
  if (script === 'latin') return rPr;
  let props = rPr === '' ? '<w:rPr></w:rPr>' : rPr;
  if (/<w:rFonts\b/.test(props)) return rPr; // the run names its own fonts already
  if (script === 'eastAsia') {
    props = insertInProperties(
      props,
      `<w:rFonts w:eastAsia="${DOCX_SCRIPT_FONTS.eastAsia}" w:hint="eastAsia"/>`,
      AFTER_FONTS,
    );
    return props;
  }
  props = insertInProperties(props, `<w:rFonts w:cs="${DOCX_SCRIPT_FONTS[script]}" w:hint="cs"/>`, AFTER_FONTS);
  if (script !== 'thai') props = insertInProperties(props, '<w:rtl/>', AFTER_RTL);
  if (!/<w:lang\b/.test(props))
    props = insertInProperties(props, `<w:lang w:bidi="${BIDI_LANGUAGE[script]}"/>`, AFTER_LANG);
  return props;
};

const SIMPLE_RUN = /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t( xml:space="preserve")?>([^<]*)<\/w:t><\/w:r>/gs;

/** The part with its non-Latin text runs cut by script and hinted; text without such characters is returned as is. */
export const hintScripts = (xml: string): string => {
  if (!NEEDS_WORK.test(xml)) return xml;
  return xml.replace(SIMPLE_RUN, (run: string, rPr: string | undefined, _space: string | undefined, text: string) => {
    if (!NEEDS_WORK.test(text)) return run;
    return segments(text)
      .map((s) => `<w:r>${hinted(rPr ?? '', s.script)}<w:t xml:space="preserve">${s.text}</w:t></w:r>`)
      .join('');
  });
};
