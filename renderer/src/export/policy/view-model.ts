import type { PolicySectionKey, PolicySetting, SectionOverride } from '../../domain/document-setting';
import { policySectionKeySchema } from '../../domain/document-setting';
import type { Workspace } from '../../domain/workspace';
import { isLive } from '../../domain/workspace';
import { formatDate, joinParts } from '../common/format';
import { identityItems } from '../common/identity';
import { printableDeep } from '../common/text';
import { typesetDeep } from '../common/typography';
import { createPolicyContext, type PolicyContext } from './context';
import { factsFingerprint } from './fingerprint';
import { rubricItemsFor } from './rubric';
import { hasArt13, hasArt14, SECTION_BUILDERS, textParagraphs } from './sections';
import type { NoticeBasis, OverrideStatus, PolicyBlock, PolicySection, PolicyViewModel } from './types';
import { workspaceIn } from '../../domain/workspace-in';

/** The policy asked for is not in this workspace (or is a register setting). */
export class PolicyNotFoundError extends Error {
  constructor(policyId: string) {
    super(`No privacy policy with id "${policyId}" in this organisation's record.`);
    this.name = 'PolicyNotFoundError';
  }
}

export const findPolicy = (ws: Workspace, policyId: string): PolicySetting => {
  const doc = ws.documents.find((d) => d.id === policyId && isLive(d));
  if (doc === undefined || doc.kind !== 'privacy_policy') throw new PolicyNotFoundError(policyId);
  return doc;
};

/**
 * Writing an override text: paragraphs separated by blank lines; lines starting with "- " or "* "
 * form a bullet list. Kept deliberately small so the editor can be a plain text field.
 */
export const overrideBlocks = (text: string): PolicyBlock[] =>
  textParagraphs(text).flatMap((block): PolicyBlock[] => {
    if (block.kind !== 'paragraph') return [block];
    const lines = block.text.split('\n').map((l) => l.trim());
    if (lines.every((l) => /^[-*]\s+/.test(l)))
      return [{ kind: 'list', items: lines.map((l) => l.replace(/^[-*]\s+/, '')) }];
    return [{ kind: 'paragraph', text: lines.join(' ') }];
  });

export const overrideStatusOf = (override: SectionOverride | undefined, fingerprint: string): OverrideStatus =>
  override === undefined ? 'none' : override.factsFingerprint === fingerprint ? 'current' : 'stale';

interface GeneratedSection {
  key: PolicySectionKey;
  heading: string;
  applicable: boolean;
  blocks: PolicyBlock[];
  fingerprint: string;
}

const generateSections = (ctx: PolicyContext): GeneratedSection[] =>
  policySectionKeySchema.options.map((key) => {
    const draft = SECTION_BUILDERS[key](ctx);
    return {
      key,
      heading: draft.heading ?? ctx.t(`sections.${key}`),
      applicable: draft.applicable,
      blocks: draft.blocks,
      // The language is part of every section's facts: a translated policy re-reviews its overrides.
      fingerprint: factsFingerprint({ key, language: ctx.language, facts: draft.facts }),
    };
  });

/** Current fingerprint of each section's facts, for the editor and `createPolicyOverride`. */
export const policySectionFingerprints = (ws: Workspace, policyId: string): Record<PolicySectionKey, string> => {
  const ctx = createPolicyContext(ws, findPolicy(ws, policyId));
  return Object.fromEntries(generateSections(ctx).map((s) => [s.key, s.fingerprint])) as Record<
    PolicySectionKey,
    string
  >;
};

const noticeBasis = (ctx: PolicyContext): NoticeBasis => {
  const art13 = hasArt13(ctx);
  const art14 = hasArt14(ctx);
  if (art13 && art14) return 'art13_14';
  return art14 ? 'art14' : 'art13';
};

/**
 * The privacy policy (Art. 13/14 notice) of a document setting as a localised view model: sections
 * in reading order, each with its generated blocks, the user's override, its facts fingerprint and
 * the override status. Pure: same workspace and options, same result.
 */
export const buildPolicyViewModel = (
  record: Workspace,
  policyId: string,
  options: { today?: string } = {},
): PolicyViewModel => {
  // Dropped before the sections are written, so a field of forbidden characters only is an empty one.
  // In the policy's language: each printed text in that language, or marked as untranslated.
  const ws = printableDeep(workspaceIn(record, findPolicy(record, policyId).language).workspace);
  const policy = findPolicy(ws, policyId);
  const ctx = createPolicyContext(ws, policy);
  const overrides = policy.overrides;
  const sections: PolicySection[] = [];
  const hidden: PolicySectionKey[] = [];
  for (const g of generateSections(ctx)) {
    const override = overrides[g.key];
    const overrideText = override && override.text.trim() !== '' ? overrideBlocks(override.text) : [];
    // An override keeps a section the record no longer fills; an empty one on such a section hides it.
    if (!g.applicable && overrideText.length === 0) {
      if (override !== undefined) hidden.push(g.key);
      continue;
    }
    const generated = g.applicable ? g.blocks : [];
    const blocks =
      override === undefined || overrideText.length === 0
        ? generated
        : override.mode === 'replace'
          ? overrideText
          : [...generated, ...overrideText];
    sections.push({
      key: g.key,
      heading: g.heading,
      anchor: `policy-${g.key.replace(/_/g, '-')}`,
      blocks,
      generatedBlocks: generated,
      applicable: g.applicable,
      factsFingerprint: g.fingerprint,
      override: override ?? null,
      overrideStatus: overrideStatusOf(override, g.fingerprint),
      rubricItems: rubricItemsFor(g.key),
    });
  }
  const org = ws.organisation;
  const lang = policy.language;
  const effectiveDate = formatDate(policy.effectiveDate, lang);
  // The day the file is made, never the effective date: the two are different facts, labelled apart.
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  // And on the way out, for the export options (version, filters) and the wording they fill in,
  // set in the typography of the document language.
  return typesetDeep(
    printableDeep({
      policyId,
      language: lang,
      title: policy.title,
      organisationName: org.name,
      version: policy.version,
      effectiveDate,
      generatedOn: formatDate(today, lang),
      // The effective date has its own labelled line (labels.effectiveDate), apart from the generation date.
      subtitle: joinParts([org.name, ctx.t('document.version', { version: policy.version })]),
      noticeBasis: noticeBasis(ctx),
      activityIds: ctx.activities.map((a) => a.id),
      sections,
      hiddenOverrideKeys: hidden,
      // Art. 13(1)(a)–(b), 14(1)(a)–(b): who the controller is and how to reach it and its DPO, on the cover.
      identity: identityItems(ws, { role: 'controller', audience: 'public', language: lang, t: ctx.t }),
      metadata: {
        title: policy.title,
        author: org.name,
        subject: ctx.t('document.subject', { organisation: org.name }),
        keywords: ctx.t('document.keywords'),
      },
      labels: {
        contents: ctx.t('document.contents'),
        page: ctx.t('document.page'),
        of: ctx.t('document.of'),
        generatedOn: ctx.t('document.generatedOn', { date: formatDate(today, lang) }),
        effectiveDate:
          effectiveDate !== ''
            ? ctx.t('document.effectiveDate', { date: effectiveDate })
            : ctx.t('document.noEffectiveDate'),
      },
    }),
    lang,
  );
};
