import type { DataDestination } from '../domain/data-map';
import type { DueOptions, OrganisationDue } from '../domain/due';

/** Window → home worker: what is due at this day and instant, in every organisation's record. */
export interface HomeRequest {
  options: DueOptions;
}

/**
 * Home worker → window, one message per organisation as soon as its record is read (the screen
 * fills in as it goes), then `done`. An organisation whose record cannot be read is reported by
 * name and does not stop the others.
 */
export type HomeReply =
  | { type: 'organisation'; due: OrganisationDue; destinations: DataDestination[] }
  | { type: 'failed'; organisationId: string; organisationName: string; message: string }
  | { type: 'done' };
