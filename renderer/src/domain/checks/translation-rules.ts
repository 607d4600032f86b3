import type { Language } from '../common';
import { translationGaps, translationLanguages, type TranslationGap } from '../workspace-in';
import { defineRule } from './helpers';
import type { Finding } from './types';

export const TRANSLATION_RULE_ID = 'organisation.translation-missing';
const MESSAGE_KEY = 'messages.organisation.translation-missing';
const ARTICLE = 'Art. 12(1)';

/** The quoted default-language text in a message: its beginning, so a long description stays readable. */
const excerpt = (text: string): string => (text.length > 80 ? `${text.slice(0, 79).trimEnd()}…` : text);

/** A translation gap as a finding: the record, the field, the language missing. */
export const translationFinding = (gap: TranslationGap): Finding => ({
  ruleId: TRANSLATION_RULE_ID,
  severity: 'warning',
  article: ARTICLE,
  messageKey: MESSAGE_KEY,
  params: { language: gap.language.toUpperCase(), text: excerpt(gap.text) },
  target: { table: gap.table, id: gap.id, field: gap.path, label: gap.label },
});

/** The translation gaps of a workspace in one language, as findings. */
export const translationFindings = (ws: Parameters<typeof translationGaps>[0], lang: Language): Finding[] =>
  translationGaps(ws, lang).map(translationFinding);

/**
 * Art. 12(1): the information is given "in a concise, transparent, intelligible and easily
 * accessible form, using clear and plain language". A document the organisation publishes in a
 * language must be written in it: every printed free-text field needs its text in each document
 * language the organisation declared, or the document prints it marked in the default language.
 */
export const translationMissing = defineRule({
  id: TRANSLATION_RULE_ID,
  article: ARTICLE,
  severity: 'warning',
  scope: 'organisation',
  messageKeys: [MESSAGE_KEY],
  check: (ctx) => translationLanguages(ctx.ws.organisation).flatMap((lang) => translationFindings(ctx.ws, lang)),
});

export const TRANSLATION_RULES = [translationMissing];
