/**
 * A worker thread of the command-line tool's and the bench's PDF pool: lays out the parts it is
 * sent with the same code as the app's Web Worker (renderer/src/workers/pdf-part.worker.ts).
 */
import { parentPort } from 'node:worker_threads';
import { handlePartMessage } from '../renderer/src/export/common/pdf/worker-pool';
import { useNodePdfPlatform } from './node-pdf';

// The fallback fonts from their npm packages and Node's zlib, as in the tool's own thread.
useNodePdfPlatform();
const port = parentPort;
if (!port) throw new Error('cli/pdf-part-worker.ts runs as a worker thread only.');
port.on('message', (data: unknown) => {
  void handlePartMessage(data, (message, transfer) => port.postMessage(message, transfer ?? []));
});
