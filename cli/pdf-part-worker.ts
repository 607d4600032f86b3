/**
 * A worker thread of the command-line tool's and the bench's PDF pool: lays out the parts it is
 * sent with the same code as the app's Web Worker (renderer/src/workers/pdf-part.worker.ts).
 */
import { parentPort } from 'node:worker_threads';
import { setFontFileLoader } from '../renderer/src/export/common/fonts/pdf-fonts';
import { handlePartMessage } from '../renderer/src/export/common/pdf/worker-pool';
import { readFontFile } from './font-files';

// The fallback fonts for characters Roboto lacks, read from their npm packages as the tool does.
setFontFileLoader(readFontFile);
const port = parentPort;
if (!port) throw new Error('cli/pdf-part-worker.ts runs as a worker thread only.');
port.on('message', (data: unknown) => {
  void handlePartMessage(data, (message, transfer) => port.postMessage(message, transfer ?? []));
});
