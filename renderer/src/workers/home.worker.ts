import { repositories } from '../data/repositories';
import { loadCurrentWorkspace } from '../data/repositories/workspace';
import { dataDestinations } from '../domain/data-map';
import { dueForWorkspace } from '../domain/due';
import type { HomeReply, HomeRequest } from './home-protocol';
import { workerScope } from './scope';

/**
 * The home screen's reading, off the window's thread: every client workspace's whole record is read
 * and its checks run here, one organisation at a time, and only the lines (and the map's countries)
 * cross back. A lawyer with forty clients of a thousand activities each keeps a responsive window.
 */
const scope = workerScope<HomeRequest, HomeReply>();
scope.onMessage((request) => {
  void (async () => {
    const organisations = await repositories().organisations.list();
    for (const org of organisations) {
      try {
        const ws = await loadCurrentWorkspace(org.id);
        scope.postMessage({
          type: 'organisation',
          due: dueForWorkspace(ws, request.options),
          destinations: dataDestinations(ws),
        });
      } catch (err) {
        scope.postMessage({
          type: 'failed',
          organisationId: org.id,
          organisationName: org.name,
          message: err instanceof Error && err.message !== '' ? err.message : 'The record could not be read.',
        });
      }
    }
    scope.postMessage({ type: 'done' });
  })();
});
