import { setFontFileLoader } from '../export/common/fonts/pdf-fonts';
import { handlePartMessage } from '../export/common/pdf/worker-pool';
import { importFontFile } from './font-files';
import { workerScope } from './scope';

/**
 * A PDF part worker, started by the export worker's pool (`startPdfPartPool`): lays out one part
 * of a large register at a time, so the parts of one register use every core.
 */
const scope = workerScope<unknown, unknown>();
// A part with Arabic, Chinese… loads the fallback fonts it needs, as the export worker does.
setFontFileLoader(importFontFile);
scope.onMessage((request) => {
  void handlePartMessage(request, (message, transfer) => scope.postMessage(message, transfer ?? []));
});
