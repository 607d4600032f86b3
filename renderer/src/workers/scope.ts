/**
 * A dedicated worker's global scope, as this app's workers use it: replies go out with
 * `postMessage`, requests come in through `onMessage`.
 *
 * The program is typed with the DOM library, not WebWorker, so `self` reads as a Window; the two
 * members used here — `postMessage(message, { transfer })` and `onmessage` — have the same form in a
 * dedicated worker, so each worker gets its typed scope from here rather than casting `self`.
 */
export interface WorkerScope<Request, Reply> {
  postMessage(message: Reply, transfer?: Transferable[]): void;
  onMessage(handle: (request: Request) => void): void;
}

export const workerScope = <Request, Reply>(): WorkerScope<Request, Reply> => ({
  postMessage: (message, transfer = []) => self.postMessage(message, { transfer }),
  onMessage: (handle) => {
    self.onmessage = (event: MessageEvent<Request>) => handle(event.data);
  },
});
