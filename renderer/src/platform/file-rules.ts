/**
 * The pure rules behind opening files and links, shared by both editions and tested without a DOM.
 */
import {
  ABSOLUTE_OPEN_MAX_BYTES,
  checkExternalUrl,
  DEFAULT_OPEN_MAX_BYTES,
  type FileFilter,
  fileTooLargeMessage,
  formatByteSize,
} from '../../../electron/shared/ipc-contract';

/** ['.JSON', 'csv'] → ['.json', '.csv']; refuses anything that is not a plain extension. */
export const normaliseAccept = (accept: readonly string[]): string[] => {
  if (accept.length === 0) throw new Error('Say which file types can be opened (e.g. ".json").');
  return accept.map((raw) => {
    const extension = raw.trim().toLowerCase().replace(/^\.?/, '.');
    if (!/^\.[a-z0-9]+(\.[a-z0-9]+)?$/.test(extension)) {
      throw new Error(`"${raw}" is not a file extension such as ".json".`);
    }
    return extension;
  });
};

/** True when the file name ends with one of the accepted extensions (case-insensitive). */
export const matchesAccept = (fileName: string, accept: readonly string[]): boolean => {
  const lower = fileName.toLowerCase();
  return normaliseAccept(accept).some((extension) => lower.endsWith(extension) && lower.length > extension.length);
};

/** The caller's limit, or the 50 MB default; an impossible limit is a programming error, said plainly. */
export const resolveMaxBytes = (maxBytes: number | undefined): number => {
  if (maxBytes === undefined) return DEFAULT_OPEN_MAX_BYTES;
  if (!Number.isInteger(maxBytes) || maxBytes <= 0 || maxBytes > ABSOLUTE_OPEN_MAX_BYTES) {
    throw new Error(
      `The size limit must be a whole number of bytes between 1 and ${formatByteSize(ABSOLUTE_OPEN_MAX_BYTES)}.`,
    );
  }
  return maxBytes;
};

/**
 * Why a picked file cannot be opened, or `null` when it can. A file picker's `accept` is only a
 * hint (the user can switch to "All files"), so the type is checked again here.
 */
export const refusalForPickedFile = (
  file: { name: string; size: number },
  options: { accept: readonly string[]; maxBytes?: number },
): string | null => {
  const accept = normaliseAccept(options.accept);
  if (!matchesAccept(file.name, accept)) {
    return `"${file.name}" is not a file DPO Desk can open here; choose a ${accept.join(' or ')} file.`;
  }
  const maxBytes = resolveMaxBytes(options.maxBytes);
  if (file.size > maxBytes) return fileTooLargeMessage(file.name, file.size, maxBytes);
  return null;
};

/** Native dialog filters from an accept list: [{ name: 'JSON', extensions: ['json'] }]. */
export const filtersFromAccept = (accept: readonly string[]): FileFilter[] => {
  const extensions = normaliseAccept(accept).map((extension) => extension.slice(1));
  return [{ name: extensions.map((extension) => extension.toUpperCase()).join(', '), extensions }];
};

/** The allowed, normalised URL, or an Error naming why the link is refused. */
export const allowedExternalUrl = (raw: string): string => {
  const verdict = checkExternalUrl(raw);
  if (!verdict.allowed) throw new Error(verdict.reason);
  return verdict.url;
};
