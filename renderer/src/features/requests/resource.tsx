import { repositories } from '../../data/repositories';
import { blankOf, localToday, requestContentSchema } from '../../domain';
import { CATALOGUES } from '../../domain/catalogue';
import { defineResource } from '../shared/resource-pages';
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
});

export const { Create: RequestCreate, Edit: RequestEdit } = requestResource;
