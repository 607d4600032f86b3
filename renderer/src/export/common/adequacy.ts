import type { AdequacyListEntry } from '../../domain/adequacy-position';
import type { Language } from '../../domain/common';
import { actReference } from './citation';
import { formatDate } from './format';
import type { WordingVars } from './wording';

type T = (key: string, vars?: WordingVars) => string;

/**
 * The name of an adequacy decision as a document prints it, in the document language, from the
 * dated list alone: "Commission Implementing Decision (EU) 2023/1795 (EU–US Data Privacy
 * Framework)", « décision 2002/2/CE de la Commission ». Decisions numbered "(EU) yyyy/n" are
 * implementing decisions (the numbering of acts since 2015); a decision whose number was not found
 * is named by its adoption date. The caller's namespace (register or policy) holds the wording
 * under `adequacyDecision.*` and `adequacyScope.<code>`.
 */
export const adequacyDecisionName = (d: AdequacyListEntry, language: Language, t: T): string => {
  const base =
    d.reference === null
      ? t('adequacyDecision.adopted', { date: formatDate(d.adoptedOn ?? '', language) })
      : t(d.reference.startsWith('(EU)') ? 'adequacyDecision.implementing' : 'adequacyDecision.decision', {
          reference: actReference(d.reference, language),
        });
  const renewed =
    d.renewedOn && d.validUntil
      ? t('adequacyDecision.renewed', {
          renewed: formatDate(d.renewedOn, language),
          until: formatDate(d.validUntil, language),
        })
      : '';
  const framework = d.framework ? t(`adequacyDecision.framework.${d.framework}`) : '';
  return `${base}${renewed}${framework}`;
};

/** Whom a partial decision covers ("organisations certified under the EU–US Data Privacy Framework"). */
export const adequacyScope = (d: AdequacyListEntry, t: T): string => t(`adequacyScope.${d.code}`);
