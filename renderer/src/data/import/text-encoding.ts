/**
 * Which encoding a text file (a CSV, a backup) is written in. Excel on Windows saves CSV as
 * Windows-1252 ("CSV (séparateur : point-virgule)") or UTF-16 ("Texte Unicode"); LibreOffice and
 * Excel's "CSV UTF-8" write UTF-8, with or without a byte-order mark.
 */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** How the encoding was found: a byte-order mark, the pattern of NUL bytes, strict UTF-8, or the fallback. */
  evidence: 'bom' | 'nul-pattern' | 'valid-utf-8' | 'fallback';
}

/**
 * Windows-1252's 0x80–0x9F (the WHATWG Encoding Standard's index): €, ‚, ƒ, „, …, œ, Ÿ… Decoded by
 * hand because Node's TextDecoder treats "windows-1252" as Latin-1 and would turn "€" into U+0080;
 * the five undefined bytes map to the control characters of the same value, as browsers do.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
] as const;

export const decodeWindows1252 = (bytes: Uint8Array): string => {
  const parts: string[] = [];
  const CHUNK = 0x4000;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
};

/** The encoding its byte-order mark names, or null. */
export const bomEncoding = (bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null => {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
};

/**
 * UTF-16 without a byte-order mark: text in Latin script has a NUL in every other byte (the high
 * byte of each character), which UTF-8 and Windows-1252 text never has. Judged on the first 4 KB.
 */
export const nulPatternEncoding = (bytes: Uint8Array): TextEncodingName | null => {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
};

/**
 * Decodes text the way a careful reader would: a byte-order mark wins; then UTF-16 by its NUL
 * pattern; then strict UTF-8 (an invalid byte is not silently replaced by "�"); and when the
 * bytes are not UTF-8, Windows-1252 — which every byte sequence is — so the caller can say so.
 */
export const decodeText = (bytes: Uint8Array): DecodedText => {
  const bom = bomEncoding(bytes);
  if (bom)
    return {
      text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)),
      encoding: bom.encoding,
      evidence: 'bom',
    };
  const utf16 = nulPatternEncoding(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, evidence: 'nul-pattern' };
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
      evidence: 'valid-utf-8',
    };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', evidence: 'fallback' };
  }
};
