import type { EntityTable } from '../../domain';
import type { FindingTarget } from '../../domain/checks';
import { TRANSLATION_RULE_ID } from '../../domain/checks/translation-rules';
import { translationHref } from '../translations/links';

/** Route prefix of each record table, as the sections declare them (`renderer/src/app/sections.ts`). */
const SECTION_OF: Record<EntityTable, string> = {
  organisations: '/organisations',
  contacts: '/contacts',
  activities: '/activities',
  recipients: '/recipients',
  processors: '/processors',
  transfers: '/transfers',
  securityMeasures: '/security-measures',
  documents: '/documents',
  breaches: '/breaches',
  requests: '/requests',
};

/**
 * The editor of a record. Every section has `/:id/edit`, except documents: the checks only look at
 * privacy policies, whose editor is `/documents/policies/:id`.
 */
const editPath = (table: EntityTable, id: string): string =>
  table === 'documents'
    ? `${SECTION_OF.documents}/policies/${encodeURIComponent(id)}`
    : `${SECTION_OF[table]}/${encodeURIComponent(id)}/edit`;

/**
 * Where a DPO goes to fix a finding: the record's editor, with `?field=<dotted path>` so the editor
 * opens the right section and puts the cursor in the field (an editor that does not read the
 * parameter simply opens at the top).
 */
export const findingHref = (target: Pick<FindingTarget, 'table' | 'id' | 'field'>, ruleId?: string): string => {
  // A text missing in a document language is written on the Translations screen, at that field.
  if (ruleId === TRANSLATION_RULE_ID) return translationHref(target.id, target.field);
  const edit = editPath(target.table, target.id);
  return target.field ? `${edit}?field=${encodeURIComponent(target.field)}` : edit;
};
