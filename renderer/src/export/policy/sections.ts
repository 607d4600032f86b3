import type { CollectionPoint, ControllerActivity, DataCategory, Purpose } from '../../domain/activity';
import type { PolicySectionKey } from '../../domain/document-setting';
import {
  ART9_CONDITION_ARTICLE,
  isAppropriateSafeguard,
  isDerogation,
  TRANSFER_MECHANISM_ARTICLE,
} from '../../domain/legal';
import type { Processor } from '../../domain/processor';
import type { Recipient } from '../../domain/recipient';
import { adequacyPosition } from '../../domain/adequacy-position';
import { ADEQUACY_AS_OF, authorityForCountry, countryName, isEea } from '../../domain/reference';
import type { SecurityMeasure } from '../../domain/security-measure';
import type { Transfer } from '../../domain/transfer';
import { resolveIds, subProcessorsOf } from '../../domain/workspace';
import { adequacyDecisionName, adequacyScope } from '../common/adequacy';
import { citeArticle, citeGdpr } from '../common/citation';
import { compareText, formatAddress, formatDate, joinParts } from '../common/format';
import {
  categoryFacts,
  categoryLabel,
  consentPurposes,
  directMarketingPurposes,
  displayName,
  formatDuration,
  objectablePurposes,
  type PolicyContext,
  purposeFacts,
  retentionCell,
  retentionFacts,
} from './context';
import type { PolicyBlock } from './types';

/**
 * One builder per policy section. Each returns the record facts it reads (fingerprinted for
 * override staleness, language included so a translated policy re-reviews its overrides) and the
 * blocks it writes. Wording comes from assets/i18n/<lang>/policy.json; record text is quoted as entered.
 */
export interface SectionDraft {
  facts: unknown;
  applicable: boolean;
  blocks: PolicyBlock[];
  /** A heading other than the default `sections.<key>` one (Art. 14 wording of the data section). */
  heading?: string;
}
type SectionBuilder = (ctx: PolicyContext) => SectionDraft;

const paragraph = (text: string): PolicyBlock => ({ kind: 'paragraph', text });
const list = (items: readonly string[]): PolicyBlock => ({ kind: 'list', items });
const subheading = (text: string): PolicyBlock => ({ kind: 'subheading', text });
const nonEmpty = (s: string): boolean => s.trim() !== '';
/** Splits user text into paragraphs on blank lines. */
export const textParagraphs = (text: string): PolicyBlock[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(nonEmpty)
    .map(paragraph);

const sectionHeading = (ctx: PolicyContext, key: PolicySectionKey): string => ctx.t(`sections.${key}`);

/** Label of a purpose's lawful basis, with the interest pursued (Art. 13(1)(d)) or the law (Art. 6(3)). */
const basisLines = (ctx: PolicyContext, p: Purpose): string[] => {
  const lines: string[] = [];
  if (p.legalBasis === 'legitimate_interests')
    lines.push(
      nonEmpty(p.legitimateInterest)
        ? ctx.t('legalBases.legitimate_interests_with', { interest: p.legitimateInterest })
        : ctx.t('legalBases.legitimate_interests'),
    );
  else if ((p.legalBasis === 'legal_obligation' || p.legalBasis === 'public_task') && nonEmpty(p.legalReference))
    lines.push(ctx.t(`legalBases.${p.legalBasis}_with`, { reference: p.legalReference }));
  else lines.push(ctx.t(`legalBases.${p.legalBasis}`));
  if (p.art9Condition !== null)
    lines.push(
      ctx.t('legalBases.art9', {
        condition: ctx.t(`art9Conditions.${p.art9Condition}`),
        article: citeArticle(ART9_CONDITION_ARTICLE[p.art9Condition], ctx.language, 'full'),
      }),
    );
  return lines;
};

const categoriesOf = (activity: ControllerActivity, ids: readonly string[]): DataCategory[] =>
  ids.length === 0 ? activity.dataCategories : ids.flatMap((id) => activity.dataCategories.filter((c) => c.id === id));

const purposesOf = (activity: ControllerActivity, cp: CollectionPoint): Purpose[] =>
  cp.purposeIds.flatMap((id) => activity.purposes.filter((p) => p.id === id));

/** Purposes of an activity that no collection point names: listed under the activity itself. */
const purposesOutsidePoints = (activity: ControllerActivity): Purpose[] => {
  const named = new Set(activity.collectionPoints.flatMap((cp) => cp.purposeIds));
  return activity.purposes.filter((p) => !named.has(p.id));
};

const collectionPointFacts = (cp: CollectionPoint) => ({
  name: cp.name,
  description: cp.description,
  dataCategoryIds: cp.dataCategoryIds,
  purposeIds: cp.purposeIds,
  retentionSummary: cp.retentionSummary,
  requirement: cp.requirement,
  consequenceOfNotProviding: cp.consequenceOfNotProviding,
});

const contactLines = (
  ctx: PolicyContext,
  c: { email: string; phone: string; address?: string; website?: string },
): string[] =>
  [
    nonEmpty(c.email) ? ctx.t('contact.email', { email: c.email }) : '',
    nonEmpty(c.phone) ? ctx.t('contact.phone', { phone: c.phone }) : '',
    c.address !== undefined && nonEmpty(c.address) ? ctx.t('contact.postal', { address: c.address }) : '',
    c.website !== undefined && nonEmpty(c.website) ? ctx.t('contact.website', { website: c.website }) : '',
  ].filter(nonEmpty);

const introduction: SectionBuilder = (ctx) => {
  const org = ctx.organisation;
  const blocks = nonEmpty(ctx.policy.introduction)
    ? textParagraphs(ctx.policy.introduction)
    : [paragraph(ctx.t('introduction.default', { organisation: org.name, name: displayName(org) }))];
  if (ctx.policy.audiences.length > 0)
    blocks.push(
      paragraph(
        ctx.t('introduction.audiences', {
          audiences: ctx.list(ctx.policy.audiences.map((a) => ctx.t(`audiences.${a}`))),
        }),
      ),
    );
  // The organisation's own presentation, only when the DPO marked it public: by default it is an
  // internal note (headcount, context) that has no place in a notice (Art. 12(1)).
  if (org.descriptionPublic) blocks.push(...textParagraphs(org.description));
  blocks.push(paragraph(ctx.t('introduction.free')));
  return {
    facts: {
      introduction: ctx.policy.introduction,
      name: org.name,
      shortName: org.shortName,
      audiences: ctx.policy.audiences,
      // Only when printed, so overrides written before the flag existed keep their fingerprint.
      ...(org.descriptionPublic ? { description: org.description } : {}),
    },
    applicable: true,
    blocks,
  };
};

const definitions: SectionBuilder = (ctx) => ({
  facts: ctx.policy.definitions,
  applicable: ctx.policy.definitions.length > 0,
  blocks: [
    list(ctx.policy.definitions.map((d) => ctx.t('definitions.item', { term: d.term, definition: d.definition }))),
  ],
});

const controller: SectionBuilder = (ctx) => {
  const org = ctx.organisation;
  const address = formatAddress(org.address, ctx.language);
  const blocks: PolicyBlock[] = [
    paragraph(
      nonEmpty(org.registrationNumber)
        ? ctx.t('controller.identityRegistered', { name: org.name, registration: org.registrationNumber })
        : ctx.t('controller.identity', { name: org.name }),
    ),
    list(contactLines(ctx, { email: org.email, phone: org.phone, address, website: org.website })),
  ];
  const rep = ctx.representative;
  if (rep !== undefined || !org.establishedInEu) {
    blocks.push(subheading(ctx.t('controller.representativeHeading')));
    blocks.push(
      rep !== undefined
        ? paragraph(ctx.t('controller.representative', { name: joinParts([rep.name, rep.firm], ', ') }))
        : paragraph(ctx.t('controller.representativeMissing')),
    );
    if (rep !== undefined)
      blocks.push(
        list(
          contactLines(ctx, { email: rep.email, phone: rep.phone, address: formatAddress(rep.address, ctx.language) }),
        ),
      );
  }
  const joint = ctx.activities.flatMap((a) => a.jointControllers.map((jc) => ({ activity: a, jc })));
  if (joint.length > 0) {
    blocks.push(subheading(ctx.t('controller.jointHeading')));
    for (const { activity, jc } of joint) {
      blocks.push(paragraph(ctx.t('controller.joint', { activity: activity.name, name: jc.name })));
      const lines = contactLines(ctx, {
        email: jc.email,
        phone: jc.phone,
        address: formatAddress(jc.address, ctx.language),
      });
      if (lines.length > 0) blocks.push(list(lines));
      if (nonEmpty(jc.arrangementSummary))
        blocks.push(paragraph(ctx.t('controller.jointArrangement', { summary: jc.arrangementSummary })));
    }
    blocks.push(paragraph(ctx.t('controller.jointRights')));
  }
  return {
    facts: {
      organisation: {
        name: org.name,
        address: org.address,
        email: org.email,
        phone: org.phone,
        website: org.website,
        registrationNumber: org.registrationNumber,
        establishedInEu: org.establishedInEu,
      },
      representative: rep
        ? { name: rep.name, firm: rep.firm, email: rep.email, phone: rep.phone, address: rep.address }
        : null,
      joint: joint.map(({ activity, jc }) => ({
        activity: activity.name,
        name: jc.name,
        email: jc.email,
        phone: jc.phone,
        address: jc.address,
        arrangementSummary: jc.arrangementSummary,
      })),
    },
    applicable: true,
    blocks,
  };
};

const dpo: SectionBuilder = (ctx) => {
  const d = ctx.dpo;
  if (d === undefined) return { facts: null, applicable: false, blocks: [] };
  // Art. 37(7) requires the DPO's contact details, not the name: an unpublished name stays out.
  const who = d.published ? joinParts([d.name, d.jobTitle, d.firm], ', ') : '';
  const blocks: PolicyBlock[] = [
    paragraph(who !== '' ? ctx.t('dpo.named', { who }) : ctx.t('dpo.unnamed')),
    list(contactLines(ctx, { email: d.email, phone: d.phone, address: formatAddress(d.address, ctx.language) })),
  ];
  return {
    facts: {
      name: d.name,
      jobTitle: d.jobTitle,
      firm: d.firm,
      published: d.published,
      email: d.email,
      phone: d.phone,
      address: d.address,
    },
    applicable: true,
    blocks,
  };
};

/** True when some in-scope data is not obtained from the person: Art. 14 items apply. */
const hasArt14 = (ctx: PolicyContext): boolean =>
  ctx.activities.some((a) => !a.collectedFromDataSubject || a.sources.length > 0);
const hasArt13 = (ctx: PolicyContext): boolean => ctx.activities.some((a) => a.collectedFromDataSubject);

const dataCollected: SectionBuilder = (ctx) => {
  const rows: string[][] = [];
  for (const a of ctx.activities) {
    const points = a.collectionPoints;
    if (points.length === 0) {
      rows.push([
        a.name,
        a.dataCategories.map((c) => categoryLabel(ctx, c)).join('\n'),
        a.dataCategories.map((c) => `${c.name}: ${retentionCell(ctx, c.retention)}`).join('\n'),
      ]);
      continue;
    }
    for (const cp of points) {
      const cats = categoriesOf(a, cp.dataCategoryIds);
      const retention = nonEmpty(cp.retentionSummary)
        ? cp.retentionSummary
        : [...new Set(cats.map((c) => retentionCell(ctx, c.retention)))].join('\n');
      rows.push([cp.name, cats.map((c) => categoryLabel(ctx, c)).join('\n'), retention]);
    }
  }
  const blocks: PolicyBlock[] = [];
  const subjects = [...new Set(ctx.activities.flatMap((a) => a.dataSubjectCategories.map((d) => d.name)))];
  if (subjects.length > 0) blocks.push(paragraph(ctx.t('data.subjects', { subjects: ctx.list(subjects) })));
  // Art. 13 or Art. 14, activity by activity: "directly from you" is said only of the activities
  // whose data the person gives, never above an activity whose data comes from elsewhere.
  const direct = ctx.activities.filter((a) => a.collectedFromDataSubject);
  const elsewhereOnly = ctx.activities.filter((a) => !a.collectedFromDataSubject);
  const alsoElsewhere = ctx.activities.filter((a) => a.collectedFromDataSubject && a.sources.length > 0);
  const sourcesHeading = sectionHeading(ctx, 'sources');
  if (direct.length > 0)
    blocks.push(
      paragraph(
        direct.length === ctx.activities.length && alsoElsewhere.length === 0
          ? ctx.t('data.fromYouPoints')
          : ctx.t('data.fromYouActivities', { activities: ctx.list(direct.map((a) => a.name)) }),
      ),
    );
  if (alsoElsewhere.length > 0)
    blocks.push(
      paragraph(ctx.t('data.fromOthers', { activities: ctx.list(alsoElsewhere.map((a) => a.name)), sourcesHeading })),
    );
  if (elsewhereOnly.length > 0)
    blocks.push(
      paragraph(
        ctx.t('data.fromOthersOnly', { activities: ctx.list(elsewhereOnly.map((a) => a.name)), sourcesHeading }),
      ),
    );
  const art14 = [...elsewhereOnly, ...alsoElsewhere];
  blocks.push({
    kind: 'table',
    caption: ctx.t('data.tableCaption'),
    columns: [ctx.t('data.colPoint'), ctx.t('data.colData'), ctx.t('data.colRetention')],
    rows: rows.map((r) => r.map((cell) => cell.split('\n').filter(nonEmpty))),
    rowHeaders: true,
  });
  const descriptions = ctx.activities.flatMap((a) =>
    a.collectionPoints.filter((cp) => nonEmpty(cp.description)).map((cp) => `${cp.name}: ${cp.description}`),
  );
  if (descriptions.length > 0) blocks.push(subheading(ctx.t('data.howHeading')), list(descriptions));
  return {
    facts: ctx.activities.map((a) => ({
      name: a.name,
      subjects: a.dataSubjectCategories.map((d) => d.name),
      collectedFromDataSubject: a.collectedFromDataSubject,
      sources: a.sources.length,
      categories: a.dataCategories.map((c) => ({ id: c.id, ...categoryFacts(c) })),
      points: a.collectionPoints.map(collectionPointFacts),
    })),
    applicable: ctx.activities.length > 0,
    blocks,
    heading: ctx.t(art14.length > 0 ? 'sections.data_collected_art14' : 'sections.data_collected'),
  };
};

const purposes: SectionBuilder = (ctx) => {
  const rows: string[][][] = [];
  for (const a of ctx.activities) {
    for (const cp of a.collectionPoints)
      for (const p of purposesOf(a, cp)) rows.push([[cp.name], [p.description], basisLines(ctx, p)]);
    for (const p of purposesOutsidePoints(a)) rows.push([[a.name], [p.description], basisLines(ctx, p)]);
  }
  const described = ctx.activities.filter((a) => nonEmpty(a.description));
  const about: PolicyBlock[] =
    described.length > 0
      ? [
          subheading(ctx.t('purposes.aboutHeading')),
          ...described.flatMap((a) => [
            paragraph(ctx.t('purposes.about', { activity: a.name, description: a.description })),
          ]),
        ]
      : [];
  return {
    facts: ctx.activities.map((a) => ({
      name: a.name,
      description: a.description,
      purposes: a.purposes.map((p) => ({ id: p.id, ...purposeFacts(p) })),
      points: a.collectionPoints.map((cp) => ({ name: cp.name, purposeIds: cp.purposeIds })),
    })),
    applicable: rows.length > 0,
    blocks: [
      paragraph(ctx.t('purposes.intro')),
      {
        kind: 'table',
        caption: ctx.t('purposes.tableCaption'),
        columns: [ctx.t('purposes.colPoint'), ctx.t('purposes.colPurpose'), ctx.t('purposes.colBasis')],
        rows,
        rowHeaders: true,
      },
      ...about,
    ],
  };
};

const RECIPIENT_ORDER = [
  'internal_department',
  'joint_controller',
  'other_controller',
  'third_party',
  'public_authority',
  'processor',
] as const;

const inScopeRecipients = (ctx: PolicyContext): Recipient[] => {
  const byName = compareText(ctx.language);
  const seen = new Map<string, Recipient>();
  for (const a of ctx.activities) for (const r of resolveIds(a.recipientIds, ctx.index.recipients)) seen.set(r.id, r);
  return [...seen.values()].sort(
    (a, b) => RECIPIENT_ORDER.indexOf(a.category) - RECIPIENT_ORDER.indexOf(b.category) || byName(a.name, b.name),
  );
};

const inScopeProcessors = (ctx: PolicyContext): Processor[] => {
  const byName = compareText(ctx.language);
  const seen = new Map<string, Processor>();
  for (const a of ctx.activities) for (const p of resolveIds(a.processorIds, ctx.index.processors)) seen.set(p.id, p);
  return [...seen.values()].sort((a, b) => byName(a.name, b.name));
};

const recipients: SectionBuilder = (ctx) => {
  const rs = inScopeRecipients(ctx);
  const ps = inScopeProcessors(ctx);
  const blocks: PolicyBlock[] = [];
  if (rs.length === 0 && ps.length === 0) blocks.push(paragraph(ctx.t('recipients.none')));
  // One entry per entity with all its roles: a recipient that is also one of our processors is
  // listed in the processors' table, and named here only for a role other than processor.
  const processorNames = new Set(ps.map((p) => p.name.trim().toLocaleLowerCase()));
  const entities = new Map<string, { r: Recipient; roles: string[] }>();
  for (const r of rs) {
    const key = r.name.trim().toLocaleLowerCase();
    const entry = entities.get(key) ?? { r, roles: [] };
    const role = ctx.t(`recipientCategories.${r.category}`);
    if (!entry.roles.includes(role)) entry.roles.push(role);
    entities.set(key, entry);
  }
  const listed = [...entities.entries()].filter(
    ([key, e]) => !processorNames.has(key) || e.roles.some((role) => role !== ctx.t('recipientCategories.processor')),
  );
  if (listed.length > 0) {
    blocks.push(paragraph(ctx.t('recipients.intro')));
    blocks.push(
      list(
        listed.map(([key, { r, roles }]) => {
          const all = processorNames.has(key)
            ? [...new Set([...roles, ctx.t('recipientCategories.processor')])]
            : roles;
          const where =
            r.country !== '' ? ctx.t('recipients.located', { country: countryName(r.country, ctx.language) }) : '';
          const base = ctx.t('recipients.roles', { name: r.name, roles: all.join(', ') });
          return joinParts([`${base}${where}`, r.description], ': ');
        }),
      ),
    );
  }
  if (ps.length > 0)
    blocks.push(paragraph(ctx.t('recipients.processors', { heading: sectionHeading(ctx, 'processors') })));
  return {
    facts: {
      recipients: rs.map((r) => ({
        name: r.name,
        category: r.category,
        country: r.country,
        description: r.description,
      })),
      processors: ps.length,
    },
    // Art. 13(1)(e) "if any": the section always speaks, saying "none" when there is nobody.
    applicable: true,
    blocks,
  };
};

const processorWhere = (ctx: PolicyContext, p: Processor): string =>
  ctx.list(p.countries.map((c) => countryName(c, ctx.language)));

const processors: SectionBuilder = (ctx) => {
  const ps = inScopeProcessors(ctx);
  const all = ctx.ws.processors;
  const rows = ps.map((p) => {
    const subs = subProcessorsOf(p.id, all).map((s) =>
      joinParts([s.name, joinParts([s.service, processorWhere(ctx, s)], ', ')], ' — '),
    );
    const certifications =
      p.certifications.length > 0 ? [ctx.t('processors.certified', { list: p.certifications.join(', ') })] : [];
    return [
      [p.name],
      [p.service, ...certifications].filter(nonEmpty),
      [processorWhere(ctx, p)].filter(nonEmpty),
      subs.length > 0 ? subs : [ctx.t('processors.noSub')],
    ];
  });
  return {
    facts: ps.map((p) => ({
      name: p.name,
      service: p.service,
      countries: p.countries,
      certifications: p.certifications,
      subs: subProcessorsOf(p.id, all).map((s) => ({ name: s.name, service: s.service, countries: s.countries })),
    })),
    applicable: ps.length > 0,
    blocks: [
      paragraph(ctx.t('processors.intro')),
      {
        kind: 'table',
        caption: ctx.t('processors.tableCaption'),
        columns: [
          ctx.t('processors.colName'),
          ctx.t('processors.colService'),
          ctx.t('processors.colWhere'),
          ctx.t('processors.colSub'),
        ],
        rows,
        rowHeaders: true,
      },
    ],
  };
};

const destinationName = (ctx: PolicyContext, t: Transfer): string =>
  t.destinationType === 'international_organisation'
    ? t.internationalOrganisation
    : countryName(t.country, ctx.language);

/** Chapter V transfers of the in-scope activities; a "transfer" inside the EEA is not one. */
const inScopeTransfers = (ctx: PolicyContext): { transfer: Transfer; activities: string[] }[] => {
  const found = new Map<string, { transfer: Transfer; activities: string[] }>();
  for (const a of ctx.activities)
    for (const t of resolveIds(a.transferIds, ctx.index.transfers)) {
      if (t.destinationType === 'country' && isEea(t.country)) continue;
      const entry = found.get(t.id) ?? { transfer: t, activities: [] };
      entry.activities.push(a.name);
      found.set(t.id, entry);
    }
  const byName = compareText(ctx.language);
  return [...found.values()].sort(
    (a, b) =>
      byName(destinationName(ctx, a.transfer), destinationName(ctx, b.transfer)) ||
      byName(a.transfer.recipientName, b.transfer.recipientName),
  );
};

/**
 * The adequacy position of one transfer as the dated list says (domain/adequacy-position.ts): the
 * decision named, a partial decision with whom it covers and whether it covers this recipient.
 */
const adequacySentences = (ctx: PolicyContext, t: Transfer, destination: string): string[] => {
  const position = adequacyPosition(t);
  const d = position.decision;
  const name = d ? adequacyDecisionName(d, ctx.language, ctx.t) : '';
  switch (position.kind) {
    case 'full':
      return [ctx.t('transfers.adequateFull', { destination, decision: name })];
    case 'partial_covered':
    case 'partial_not_covered': {
      if (!d) return [];
      const dpf = d.framework === 'dpf';
      const covered = position.kind === 'partial_covered';
      return [
        ctx.t('transfers.partialIntro', { destination, decision: name, scope: adequacyScope(d, ctx.t) }),
        covered
          ? ctx.t(dpf ? 'transfers.partialCoveredDpf' : 'transfers.partialCovered', { recipient: t.recipientName })
          : dpf
            ? ctx.t('transfers.partialNotCoveredDpf', { recipient: t.recipientName })
            : ctx.t('transfers.partialNotCovered'),
      ];
    }
    case 'none':
      return [ctx.t('transfers.none', { destination, date: formatDate(ADEQUACY_AS_OF, ctx.language) })];
    case 'eea':
      return [];
  }
};

const transferBlocks = (ctx: PolicyContext, t: Transfer, activities: string[]): PolicyBlock[] => {
  const destination = destinationName(ctx, t);
  const position = adequacyPosition(t).kind;
  const lines: string[] = [
    ctx.t('transfers.what', { recipient: t.recipientName, destination, activities: ctx.list(activities) }),
  ];
  if (nonEmpty(t.description)) lines.push(t.description);
  lines.push(...adequacySentences(ctx, t, destination));
  const adequate = position === 'full' || position === 'partial_covered';
  const mechanism = ctx.t(`transferMechanisms.${t.mechanism}`);
  const article = citeGdpr(TRANSFER_MECHANISM_ARTICLE[t.mechanism], ctx.language);
  const copy = nonEmpty(t.safeguardsCopy)
    ? ctx.t('transfers.copyHow', { how: t.safeguardsCopy })
    : ctx.t('transfers.copyOnRequest', { contact: ctx.contactChannel });
  if (t.mechanism === 'compelling_legitimate_interest') {
    // Art. 49(1) 2nd subpara: the person is told of the transfer and of the compelling interests.
    lines.push(ctx.t('transfers.compelling', { interest: t.compellingInterest }));
    if (nonEmpty(t.art49Assessment))
      lines.push(ctx.t('transfers.compellingSafeguards', { safeguards: t.art49Assessment }));
    lines.push(copy);
  } else if (isAppropriateSafeguard(t.mechanism)) {
    lines.push(ctx.t('transfers.safeguard', { mechanism, article }));
    lines.push(copy);
  } else if (isDerogation(t.mechanism)) {
    lines.push(ctx.t('transfers.derogation', { mechanism, article }));
  } else if (!adequate) {
    // Recorded as "adequacy" but the destination has none: say so rather than claim a decision.
    lines.push(ctx.t('transfers.askMechanism', { contact: ctx.contactChannel }));
  }
  if (nonEmpty(t.conditions)) lines.push(ctx.t('transfers.conditions', { conditions: t.conditions }));
  return [
    subheading(ctx.t('transfers.heading', { destination, recipient: t.recipientName })),
    paragraph(lines.join(' ')),
  ];
};

const transfers: SectionBuilder = (ctx) => {
  const ts = inScopeTransfers(ctx);
  return {
    facts: ts.map(({ transfer: t, activities }) => ({
      activities,
      destinationType: t.destinationType,
      country: t.country,
      internationalOrganisation: t.internationalOrganisation,
      recipientName: t.recipientName,
      mechanism: t.mechanism,
      conditions: t.conditions,
      dpfCertified: t.dpfCertified,
      safeguardsCopy: t.safeguardsCopy,
      compellingInterest: t.compellingInterest,
      art49Assessment: t.art49Assessment,
      description: t.description,
      adequacy: adequacyPosition(t).kind,
    })),
    applicable: ts.length > 0,
    blocks: [
      paragraph(ctx.t('transfers.intro')),
      ...ts.flatMap(({ transfer, activities }) => transferBlocks(ctx, transfer, activities)),
    ],
  };
};

/** Groups an activity's categories that share a retention rule into one sentence. */
const retentionSentences = (ctx: PolicyContext, a: ControllerActivity): string[] => {
  const groups = new Map<string, DataCategory[]>();
  for (const c of a.dataCategories) {
    const key = JSON.stringify(retentionFacts(c.retention));
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map((cats) => {
    const r = cats[0]!.retention;
    const data = ctx.list(cats.map((c) => c.name));
    const sentences: string[] = [];
    if (r.period !== null) {
      const duration = formatDuration(ctx, r);
      sentences.push(
        nonEmpty(r.startEvent)
          ? ctx.t('retention.periodFrom', { data, duration, start: r.startEvent })
          : ctx.t('retention.period', { data, duration }),
      );
      if (nonEmpty(r.criteria)) sentences.push(ctx.t('retention.criteriaAlso', { criteria: r.criteria }));
    } else if (nonEmpty(r.criteria)) sentences.push(ctx.t('retention.criteria', { data, criteria: r.criteria }));
    else sentences.push(ctx.t('retention.onRequest', { data }));
    return sentences.join(' ');
  });
};

const retention: SectionBuilder = (ctx) => {
  const withData = ctx.activities.filter((a) => a.dataCategories.length > 0);
  const blocks: PolicyBlock[] = [paragraph(ctx.t('retention.intro'))];
  for (const a of withData) {
    blocks.push(subheading(a.name), list(retentionSentences(ctx, a)));
    const summaries = a.collectionPoints.filter((cp) => nonEmpty(cp.retentionSummary));
    if (summaries.length > 0)
      blocks.push(
        list(summaries.map((cp) => ctx.t('retention.point', { point: cp.name, summary: cp.retentionSummary }))),
      );
  }
  blocks.push(paragraph(ctx.t('retention.after')));
  return {
    facts: withData.map((a) => ({
      name: a.name,
      categories: a.dataCategories.map((c) => ({ name: c.name, retention: retentionFacts(c.retention) })),
      points: a.collectionPoints.map((cp) => ({ name: cp.name, retentionSummary: cp.retentionSummary })),
    })),
    applicable: withData.length > 0,
    blocks,
  };
};

const needsRightToObject = (ctx: PolicyContext): boolean =>
  objectablePurposes(ctx).length > 0 || directMarketingPurposes(ctx).length > 0;

/** France's Loi Informatique et Libertés (art. 85) adds post-mortem directives to the GDPR rights. */
const hasPostMortemRight = (ctx: PolicyContext): boolean => ctx.organisation.address.country === 'FR';

const rights: SectionBuilder = (ctx) => {
  const objectRef = needsRightToObject(ctx)
    ? ctx.t('rights.objectionSeeSection', { heading: sectionHeading(ctx, 'right_to_object') })
    : ctx.t('rights.objection');
  const items = [
    ctx.t('rights.access'),
    ctx.t('rights.rectification'),
    ctx.t('rights.erasure'),
    ctx.t('rights.restriction'),
    ctx.t('rights.portability'),
    objectRef,
  ];
  if (hasPostMortemRight(ctx)) items.push(ctx.t('rights.postMortem'));
  return {
    facts: {
      language: ctx.language,
      contact: ctx.contactChannel,
      objection: needsRightToObject(ctx),
      postMortem: hasPostMortemRight(ctx),
    },
    applicable: true,
    blocks: [
      paragraph(ctx.t('rights.intro')),
      list(items),
      paragraph(ctx.t('rights.how', { contact: ctx.contactChannel })),
      paragraph(ctx.t('rights.delay')),
    ],
  };
};

const purposeRef = (ctx: PolicyContext, x: { activity: ControllerActivity; purpose: Purpose }): string =>
  ctx.t('purposeRef', { purpose: x.purpose.description, activity: x.activity.name });

const rightToObject: SectionBuilder = (ctx) => {
  const general = objectablePurposes(ctx);
  const marketing = directMarketingPurposes(ctx);
  const blocks: PolicyBlock[] = [];
  if (general.length > 0)
    blocks.push(
      paragraph(ctx.t('object.general')),
      list(general.map((x) => purposeRef(ctx, x))),
      paragraph(ctx.t('object.generalEffect')),
    );
  if (marketing.length > 0)
    blocks.push(
      paragraph(ctx.t('object.marketing')),
      list(marketing.map((x) => purposeRef(ctx, x))),
      paragraph(ctx.t('object.marketingEffect')),
    );
  blocks.push(paragraph(ctx.t('object.how', { contact: ctx.contactChannel })));
  return {
    facts: {
      general: general.map((x) => ({ activity: x.activity.name, ...purposeFacts(x.purpose) })),
      marketing: marketing.map((x) => ({ activity: x.activity.name, ...purposeFacts(x.purpose) })),
      contact: ctx.contactChannel,
    },
    applicable: general.length > 0 || marketing.length > 0,
    blocks,
  };
};

const consentWithdrawal: SectionBuilder = (ctx) => {
  const concerned = consentPurposes(ctx);
  return {
    facts: {
      purposes: concerned.map((x) => ({ activity: x.activity.name, ...purposeFacts(x.purpose) })),
      contact: ctx.contactChannel,
    },
    applicable: concerned.length > 0,
    blocks: [
      paragraph(ctx.t('consent.withdraw')),
      paragraph(ctx.t('consent.concerns')),
      list(concerned.map((x) => purposeRef(ctx, x))),
      paragraph(ctx.t('consent.how', { contact: ctx.contactChannel })),
    ],
  };
};

/** French needs the article that fits the authority's name ("la CNIL", "l'Autorité…"). */
const authorityPhrase = (ctx: PolicyContext, name: string): string => {
  if (/^(commission|cnil|cnpd|agence|autorité|autoridade|agencia|agencija)/i.test(name))
    return ctx.t('complaint.authorityFeminine', { name });
  if (/^[aeiouyàâéèêîôûh]/i.test(name)) return ctx.t('complaint.authorityElided', { name });
  return ctx.t('complaint.authorityOther', { name });
};

const complaint: SectionBuilder = (ctx) => {
  const recorded = ctx.organisation.supervisoryAuthority;
  const fallback = authorityForCountry(ctx.organisation.address.country);
  const sa = nonEmpty(recorded.name)
    ? recorded
    : fallback
      ? { name: fallback.name, website: fallback.website, address: fallback.address, country: fallback.country }
      : recorded;
  const blocks: PolicyBlock[] = [];
  if (nonEmpty(sa.name)) {
    // A lead authority exists only for cross-border processing (Art. 56(1)); otherwise, and while
    // the question is unanswered, the authority named is the competent one (Art. 55(1)).
    const lead = ctx.organisation.crossBorderProcessing === true;
    blocks.push(
      paragraph(
        ctx.t(lead ? 'complaint.namedLead' : 'complaint.namedCompetent', { authority: authorityPhrase(ctx, sa.name) }),
      ),
    );
    const lines = [
      nonEmpty(sa.website) ? ctx.t('contact.website', { website: sa.website }) : '',
      nonEmpty(sa.address) ? ctx.t('contact.postal', { address: sa.address }) : '',
    ].filter(nonEmpty);
    if (lines.length > 0) blocks.push(list(lines));
  }
  blocks.push(paragraph(ctx.t('complaint.anyAuthority')));
  return {
    facts: {
      language: ctx.language,
      name: sa.name,
      website: sa.website,
      address: sa.address,
      crossBorder: ctx.organisation.crossBorderProcessing,
    },
    applicable: true,
    blocks,
  };
};

/**
 * The two answer cells of a collection point. An unanswered question (null) is a gap: the cell
 * says it is to be completed (the checks list it), it never falls back to "optional".
 */
const requirementCells = (
  ctx: PolicyContext,
  requirement: CollectionPoint['requirement'],
  consequence: string,
): string[][] => {
  if (requirement === null) return [[ctx.t('requirement.unanswered')], nonEmpty(consequence) ? [consequence] : []];
  return [
    [ctx.t(`requirements.${requirement}`)],
    [
      nonEmpty(consequence)
        ? consequence
        : ctx.t(requirement === 'voluntary' ? 'requirement.freeToRefuse' : 'requirement.cannotProceed'),
    ],
  ];
};

const requirement: SectionBuilder = (ctx) => {
  const fromPerson = ctx.activities.filter((a) => a.collectedFromDataSubject);
  const rows: string[][][] = [];
  for (const a of fromPerson) {
    if (a.collectionPoints.length === 0)
      rows.push([[a.name], ...requirementCells(ctx, a.requirement, a.consequenceOfNotProviding)]);
    for (const cp of a.collectionPoints)
      rows.push([
        [cp.name],
        ...requirementCells(
          ctx,
          cp.requirement ?? a.requirement,
          nonEmpty(cp.consequenceOfNotProviding) ? cp.consequenceOfNotProviding : a.consequenceOfNotProviding,
        ),
      ]);
  }
  return {
    facts: fromPerson.map((a) => ({
      name: a.name,
      requirement: a.requirement,
      consequence: a.consequenceOfNotProviding,
      points: a.collectionPoints.map((cp) => ({
        name: cp.name,
        requirement: cp.requirement,
        consequence: cp.consequenceOfNotProviding,
      })),
    })),
    // Art. 13(2)(e) has no Art. 14 counterpart: only data the person gives us is concerned.
    applicable: rows.length > 0,
    blocks: [
      paragraph(ctx.t('requirement.intro')),
      {
        kind: 'table',
        caption: ctx.t('requirement.tableCaption'),
        columns: [ctx.t('requirement.colPoint'), ctx.t('requirement.colRequired'), ctx.t('requirement.colConsequence')],
        rows,
        rowHeaders: true,
      },
    ],
  };
};

const automatedDecisions: SectionBuilder = (ctx) => {
  const adm = ctx.activities.filter((a) => a.automatedDecision.exists);
  const blocks: PolicyBlock[] = [];
  if (adm.length === 0) blocks.push(paragraph(ctx.t('adm.none')));
  for (const a of adm) {
    const d = a.automatedDecision;
    blocks.push(subheading(a.name), paragraph(ctx.t('adm.exists', { activity: a.name })));
    const lines = [
      nonEmpty(d.logic) ? ctx.t('adm.logic', { logic: d.logic }) : '',
      nonEmpty(d.significance) ? ctx.t('adm.significance', { significance: d.significance }) : '',
      nonEmpty(d.safeguards) ? ctx.t('adm.safeguards', { safeguards: d.safeguards }) : '',
    ].filter(nonEmpty);
    if (lines.length > 0) blocks.push(list(lines));
  }
  if (adm.length > 0) blocks.push(paragraph(ctx.t('adm.rights', { contact: ctx.contactChannel })));
  return {
    facts: {
      language: ctx.language,
      adm: adm.map((a) => ({ name: a.name, ...a.automatedDecision })),
    },
    // Art. 13(2)(f): stated either way; "there is none" is information too.
    applicable: true,
    blocks,
  };
};

const sources: SectionBuilder = (ctx) => {
  const rows: string[][][] = [];
  const facts: unknown[] = [];
  for (const a of ctx.activities) {
    for (const s of a.sources) {
      const cats = categoriesOf(a, s.dataCategoryIds);
      rows.push([
        [s.description],
        cats.map((c) => categoryLabel(ctx, c)),
        [ctx.t(s.publiclyAccessible ? 'sources.public' : 'sources.notPublic')],
      ]);
      facts.push({
        activity: a.name,
        description: s.description,
        publiclyAccessible: s.publiclyAccessible,
        data: cats.map((c) => c.name),
      });
    }
  }
  return {
    facts,
    applicable: rows.length > 0,
    blocks: [
      paragraph(ctx.t('sources.intro')),
      {
        kind: 'table',
        caption: ctx.t('sources.tableCaption'),
        columns: [ctx.t('sources.colSource'), ctx.t('sources.colData'), ctx.t('sources.colPublic')],
        rows,
        rowHeaders: true,
      },
    ],
  };
};

const cookies: SectionBuilder = (ctx) => {
  const analytics = ctx.activities.filter((a) => a.websiteAnalytics);
  const rows = analytics.flatMap((a) =>
    a.cookies.map((c) => [
      [c.name],
      [c.provider].filter(nonEmpty),
      [c.purpose].filter(nonEmpty),
      [c.duration].filter(nonEmpty),
    ]),
  );
  const blocks: PolicyBlock[] = [];
  for (const a of analytics) {
    blocks.push(paragraph(ctx.t('cookies.intro', { activity: a.name })));
    const bases = a.purposes.map((p) => `${p.description}: ${basisLines(ctx, p).join(' ')}`);
    if (bases.length > 0) blocks.push(list(bases));
  }
  if (rows.length > 0)
    blocks.push({
      kind: 'table',
      caption: ctx.t('cookies.tableCaption'),
      columns: [
        ctx.t('cookies.colName'),
        ctx.t('cookies.colProvider'),
        ctx.t('cookies.colPurpose'),
        ctx.t('cookies.colDuration'),
      ],
      rows,
      rowHeaders: true,
    });
  blocks.push(paragraph(ctx.t('cookies.control')));
  return {
    facts: analytics.map((a) => ({
      name: a.name,
      purposes: a.purposes.map(purposeFacts),
      cookies: a.cookies.map((c) => ({ name: c.name, provider: c.provider, purpose: c.purpose, duration: c.duration })),
    })),
    applicable: analytics.length > 0,
    blocks,
  };
};

const SECURITY_ORDER = [
  'access_control',
  'encryption',
  'traceability',
  'software_protection',
  'backup',
  'physical',
  'processor_control',
  'organisational',
  'other',
] as const;

const security: SectionBuilder = (ctx) => {
  const byName = compareText(ctx.language);
  const seen = new Map<string, SecurityMeasure>();
  for (const a of ctx.activities)
    for (const m of resolveIds(a.securityMeasureIds, ctx.index.securityMeasures)) seen.set(m.id, m);
  const measures = [...seen.values()].sort(
    (a, b) => SECURITY_ORDER.indexOf(a.category) - SECURITY_ORDER.indexOf(b.category) || byName(a.title, b.title),
  );
  return {
    facts: measures.map((m) => ({ category: m.category, title: m.title, description: m.description })),
    applicable: measures.length > 0,
    blocks: [paragraph(ctx.t('security.intro')), list(measures.map((m) => joinParts([m.title, m.description], ': ')))],
  };
};

const contact: SectionBuilder = (ctx) => {
  const org = ctx.organisation;
  const pc = ctx.privacyContact;
  const lines = [
    ctx.t('contact.write', { contact: ctx.contactChannel }),
    ctx.t('contact.post', { address: joinParts([org.name, formatAddress(org.address, ctx.language)], ', ') }),
  ];
  if (pc !== undefined)
    lines.push(ctx.t('contact.team', { name: pc.name, details: joinParts([pc.email, pc.phone], ', ') }));
  if (nonEmpty(org.phone)) lines.push(ctx.t('contact.phone', { phone: org.phone }));
  const blocks: PolicyBlock[] = [paragraph(ctx.t('contact.intro')), list(lines)];
  if (ctx.dpo !== undefined) blocks.push(paragraph(ctx.t('contact.dpo', { heading: sectionHeading(ctx, 'dpo') })));
  return {
    facts: {
      language: ctx.language,
      contact: ctx.contactChannel,
      name: org.name,
      address: org.address,
      phone: org.phone,
      privacyContact: pc ? { name: pc.name, email: pc.email, phone: pc.phone } : null,
      dpo: ctx.dpo !== undefined,
    },
    applicable: true,
    blocks,
  };
};

const changes: SectionBuilder = (ctx) => {
  const p = ctx.policy;
  const date = formatDate(p.effectiveDate, ctx.language);
  const blocks: PolicyBlock[] = [
    paragraph(
      date !== ''
        ? ctx.t('changes.current', { version: p.version, date })
        : ctx.t('changes.currentNoDate', { version: p.version }),
    ),
    paragraph(ctx.t('changes.newPurpose')),
  ];
  if (p.changeHistory.length > 0)
    blocks.push({
      kind: 'table',
      caption: ctx.t('changes.tableCaption'),
      columns: [ctx.t('changes.colVersion'), ctx.t('changes.colDate'), ctx.t('changes.colSummary')],
      rows: p.changeHistory.map((c) => [
        [c.version],
        [formatDate(c.date, ctx.language)].filter(nonEmpty),
        [c.summary].filter(nonEmpty),
      ]),
      rowHeaders: true,
    });
  return {
    facts: { language: ctx.language, version: p.version, effectiveDate: p.effectiveDate, history: p.changeHistory },
    applicable: true,
    blocks,
  };
};

/** Builders in the order of `policySectionKeySchema` (the Art. 13/14 reading order). */
export const SECTION_BUILDERS: Record<PolicySectionKey, SectionBuilder> = {
  introduction,
  definitions,
  controller,
  dpo,
  data_collected: dataCollected,
  purposes,
  recipients,
  processors,
  transfers,
  retention,
  rights,
  right_to_object: rightToObject,
  consent_withdrawal: consentWithdrawal,
  complaint,
  requirement,
  automated_decisions: automatedDecisions,
  sources,
  cookies,
  security,
  contact,
  changes,
};

export { hasArt13, hasArt14, sectionHeading };
