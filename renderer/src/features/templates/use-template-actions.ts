import { useCallback } from 'react';
import { repositories } from '../../data/repositories';
import {
  applyTemplate,
  emptyDraftFor,
  planSecurityMeasures,
  type Activity,
  type ActivityTemplate,
  type AppliedTemplate,
  type Organisation,
} from '../../domain';
import { contentOf } from '../processing-activities/activity-model';

export interface TemplateOutcome extends AppliedTemplate {
  activity: Activity;
  /** False when the activity already had everything the template offers: nothing was written. */
  written: boolean;
}

/**
 * Writes a template's content through the repositories: first the security measures the
 * organisation lacks (the activity links to them), then the activity itself, in the organisation's
 * document language. An update carries the revision it was read at, so a concurrent edit is refused.
 */
const measuresFor = async (template: ActivityTemplate, organisation: Organisation) => {
  const r = repositories();
  const plan = planSecurityMeasures(
    template,
    organisation.defaultLanguage,
    await r.securityMeasures.list(organisation.id),
  );
  const created = [];
  for (const c of plan.create) {
    const m = await r.securityMeasures.create(c.content, organisation.id);
    created.push({ id: m.id, title: m.title, created: true });
  }
  return [...plan.link.map((l) => ({ id: l.id, title: l.title, created: false })), ...created];
};

export const useTemplateActions = () => {
  const createFromTemplate = useCallback(
    async (
      template: ActivityTemplate,
      organisation: Organisation,
      names: { name: string; clientName: string },
    ): Promise<TemplateOutcome> => {
      // Parse the draft before writing any measure, so a missing name or client changes nothing.
      const base = emptyDraftFor(template, names.name, names.clientName);
      const measures = await measuresFor(template, organisation);
      const result = applyTemplate(base, template, {
        language: organisation.defaultLanguage,
        measures,
        appliedAt: new Date().toISOString(),
        revision: 1,
      });
      const activity = await repositories().activities.create(result.content, organisation.id);
      return { ...result, activity, written: true };
    },
    [],
  );

  const applyToActivity = useCallback(
    async (template: ActivityTemplate, organisation: Organisation, activity: Activity): Promise<TemplateOutcome> => {
      const measures = await measuresFor(template, organisation);
      const result = applyTemplate(contentOf(activity), template, {
        language: organisation.defaultLanguage,
        measures,
        appliedAt: new Date().toISOString(),
        revision: activity.revision + 1,
      });
      if (result.added.length === 0) return { ...result, activity, written: false };
      const updated = await repositories().activities.update(activity.id, result.content, activity.revision);
      return { ...result, activity: updated, written: true };
    },
    [],
  );

  return { createFromTemplate, applyToActivity };
};
