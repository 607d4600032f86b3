import { repositories } from '../../data/repositories';
import {
  applyTemplate,
  emptyDraftFor,
  planSecurityMeasures,
  type Activity,
  type ActivityContent,
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
 * A template's content applied to `content` in the organisation's document language, linked to its
 * security measures: those it lacks are written first (the activity links to them). The callers
 * then write the activity; an update carries the revision it was read at, so a concurrent edit is refused.
 */
const applyWithMeasures = async (
  template: ActivityTemplate,
  organisation: Organisation,
  content: ActivityContent,
  revision: number,
) => {
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
  return applyTemplate(content, template, {
    language: organisation.defaultLanguage,
    measures: [...plan.link.map((l) => ({ id: l.id, title: l.title, created: false })), ...created],
    appliedAt: new Date().toISOString(),
    revision,
  });
};

export const createFromTemplate = async (
  template: ActivityTemplate,
  organisation: Organisation,
  names: { name: string; clientName: string },
): Promise<TemplateOutcome> => {
  // Parse the draft before writing any measure, so a missing name or client changes nothing.
  const base = emptyDraftFor(template, names.name, names.clientName);
  const result = await applyWithMeasures(template, organisation, base, 1);
  const activity = await repositories().activities.create(result.content, organisation.id);
  return { ...result, activity, written: true };
};

export const applyToActivity = async (
  template: ActivityTemplate,
  organisation: Organisation,
  activity: Activity,
): Promise<TemplateOutcome> => {
  const result = await applyWithMeasures(template, organisation, contentOf(activity), activity.revision + 1);
  if (result.added.length === 0) return { ...result, activity, written: false };
  const updated = await repositories().activities.update(activity.id, result.content, activity.revision);
  return { ...result, activity: updated, written: true };
};
