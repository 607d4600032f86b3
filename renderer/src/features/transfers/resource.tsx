import { repositories } from '../../data/repositories';
import { blankOf, transferContentSchema } from '../../domain';
import { CATALOGUES } from '../../domain/catalogue';
import { defineResource } from '../shared/resource-pages';
import { TransferList } from './TransferList';
import { TransferShow } from './TransferShow';
import { TransferFields } from './TransferFields';

/** A transfer to a third country or an international organisation (Chapter V). */
export const transferResource = defineResource({
  catalogue: CATALOGUES.transfer,
  schema: transferContentSchema,
  repo: () => repositories().transfers,
  nameOf: (t) => t.recipientName,
  blank: () => blankOf(transferContentSchema, { destinationType: 'country', recipientName: '', mechanism: 'scc' }),
  Fields: TransferFields,
  List: TransferList,
});

/** Its page is its own (TransferShow). */
export const transferPages = { ...transferResource, Show: TransferShow };
