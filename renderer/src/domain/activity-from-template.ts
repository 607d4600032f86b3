import {
  activityContentSchema,
  hasRetention,
  type ActivityContent,
  type ControllerActivityContent,
  type DataCategory,
  type Dpia,
  type ProcessorActivityContent,
  type Retention,
} from './activity';
import {
  foldForSearch,
  templateText,
  type ActivityTemplate,
  type TemplateDataCategory,
  type TemplateRetention,
  type TemplateSecurityMeasure,
} from './activity-template';
import { languageSchema, type Language } from './common';
import { newId } from './ids';
import { isOneOf } from './values';
import type { SecurityMeasure, SecurityMeasureContent } from './security-measure';

/**
 * Applying a template to an activity: pure, so the dialog, the guided start and the tests share it.
 * The rule is "add, never overwrite": a purpose, category, subject or measure the activity lacks is
 * added; an empty field is filled; anything the DPO entered stays as it is. Every change is listed
 * so the DPO sees exactly what the template put there. Text is taken in the document language.
 */

/** One thing the template added, for the summary shown after applying. */
export type TemplateAddition =
  | { kind: 'description' }
  | { kind: 'purpose'; label: string }
  | { kind: 'data_subject'; label: string }
  | { kind: 'data_category'; label: string }
  | { kind: 'retention'; label: string; source: string }
  | { kind: 'security_measure_linked'; label: string }
  | { kind: 'security_measure_created'; label: string }
  | { kind: 'audience'; label: string }
  | { kind: 'processing_category'; label: string }
  | { kind: 'dpia_screening' };

/** A retention the template could not source: left empty, the reason told to the DPO. */
export interface RetentionLeftToDpo {
  category: string;
  reason: string;
}

/** How each recommended measure is honoured: an existing measure of the organisation, or a new one. */
export interface MeasurePlan {
  link: { key: string; id: string; title: string }[];
  create: { key: string; content: SecurityMeasureContent }[];
}

const sameText = (a: string, b: string): boolean => foldForSearch(a) === foldForSearch(b);

/** Matches the template's measures to the organisation's catalogue by title (English or French). */
export const planSecurityMeasures = (
  template: ActivityTemplate,
  language: Language,
  existing: readonly SecurityMeasure[],
): MeasurePlan => {
  const plan: MeasurePlan = { link: [], create: [] };
  const live = existing.filter((m) => m.deletedAt === null);
  for (const m of template.securityMeasures) {
    const match = live.find((e) => sameText(e.title, m.title.en) || sameText(e.title, m.title.fr));
    if (match) plan.link.push({ key: m.key, id: match.id, title: match.title });
    else plan.create.push({ key: m.key, content: measureContent(m, language) });
  }
  return plan;
};

/** The template's wording in the other languages becomes the measure's translations (domain/translatable.ts). */
const measureContent = (m: TemplateSecurityMeasure, language: Language): SecurityMeasureContent => ({
  category: m.category,
  title: templateText(m.title, language),
  description: m.description ? templateText(m.description, language) : '',
  translations: Object.fromEntries(
    Object.keys(m.title)
      .filter((l) => isOneOf(languageSchema.options, l))
      .filter((l) => l !== language)
      .flatMap((l) => {
        const title = m.title[l];
        return title ? [[l, { title, ...(m.description?.[l] ? { description: m.description[l] } : {}) }]] : [];
      }),
  ),
});

/** The activity's retention from the template's: a sourced rule with its source, or nothing at all. */
export const retentionFromTemplate = (r: TemplateRetention, language: Language): Retention =>
  r.status === 'sourced'
    ? {
        period: r.period,
        unit: r.unit,
        criteria: r.criteria ? templateText(r.criteria, language) : '',
        startEvent: r.startEvent ? templateText(r.startEvent, language) : '',
        source: templateText(r.source.citation, language),
      }
    : { period: null, unit: 'years', criteria: '', startEvent: '', source: '' };

const dataCategoryFrom = (c: TemplateDataCategory, language: Language): DataCategory => ({
  id: newId(),
  name: templateText(c.name, language),
  description: c.description ? templateText(c.description, language) : '',
  specialCategory: c.specialCategory,
  criminalOffence: c.criminalOffence,
  nationalIdNumber: c.nationalIdNumber,
  retention: retentionFromTemplate(c.retention, language),
});

const dpiaUntouched = (d: Dpia): boolean =>
  d.result === 'not_screened' &&
  d.art35_3.length === 0 &&
  d.wp248.length === 0 &&
  d.cnilList.length === 0 &&
  d.reasoning === '';

/** The template's DPIA answer: the CNIL lists are an answer; "check" leaves the decision to the DPO. */
const dpiaFrom = (template: ActivityTemplate, language: Language, current: Dpia): Dpia => ({
  ...current,
  art35_3: [...template.dpia.art35_3],
  wp248: [...template.dpia.wp248],
  cnilList: [...template.dpia.cnilList],
  result:
    template.dpia.likelihood === 'required'
      ? 'required'
      : template.dpia.likelihood === 'exempt'
        ? 'not_required'
        : current.result,
  reasoning: templateText(template.dpia.reasoning, language),
});

export interface AppliedTemplate {
  content: ActivityContent;
  added: TemplateAddition[];
  leftToDpo: RetentionLeftToDpo[];
}

/**
 * Adds what the template has and the activity lacks. `measureIds` are the ids of the measures the
 * plan linked or created (the caller writes new measures first); `revision` is the revision the
 * write will produce, so the Checks can tell a template draft nobody has touched since.
 */
export const applyTemplate = (
  current: ActivityContent,
  template: ActivityTemplate,
  opts: {
    language: Language;
    measures: { id: string; title: string; created: boolean }[];
    appliedAt: string;
    revision: number;
  },
): AppliedTemplate => {
  const { language } = opts;
  const added: TemplateAddition[] = [];
  const leftToDpo: RetentionLeftToDpo[] = [];
  const description =
    current.description.trim() === '' ? templateText(template.description, language) : current.description;
  if (description !== current.description) added.push({ kind: 'description' });

  const securityMeasureIds = [...current.securityMeasureIds];
  for (const m of opts.measures)
    if (!securityMeasureIds.includes(m.id)) {
      securityMeasureIds.push(m.id);
      added.push({ kind: m.created ? 'security_measure_created' : 'security_measure_linked', label: m.title });
    }
  const common = {
    description,
    securityMeasureIds,
    template: { id: template.id, version: template.version, appliedAt: opts.appliedAt, revision: opts.revision },
  };

  if (current.kind === 'processor') {
    const processingCategories = [...current.processingCategories];
    for (const pc of template.processingCategories) {
      const label = templateText(pc, language);
      if (!processingCategories.some((x) => sameText(x, label))) {
        processingCategories.push(label);
        added.push({ kind: 'processing_category', label });
      }
    }
    const content: ProcessorActivityContent = { ...current, ...common, processingCategories };
    return { content, added, leftToDpo };
  }

  const purposes = [...current.purposes];
  for (const p of template.purposes) {
    const label = templateText(p.description, language);
    if (purposes.some((x) => sameText(x.description, label))) continue;
    purposes.push({
      id: newId(),
      description: label,
      legalBasis: p.legalBasis,
      legitimateInterest: p.legitimateInterest ? templateText(p.legitimateInterest, language) : '',
      legalReference: p.legalReference,
      art9Condition: p.art9Condition,
      art10Authorisation: '',
      directMarketing: p.directMarketing,
    });
    added.push({ kind: 'purpose', label });
  }

  const dataSubjectCategories = [...current.dataSubjectCategories];
  for (const s of template.dataSubjects) {
    const label = templateText(s, language);
    if (dataSubjectCategories.some((x) => sameText(x.name, label))) continue;
    dataSubjectCategories.push({ id: newId(), name: label, description: '' });
    added.push({ kind: 'data_subject', label });
  }

  const dataCategories = current.dataCategories.map((c) => ({ ...c }));
  for (const tc of template.dataCategories) {
    const label = templateText(tc.name, language);
    const index = dataCategories.findIndex((x) => sameText(x.name, label));
    const existing = index >= 0 ? dataCategories[index] : undefined;
    if (tc.retention.status === 'unverified' && (!existing || !hasRetention(existing.retention)))
      leftToDpo.push({ category: existing?.name ?? label, reason: templateText(tc.retention.reason, language) });
    if (!existing) {
      const created = dataCategoryFrom(tc, language);
      dataCategories.push(created);
      added.push({ kind: 'data_category', label });
      if (tc.retention.status === 'sourced') added.push({ kind: 'retention', label, source: created.retention.source });
    } else if (!hasRetention(existing.retention) && tc.retention.status === 'sourced') {
      // The DPO named the category but set no period: the template fills the empty field only.
      const retention = retentionFromTemplate(tc.retention, language);
      dataCategories[index] = { ...existing, retention };
      added.push({ kind: 'retention', label: existing.name, source: retention.source });
    }
  }

  const audiences = [...current.audiences];
  for (const a of template.audiences)
    if (!audiences.includes(a)) {
      audiences.push(a);
      added.push({ kind: 'audience', label: a });
    }

  let dpia = current.dpia;
  if (dpiaUntouched(current.dpia)) {
    dpia = dpiaFrom(template, language, current.dpia);
    added.push({ kind: 'dpia_screening' });
  }

  const content: ControllerActivityContent = {
    ...current,
    ...common,
    purposes,
    dataSubjectCategories,
    dataCategories,
    audiences,
    dpia,
  };
  return { content, added, leftToDpo };
};

/** An empty draft of the template's kind, named by the DPO (processor drafts also name the client). */
export const emptyDraftFor = (template: ActivityTemplate, name: string, clientName = ''): ActivityContent =>
  activityContentSchema.parse(
    template.kind === 'processor'
      ? { kind: 'processor', name, status: 'draft', client: { name: clientName } }
      : { kind: 'controller', name, status: 'draft' },
  );

/** The template put content on this activity and nobody has edited or reviewed it since. */
export const isUnreviewedTemplateDraft = (a: {
  status: string;
  revision: number;
  lastReviewedOn: string;
  template: { revision: number } | null;
}): boolean =>
  a.template !== null && a.status === 'draft' && a.lastReviewedOn === '' && a.revision <= a.template.revision;
