import { handleFileReading } from './file-reading-handler';
import type { FileReadingReply, FileReadingRequest } from './file-reading-protocol';

/** The part of a dedicated worker's global scope this worker uses (the program is typed with DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: FileReadingReply): void;
  onmessage: ((event: MessageEvent<FileReadingRequest>) => void) | null;
}

/**
 * Spreadsheet reading and backup inspection, off the window's thread: one worker per file, so a
 * cancelled or runaway reading is ended by terminating it. Started by `readFileInWorker`.
 */
const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  void handleFileReading(event.data).then((reply) => scope.postMessage(reply));
};
