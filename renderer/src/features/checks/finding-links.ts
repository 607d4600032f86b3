import { editorPathOf } from '../../domain/catalogue';
import type { FindingTarget } from '../../domain/checks';
import { TRANSLATION_RULE_ID } from '../../domain/checks/translation-rules';
import { translationHref } from '../translations/links';

/**
 * Where a DPO goes to fix a finding: the record's editor, with `?field=<dotted path>` so the editor
 * opens the right section and puts the cursor in the field (an editor that does not read the
 * parameter simply opens at the top).
 */
export const findingHref = (target: Pick<FindingTarget, 'table' | 'id' | 'field'>, ruleId?: string): string => {
  // A text missing in a document language is written on the Translations screen, at that field.
  if (ruleId === TRANSLATION_RULE_ID) return translationHref(target.id, target.field);
  // The editor's route is the catalogue's, the section it opens follows from the field's entry there.
  const edit = editorPathOf(target.table, target.id) ?? '/';
  return target.field ? `${edit}?field=${encodeURIComponent(target.field)}` : edit;
};
