import { repositories } from '../../data/repositories';
import { blankOf, breachContentSchema } from '../../domain';
import { CATALOGUES } from '../../domain/catalogue';
import { defineResource } from '../shared/resource-pages';
import { BreachList } from './BreachList';
import { BreachShow } from './BreachShow';
import { BreachFields } from './BreachFields';
import { breachName, localTimeZone } from './queries';

/** A personal-data breach of the Art. 33(5) register: only what the DPO must answer first is empty. */
export const breachResource = defineResource({
  catalogue: CATALOGUES.breach,
  schema: breachContentSchema,
  repo: () => repositories().breaches,
  nameOf: (r) => breachName(r),
  blank: () => blankOf(breachContentSchema, { title: '', awareAt: '', timeZone: localTimeZone() }),
  Fields: BreachFields,
  List: BreachList,
});

/** Its page is its own (BreachShow). */
export const breachPages = { ...breachResource, Show: BreachShow };
