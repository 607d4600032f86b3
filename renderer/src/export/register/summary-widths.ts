/**
 * The summary's column widths in points, or '*' for a share of the rest, in the PDF and in Word alike:
 * the reference, status and review date are short, the activity, purposes and legal bases share the page.
 */
export const SUMMARY_COLUMN_WIDTHS = [55, '*', '*', '*', 55, 75] as const;

/**
 * The same in Word, whose table text is 10 pt rather than the PDF's 8.5 pt: wide enough for the bold
 * headings ("Reference", "Référence") unbroken in Calibri and in the wider fonts LibreOffice may draw it with.
 */
export const DOCX_SUMMARY_COLUMN_WIDTHS = [75, '*', '*', '*', 65, 85] as const;
