import { isUnreviewedTemplateDraft } from '../activity-from-template';
import { activityTarget, checkedActivities, defineRule } from './helpers';
import type { CheckRule } from './types';

/**
 * A draft started from a template and never edited or reviewed since is the template's text, not
 * the organisation's record: Art. 30(1) asks for the processing actually carried out, and Art. 5(2)
 * for the controller to be able to show it checked it. Editing or reviewing it clears the finding.
 */
export const templateDraftUnreviewed = defineRule({
  id: 'activity.template-unreviewed',
  article: 'Art. 30(1), 5(2)',
  severity: 'warning',
  scope: 'activity',
  messageKeys: ['messages.activity.template-unreviewed'],
  check: (ctx, emit) =>
    checkedActivities(ctx).flatMap((a) =>
      a.template !== null && isUnreviewedTemplateDraft(a)
        ? [
            emit('messages.activity.template-unreviewed', activityTarget(a, 'lastReviewedOn'), {
              activity: a.name,
              // The id, not a title: findings are worded in the interface language, titles live in the data.
              template: a.template.id,
              version: a.template.version,
            }),
          ]
        : [],
    ),
});

export const TEMPLATE_RULES: readonly CheckRule[] = [templateDraftUnreviewed];
