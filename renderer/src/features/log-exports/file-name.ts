import { FILE_EXTENSIONS, type ExportFormat } from '../../export/worker/protocol';

/** "Acme SAS (Lyon)" → "acme-sas-lyon": a file-name part every file system and mail client accepts. */
export const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');

/** `breach-register-acme-sas-2026-12-01.pdf`: what, whose, when; empty parts are left out. */
export const logExportFileName = (parts: {
  document: string;
  organisation: string;
  detail?: string;
  date: string;
  format: ExportFormat;
}): string => {
  const name = [parts.document, parts.organisation, parts.detail ?? '', parts.date]
    .map(slug)
    .filter((p) => p !== '')
    .join('-');
  return `${name || 'dpo-desk-export'}.${FILE_EXTENSIONS[parts.format]}`;
};
