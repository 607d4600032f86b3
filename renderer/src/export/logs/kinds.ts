/**
 * The logs and their formats, apart from their builders: the command line checks its arguments
 * against these before it loads docx, pdfmake or exceljs (seconds of start-up).
 */

/** The two logs kept beside the Art. 30 register: the breach register (Art. 33(5)) and the request log (Art. 12–22). */
export const LOG_KINDS = ['breaches', 'requests'] as const;
export type LogKind = (typeof LOG_KINDS)[number];
export const LOG_FORMATS = ['docx', 'pdf', 'xlsx'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];
