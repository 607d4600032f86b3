import { SheetBounds } from './ods';

/**
 * RFC 4180 CSV: quoted fields may hold separators, line breaks and doubled quotes. The
 * separator is detected (a French Excel writes ";"), a UTF-8 byte-order mark is dropped.
 * Rows, cells and field length are bounded (SPREADSHEET_LIMITS) as they are read.
 */
export const parseCsv = (
  input: string,
  separator: string = detectSeparator(input),
  bounds: SheetBounds = new SheetBounds(),
): string[][] => {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  const endRow = () => {
    rows.push(row);
    bounds.addRow(rows.length, row.length);
    row = [];
  };
  const endField = () => {
    bounds.checkCell(field.length);
    row.push(field);
    bounds.checkWidth(row.length);
    field = '';
  };
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += c;
        // Checked as it grows: an unclosed quote must not swallow a 50 MB file into one field.
        if (field.length > 0xffff) bounds.checkCell(field.length);
      }
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === separator) endField();
    else if (c === '\r' || c === '\n') {
      endField();
      endRow();
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else {
      field += c;
      if (field.length > 0xffff) bounds.checkCell(field.length);
    }
    i++;
  }
  if (field !== '' || row.length > 0) {
    endField();
    endRow();
  }
  return rows;
};

/** The candidate that splits the first line (outside quotes) most often. */
export const detectSeparator = (text: string): string => {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',';
};
