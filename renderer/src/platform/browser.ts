/**
 * The web edition (`npm run web`, and the end-to-end target): downloads instead of Save dialogs,
 * a file input instead of the Open dialog, a new tab for allow-listed links.
 */
import packageInfo from '../../../package.json';
import { createBrowserBackupFolder } from './browser-backup-folder';
import { allowedExternalUrl, normaliseAccept, refusalForPickedFile } from './file-rules';
import type { AppInfo, OpenedFile, OpenFileOptions, Platform, SaveFileOptions, SaveFileOutcome } from './types';
import { isObject } from '../domain/values';

/** Chromium reads a blob URL asynchronously after click(); revoking at once can cancel the download. */
const REVOKE_BLOB_URL_AFTER_MS = 1000;

/**
 * The bytes as a Blob takes them. A document of 10 MB copied first (`slice`) cost the window a
 * copy and a collection of it right when the export ends; a view on an ArrayBuffer is not copied.
 */
const blobPart = (bytes: Uint8Array): Uint8Array<ArrayBuffer> =>
  bytes.buffer instanceof ArrayBuffer
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : bytes.slice();

const download = ({ suggestedName, bytes, mimeType }: SaveFileOptions): SaveFileOutcome => {
  const url = URL.createObjectURL(new Blob([blobPart(bytes)], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_BLOB_URL_AFTER_MS);
  }
  // The browser decides where downloads go and does not report it.
  return { saved: true };
};

const pickFile = (options: OpenFileOptions): Promise<OpenedFile | null> => {
  const accept = normaliseAccept(options.accept);
  return new Promise<OpenedFile | null>((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept.join(',');
    input.hidden = true;
    const finish = (): void => input.remove();
    input.addEventListener('cancel', () => {
      finish();
      resolve(null);
    });
    input.addEventListener('change', () => {
      finish();
      const file = input.files?.[0];
      if (!file) {
        resolve(null);
        return;
      }
      const refusal = refusalForPickedFile(file, { accept, maxBytes: options.maxBytes });
      if (refusal) {
        reject(new Error(refusal));
        return;
      }
      file
        .arrayBuffer()
        .then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }))
        .catch((error: unknown) =>
          reject(error instanceof Error ? error : new Error(`"${file.name}" could not be read.`)),
        );
    });
    document.body.append(input);
    input.click();
  });
};

const browserPlatformName = (): string => {
  // User-agent client hints (Chromium): not in every browser, nor in the DOM library's types.
  const hints: unknown = Reflect.get(navigator, 'userAgentData');
  const platform = isObject(hints) && typeof hints.platform === 'string' ? hints.platform : '';
  return platform || navigator.platform || 'web';
};

export const createBrowserPlatform = (): Platform => ({
  saveFile: async (options) => download(options),
  openFile: pickFile,
  appInfo: async (): Promise<AppInfo> => ({
    edition: 'web',
    name: packageInfo.productName,
    version: packageInfo.version,
    platform: browserPlatformName(),
  }),
  openExternal: async (url) => {
    const allowed = allowedExternalUrl(url);
    window.open(allowed, '_blank', 'noopener,noreferrer');
  },
  backupFolder: createBrowserBackupFolder(),
  // Without it the browser may evict the whole site's storage (database and backups) when space runs low.
  requestPersistentStorage: async () => (await navigator.storage?.persist?.().catch(() => false)) ?? false,
  onMenuCommand: () => () => undefined,
});
