import { setFontFileLoader } from '../export/common/fonts/pdf-fonts';
import { handlePartMessage } from '../export/common/pdf/worker-pool';
import { importFontFile } from './font-files';

/** The part of a dedicated worker's global scope this worker uses (the program is typed with DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
}

/**
 * A PDF part worker, started by the export worker's pool (`startPdfPartPool`): lays out one part
 * of a large register at a time, so the parts of one register use every core.
 */
const scope = self as unknown as WorkerScope;
// A part with Arabic, Chinese… loads the fallback fonts it needs, as the export worker does.
setFontFileLoader(importFontFile);
scope.onmessage = (event) => {
  void handlePartMessage(event.data, (message, transfer) => scope.postMessage(message, transfer ?? []));
};
