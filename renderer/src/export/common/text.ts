/**
 * Characters no document may carry. XML 1.0 (§2.2, production `Char`) allows only tab, LF, CR,
 * U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF: a C0 control, U+FFFE, U+FFFF or half of a
 * surrogate pair in a part makes Word, LibreOffice and python-docx refuse the whole file. They come
 * from pasted text, never from something the DPO meant to print, and a PDF has no glyph for them.
 *
 * They are dropped, not replaced by U+FFFD: "�" in a register sent to a supervisory authority
 * would show a defect the DPO never typed, and every format (DOCX, XLSX, PDF, HTML, Markdown) then
 * prints the same text. A lone surrogate is dropped too (a UTF-8 encoder would otherwise turn it into
 * U+FFFD in some formats and into invalid bytes in others).
 */
const NOT_PRINTABLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text with every character XML 1.0 forbids removed (see above). */
export const printableText = (s: string): string => s.replace(NOT_PRINTABLE, '');

const isPlainObject = (v: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/**
 * The same value with `printableText` applied to every string in it (record or view model), so a
 * document builder never sees a character its format cannot hold. This is the one boundary every
 * printed string crosses: the register and policy view models and the workbook's record pass
 * through it before any DOCX, XLSX, PDF, HTML or Markdown builder lays them out. Strings already
 * clean keep their identity and objects are only copied when something in them changed.
 */
export const printableDeep = <T>(value: T): T => {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return printableText(v);
    if (Array.isArray(v)) {
      let changed = false;
      const out = v.map((item: unknown) => {
        const next = walk(item);
        if (next !== item) changed = true;
        return next;
      });
      return changed ? out : v;
    }
    if (typeof v === 'object' && v !== null && isPlainObject(v)) {
      let changed = false;
      const out: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(v)) {
        const next = walk(item);
        if (next !== item) changed = true;
        out[k] = next;
      }
      return changed ? out : v;
    }
    return v;
  };
  // The walk keeps every shape and only rewrites strings, so the type is unchanged.
  return walk(value) as T;
};
