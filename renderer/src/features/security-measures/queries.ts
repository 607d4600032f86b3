import { repositories } from '../../data/repositories';
import { securityMeasureCategorySchema, type SecurityMeasure } from '../../domain';

export const securityMeasuresRepo = () => repositories().securityMeasures;
const CATEGORY_ORDER = new Map(securityMeasureCategorySchema.options.map((c, i) => [c, String(i).padStart(2, '0')]));
/** Catalogue order: by category (as in the CNIL register), then by title. */
export const securityMeasureSortKey = (m: SecurityMeasure): string => `${CATEGORY_ORDER.get(m.category)}:${m.title}`;
