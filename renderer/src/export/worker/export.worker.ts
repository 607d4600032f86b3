import { createExportHandler } from './handler';

/** The part of a dedicated worker's global scope this worker uses (the program is typed with DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
}

/**
 * The export Web Worker: builds registers and policies off the window's thread so the app stays
 * responsive during a long PDF layout. Started by `client.ts` as a module worker.
 */
const scope = self as unknown as WorkerScope;
const { handle } = createExportHandler((message, transfer) => scope.postMessage(message, transfer ?? []));
scope.onmessage = (event) => {
  void handle(event.data);
};
