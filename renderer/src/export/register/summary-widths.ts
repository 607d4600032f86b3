/**
 * The summary's column widths in points, or '*' for a share of the rest, in the PDF and in Word alike:
 * the reference, status and review date are short, the activity, purposes and legal bases share the page.
 */
export const SUMMARY_COLUMN_WIDTHS = [55, '*', '*', '*', 55, 75] as const;
