import { handleFileReading } from './file-reading-handler';
import type { FileReadingReply, FileReadingRequest } from './file-reading-protocol';
import { workerScope } from './scope';

/**
 * Spreadsheet reading and backup inspection, off the window's thread: one worker per file, so a
 * cancelled or runaway reading is ended by terminating it. Started by `readFileInWorker`.
 */
const scope = workerScope<FileReadingRequest, FileReadingReply>();
scope.onMessage((request) => {
  void handleFileReading(request).then((reply) => scope.postMessage(reply));
});
