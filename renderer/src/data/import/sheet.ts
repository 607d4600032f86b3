/** One sheet of a spreadsheet, as text cells (dates as YYYY-MM-DD), trailing empty cells trimmed. */
export interface Sheet {
  name: string;
  rows: string[][];
}
