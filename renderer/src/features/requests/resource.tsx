import { repositories } from '../../data/repositories';
import { blankOf, localToday, requestContentSchema } from '../../domain';
import { CATALOGUES } from '../../domain/catalogue';
import { defineResource } from '../shared/resource-pages';
import { RequestList } from './RequestList';
import { RequestShow } from './RequestShow';
import { RequestFields } from './RequestFields';
import { requestName } from './queries';

/** A data subject's request (Arts. 15–22): received today until the DPO says otherwise. */
export const requestResource = defineResource({
  catalogue: CATALOGUES.request,
  schema: requestContentSchema,
  repo: () => repositories().requests,
  nameOf: (r) => requestName(r),
  blank: () => blankOf(requestContentSchema, { receivedOn: localToday(), requesterName: '', types: [] }),
  Fields: RequestFields,
  List: RequestList,
});

/** Its page is its own (RequestShow). */
export const requestPages = { ...requestResource, Show: RequestShow };
