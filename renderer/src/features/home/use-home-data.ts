import { useEffect, useState } from 'react';
import type { DataDestination } from '../../domain/data-map';
import type { OrganisationDue } from '../../domain/due';
import { startHomeWorker } from '../../workers';
import type { HomeReply, HomeRequest } from '../../workers/home-protocol';
import { localToday } from '../../domain';

export interface OrganisationHome {
  due: OrganisationDue;
  destinations: DataDestination[];
}

export interface HomeData {
  today: string;
  /** Organisations read so far, in the order the worker read them. */
  organisations: OrganisationHome[];
  failures: { organisationId: string; organisationName: string; message: string }[];
  done: boolean;
}

/**
 * What is due in every organisation, worked out by the home worker (which reads the records): the
 * window receives only the lines and the countries. Read again each time the screen opens (and when
 * the list of organisations changes), so it shows the record as it is now.
 */
export const useHomeData = (organisationsKey: string): HomeData => {
  const [today] = useState(() => localToday());
  const [data, setData] = useState<HomeData>({ today, organisations: [], failures: [], done: false });
  useEffect(() => {
    setData({ today, organisations: [], failures: [], done: false });
    const worker = startHomeWorker();
    worker.addEventListener('message', (event: MessageEvent<HomeReply>) => {
      const reply = event.data;
      setData((d) => {
        if (reply.type === 'organisation')
          return { ...d, organisations: [...d.organisations, { due: reply.due, destinations: reply.destinations }] };
        if (reply.type === 'failed') return { ...d, failures: [...d.failures, reply] };
        return { ...d, done: true };
      });
      if (reply.type === 'done') worker.terminate();
    });
    worker.addEventListener('error', (event: ErrorEvent) => {
      setData((d) => ({
        ...d,
        done: true,
        failures: [
          ...d.failures,
          { organisationId: '', organisationName: '', message: event.message || 'The reading did not start.' },
        ],
      }));
      worker.terminate();
    });
    worker.postMessage({ options: { today, now: new Date().toISOString() } } satisfies HomeRequest);
    return () => worker.terminate();
  }, [today, organisationsKey]);
  return data;
};
