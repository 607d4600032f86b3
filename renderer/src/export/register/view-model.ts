import type { ActivityStatus, ControllerActivity, ProcessorActivity, Retention } from '../../domain/activity';
import type { Language } from '../../domain/common';
import { LEGAL_BASIS_ARTICLE, ART9_CONDITION_ARTICLE, TRANSFER_MECHANISM_ARTICLE } from '../../domain/legal';
import { adequacyPosition } from '../../domain/adequacy-position';
import type { Processor } from '../../domain/processor';
import { ADEQUACY_AS_OF, countryName, isThirdCountry } from '../../domain/reference';
import type { Transfer } from '../../domain/transfer';
import {
  controllerActivities,
  indexWorkspace,
  processorActivities,
  resolveIds,
  subProcessorsOf,
  type Workspace,
  type WorkspaceIndex,
} from '../../domain/workspace';
import { adequacyDecisionName, adequacyScope } from '../common/adequacy';
import { citeArticle } from '../common/citation';
import { contactLine, identityItems } from '../common/identity';
import { compareText, formatDate, joinList, joinParts } from '../common/format';
import { printableDeep } from '../common/text';
import { typesetDeep } from '../common/typography';
import { buildRegisterDataMap, type RegisterDataMapVm } from './data-map';
import { registerT } from './wording';
import { LANGUAGE_STYLE } from '../../domain/languages';
import { workspaceIn } from '../../domain/workspace-in';

export type RegisterKind = 'controller' | 'processor';

export interface RegisterOptions {
  register: RegisterKind;
  language: Language;
  version?: string;
  /** YYYY-MM-DD printed on the cover; defaults to today. */
  generatedOn?: string;
  includeRetired?: boolean;
  /** Only these departments (exact names); empty means every department. */
  departments?: readonly string[];
  /** Only these statuses; empty means every status (retired still follows includeRetired). */
  statuses?: readonly ActivityStatus[];
}

/** One labelled Art. 30 item. `lines` is never empty: an empty item carries its explicit wording. */
export interface RegisterItem {
  key: string;
  label: string;
  lines: string[];
}

export interface RegisterActivityVm {
  id: string;
  /** "T-01 — Payroll": the heading and the bookmark. */
  heading: string;
  items: RegisterItem[];
}

export interface RegisterTable {
  columns: string[];
  rows: string[][];
}

export interface RegisterViewModel {
  kind: RegisterKind;
  language: Language;
  organisationName: string;
  title: string;
  coverTitle: string;
  articleLine: string;
  versionLine: string;
  generatedLine: string;
  scopeLine: string;
  runningHeader: string;
  subject: string;
  wording: { contents: string; page: string; of: string; pageOf: (page: number, pages: number) => string };
  identity: { heading: string; items: RegisterItem[] };
  summary: { heading: string; table: RegisterTable };
  activitiesHeading: string;
  /** A contents page only when it helps: a register of a few activities reads without one. */
  showContents: boolean;
  noActivities: string;
  activities: RegisterActivityVm[];
  /** Controller register only: the figure of where the data goes (./data-map.ts). */
  dataMap: RegisterDataMapVm | null;
}

type T = (key: string, vars?: Record<string, string | number>) => string;
/** Above this many activities the register opens with a contents page. */
export const CONTENTS_FROM = 3;
const orEmpty = (lines: string[], empty: string): string[] => (lines.length > 0 ? lines : [empty]);

export const retentionRule = (r: Retention, t: T): string | null => {
  const period =
    r.period === null ? '' : t(`retention.unit.${r.unit}_${r.period === 1 ? 'one' : 'other'}`, { count: r.period });
  const periodText =
    period === '' ? '' : r.startEvent.trim() ? t('retention.periodFrom', { period, start: r.startEvent }) : period;
  const criteria = r.criteria.trim() ? t('retention.criteria', { criteria: r.criteria }) : '';
  if (periodText && criteria) return t('retention.periodAndCriteria', { period: periodText, criteria });
  return periodText || criteria || null;
};

/** The adequacy position of a transfer as the dated list says, the same one the policy states. */
const adequacyLine = (tr: Transfer, t: T, language: Language): string => {
  const position = adequacyPosition(tr);
  const d = position.decision;
  const vars: Record<string, string> = d
    ? { decision: adequacyDecisionName(d, language, t), scope: d.scope === 'partial' ? adequacyScope(d, t) : '' }
    : {};
  const key =
    position.kind === 'eea'
      ? 'none'
      : (position.kind === 'partial_covered' || position.kind === 'partial_not_covered') && d?.framework === 'dpf'
        ? `${position.kind}_dpf`
        : position.kind;
  return t('transfer.adequacy', {
    date: formatDate(ADEQUACY_AS_OF, language),
    position: t(`adequacyPosition.${key}`, vars),
  });
};

const transferLines = (tr: Transfer, t: T, language: Language): string[] => {
  const destination =
    tr.destinationType === 'international_organisation'
      ? t('transfer.internationalOrganisation', { name: tr.internationalOrganisation })
      : `${countryName(tr.country, language)} (${tr.country})`;
  const lines = [
    t('transfer.destination', { destination }),
    t('transfer.recipient', { name: tr.recipientName }),
    t('transfer.mechanism', {
      mechanism: t(`mechanism.${tr.mechanism}`),
      article: citeArticle(TRANSFER_MECHANISM_ARTICLE[tr.mechanism], language),
    }),
    adequacyLine(tr, t, language),
  ];
  if (tr.conditions.trim()) lines.push(t('transfer.conditions', { value: tr.conditions }));
  if (tr.safeguardsCopy.trim()) lines.push(t('transfer.safeguardsCopy', { value: tr.safeguardsCopy }));
  if (tr.tia.done)
    lines.push(
      t('transfer.tia', {
        value: joinParts([t('transfer.tiaDone'), formatDate(tr.tia.date, language), tr.tia.reference], ', '),
      }),
    );
  // Art. 49(6): the assessment and safeguards of a compelling-interest transfer belong in the record.
  if (tr.mechanism === 'compelling_legitimate_interest') {
    if (tr.compellingInterest.trim()) lines.push(t('transfer.compellingInterest', { value: tr.compellingInterest }));
    lines.push(
      tr.art49Assessment.trim()
        ? t('transfer.art49Assessment', { value: tr.art49Assessment })
        : t('transfer.art49Missing'),
    );
  }
  return [lines.join(' · ')];
};

const securityLines = (ids: readonly string[], index: WorkspaceIndex, t: T, empty: string): string[] =>
  orEmpty(
    resolveIds(ids, index.securityMeasures).map((m) =>
      m.description.trim()
        ? t('security.lineWithDescription', {
            category: t(`securityCategory.${m.category}`),
            title: m.title,
            description: m.description,
          })
        : t('security.line', { category: t(`securityCategory.${m.category}`), title: m.title }),
    ),
    empty,
  );

const dateOr = (iso: string, language: Language, t: T): string =>
  iso ? formatDate(iso, language) : t('summary.notReviewed');

const generalItems = (a: ControllerActivity | ProcessorActivity, t: T, language: Language): RegisterItem[] => [
  { key: 'reference', label: t('item.reference'), lines: [a.reference.trim() || t('empty.none')] },
  { key: 'department', label: t('item.department'), lines: [a.department.trim() || t('empty.noDepartment')] },
  { key: 'owner', label: t('item.owner'), lines: [a.owner.trim() || t('empty.noOwner')] },
  { key: 'status', label: t('item.status'), lines: [t(`status.${a.status}`)] },
  { key: 'lastReview', label: t('item.lastReview'), lines: [dateOr(a.lastReviewedOn, language, t)] },
];

const controllerActivityItems = (
  a: ControllerActivity,
  index: WorkspaceIndex,
  t: T,
  language: Language,
): RegisterItem[] => {
  const purposes = a.purposes.map((p) => {
    const basis = `${t(`legalBasis.${p.legalBasis}`)} (${citeArticle(LEGAL_BASIS_ARTICLE[p.legalBasis], language)})`;
    const extra = [
      p.legitimateInterest.trim() ? t('purpose.legitimateInterest', { value: p.legitimateInterest }) : '',
      p.legalReference.trim() ? t('purpose.legalReference', { value: p.legalReference }) : '',
      p.art9Condition
        ? t('purpose.art9', {
            value: `${t(`art9Condition.${p.art9Condition}`)} (${citeArticle(ART9_CONDITION_ARTICLE[p.art9Condition], language)})`,
          })
        : '',
      p.art10Authorisation.trim() ? t('purpose.art10', { value: p.art10Authorisation }) : '',
      p.directMarketing ? t('purpose.directMarketing') : '',
    ];
    return joinParts([t('purpose.line', { purpose: p.description, basis }), ...extra]);
  });
  const dataCategories = a.dataCategories.map((c) =>
    joinParts([
      c.name,
      c.description,
      c.specialCategory ? t('dataCategory.special', { category: t(`specialCategory.${c.specialCategory}`) }) : '',
      c.criminalOffence ? t('dataCategory.criminal') : '',
      c.nationalIdNumber ? t('dataCategory.nationalId') : '',
    ]),
  );
  const recipients = recipientEntityLines(a, index, t, language);
  const sources = a.sources.map((src) =>
    joinParts([src.description, src.publiclyAccessible ? t('sources.public') : ''], ', '),
  );
  if (sources.length > 0 && a.collectedFromDataSubject) sources.push(t('sources.fromPersonToo'));
  const retention = orEmpty(
    a.dataCategories.map((c) =>
      t('retention.line', { category: c.name, rule: retentionRule(c.retention, t) ?? t('empty.noRetention') }),
    ),
    t('empty.noRetentionAtAll'),
  );
  const joint = a.jointControllers.map((j) =>
    joinParts([
      j.name,
      contactLine(j, language),
      j.arrangementSummary.trim() ? t('jointController.arrangement', { value: j.arrangementSummary }) : '',
    ]),
  );
  const d = a.dpia;
  const dpia = [
    joinParts(
      [
        t('dpia.result', { value: t(`dpiaResult.${d.result}`) }),
        d.screenedOn ? t('dpia.screenedOn', { date: formatDate(d.screenedOn, language) }) : '',
      ],
      ', ',
    ),
    ...(d.reasoning.trim() ? [t('dpia.reasoning', { value: d.reasoning })] : []),
    ...(d.outcome.trim() ? [t('dpia.outcome', { value: d.outcome })] : []),
    ...(d.completedOn ? [t('dpia.completedOn', { date: formatDate(d.completedOn, language) })] : []),
    ...(d.reference.trim() ? [t('dpia.reference', { value: d.reference })] : []),
  ];
  return [
    ...generalItems(a, t, language),
    { key: 'software', label: t('item.software'), lines: [a.software.trim() || t('empty.noSoftware')] },
    { key: 'description', label: t('item.description'), lines: [a.description.trim() || t('empty.noDescription')] },
    { key: 'jointControllers', label: t('item.jointControllers'), lines: orEmpty(joint, t('empty.noJointController')) },
    { key: 'purposes', label: t('item.purposes'), lines: orEmpty(purposes, t('empty.noPurpose')) },
    {
      key: 'dataSubjects',
      label: t('item.dataSubjects'),
      lines: [
        ...orEmpty(
          a.dataSubjectCategories.map((s) => joinParts([s.name, s.description])),
          t('empty.noDataSubjects'),
        ),
        // Unanswered is said as such: a gap, never a band the DPO did not choose.
        a.estimatedDataSubjects
          ? t('dataSubjectsEstimate.line', { band: t(`dataSubjectsEstimate.band.${a.estimatedDataSubjects}`) })
          : t('dataSubjectsEstimate.missing'),
      ],
    },
    {
      key: 'dataCategories',
      label: t('item.dataCategories'),
      lines: orEmpty(dataCategories, t('empty.noDataCategories')),
    },
    { key: 'sources', label: t('item.sources'), lines: orEmpty(sources, t('empty.sourcesFromPerson')) },
    { key: 'recipients', label: t('item.recipients'), lines: orEmpty(recipients, t('empty.noRecipients')) },
    {
      key: 'transfers',
      label: t('item.transfers'),
      lines: orEmpty(
        resolveIds(a.transferIds, index.transfers).flatMap((tr) => transferLines(tr, t, language)),
        t('empty.noTransfers'),
      ),
    },
    { key: 'retention', label: t('item.retention'), lines: retention },
    {
      key: 'security',
      label: t('item.security'),
      lines: securityLines(a.securityMeasureIds, index, t, t('empty.noSecurity')),
    },
    { key: 'dpia', label: t('item.dpia'), lines: dpia },
  ];
};

const whereLine = (countries: readonly string[], t: T, language: Language): string => {
  const names = (codes: readonly string[]) =>
    joinList(
      codes.map((c) => countryName(c, language)),
      language,
    );
  const third = countries.filter(isThirdCountry);
  // Art. 30(1)(d): recipients in third countries must be identifiable as such.
  if (third.length > 0) return t('recipient.thirdCountry', { country: names(third) });
  return countries.length > 0 ? t('recipient.located', { country: names(countries) }) : '';
};

/** "Brevo — processor", then its sub-processors, each with its service and countries (Art. 28(2),(4)). */
const processorChain = (
  p: Processor,
  roles: readonly string[],
  all: readonly Processor[],
  t: T,
  language: Language,
  seen: Set<string>,
): string[] => {
  seen.add(p.id);
  const head = joinParts([
    t('recipient.entity', { name: p.name, roles: roles.join(', ') }),
    p.service.trim() ? t('recipient.service', { service: p.service }) : '',
    whereLine(p.countries, t, language),
  ]);
  const subs = subProcessorsOf(p.id, all).filter((s) => !seen.has(s.id));
  return [
    head,
    ...subs.flatMap((s) =>
      processorChain(s, [], all, t, language, seen).map((line, i) =>
        i === 0
          ? joinParts([
              t('recipient.subProcessor', { name: s.name, parent: p.name }),
              s.service.trim() ? t('recipient.service', { service: s.service }) : '',
              whereLine(s.countries, t, language),
            ])
          : line,
      ),
    ),
  ];
};

const entityKey = (name: string): string => name.trim().toLocaleLowerCase();

/**
 * Art. 30(1)(d): one line per entity, with all its roles, whether it is recorded as a recipient,
 * as a processor or both ("Brevo — processor, third party"); each processor is followed by its
 * chain of sub-processors with their countries, even those not linked to the activity themselves.
 */
const recipientEntityLines = (a: ControllerActivity, index: WorkspaceIndex, t: T, language: Language): string[] => {
  const processors = resolveIds(a.processorIds, index.processors);
  const all = [...index.processors.values()];
  // A sub-processor linked to the activity is printed under its parent, not on its own.
  const linked = new Set(processors.map((p) => p.id));
  const tops = processors.filter((p) => !(p.parentProcessorId && linked.has(p.parentProcessorId)));
  const recipients = resolveIds(a.recipientIds, index.recipients);
  const rolesOf = new Map<string, string[]>();
  const addRole = (name: string, role: string) => {
    const roles = rolesOf.get(entityKey(name)) ?? [];
    if (!roles.includes(role)) roles.push(role);
    rolesOf.set(entityKey(name), roles);
  };
  for (const p of processors) addRole(p.name, t('recipientRole.processor'));
  for (const r of recipients) addRole(r.name, t(`recipientRole.${r.category}`));
  const printed = new Set<string>();
  const lines: string[] = [];
  for (const r of recipients) {
    const key = entityKey(r.name);
    if (printed.has(key) || processors.some((p) => entityKey(p.name) === key)) continue;
    printed.add(key);
    lines.push(
      joinParts([
        t('recipient.entity', { name: r.name, roles: (rolesOf.get(key) ?? []).join(', ') }),
        r.description,
        whereLine(r.country ? [r.country] : [], t, language),
      ]),
    );
  }
  const seen = new Set<string>();
  for (const p of tops) {
    if (seen.has(p.id)) continue;
    lines.push(...processorChain(p, rolesOf.get(entityKey(p.name)) ?? [], all, t, language, seen));
  }
  return lines;
};

/** Processors engaged for a client (processor register), each with its chain of sub-processors. */
const processorLines = (ids: readonly string[], index: WorkspaceIndex, t: T, language: Language): string[] => {
  const processors = resolveIds(ids, index.processors);
  const linked = new Set(processors.map((p) => p.id));
  const all = [...index.processors.values()];
  const seen = new Set<string>();
  return processors
    .filter((p) => !(p.parentProcessorId && linked.has(p.parentProcessorId)))
    .flatMap((p) => (seen.has(p.id) ? [] : processorChain(p, [t('recipientRole.processor')], all, t, language, seen)));
};

const processorActivityItems = (
  a: ProcessorActivity,
  index: WorkspaceIndex,
  t: T,
  language: Language,
): RegisterItem[] => {
  const c = a.client;
  const clientContact = contactLine(c, language);
  return [
    ...generalItems(a, t, language),
    // Not an Art. 30(2) item, but it is where the processor says what it does for the client
    // (hosting, support access, no transfer…): the record reads badly without it.
    { key: 'description', label: t('item.description'), lines: [a.description.trim() || t('empty.noDescription')] },
    { key: 'client', label: t('item.client'), lines: [c.name, clientContact || t('identity.noContact')] },
    {
      key: 'clientRepresentative',
      label: t('item.clientRepresentative'),
      lines: [c.representative.trim() || t('empty.noClientRepresentative')],
    },
    { key: 'clientDpo', label: t('item.clientDpo'), lines: [c.dpoContact.trim() || t('empty.noClientDpo')] },
    {
      key: 'processingCategories',
      label: t('item.processingCategories'),
      lines: orEmpty([...a.processingCategories], t('empty.noProcessingCategories')),
    },
    {
      key: 'subProcessors',
      label: t('item.subProcessors'),
      lines: orEmpty(processorLines(a.processorIds, index, t, language), t('empty.noSubProcessors')),
    },
    {
      key: 'transfers',
      label: t('item.processorTransfers'),
      lines: orEmpty(
        resolveIds(a.transferIds, index.transfers).flatMap((tr) => transferLines(tr, t, language)),
        t('empty.noTransfers'),
      ),
    },
    {
      key: 'security',
      label: t('item.processorSecurity'),
      lines: securityLines(a.securityMeasureIds, index, t, t('empty.noSecurity')),
    },
  ];
};

const inScope = (o: RegisterOptions) => (a: { status: ActivityStatus; department: string }) => {
  if (!o.includeRetired && a.status === 'retired') return false;
  if (o.statuses && o.statuses.length > 0 && !o.statuses.includes(a.status)) return false;
  if (o.departments && o.departments.length > 0 && !o.departments.includes(a.department.trim())) return false;
  return true;
};

const activityHeading = (a: { reference: string; name: string }): string => joinParts([a.reference, a.name], ' — ');

/**
 * Domain workspace → everything a register document prints, already localised, sorted by
 * reference then name, with every empty Art. 30 item turned into its explicit wording.
 * Pure: the DOCX and PDF builders only lay this out, so both documents say the same thing.
 */
export const buildRegisterViewModel = (record: Workspace, options: RegisterOptions): RegisterViewModel => {
  // Dropped before the items are written, so a field of forbidden characters only is an empty one.
  // In the register's language: each printed text in that language, or marked as untranslated.
  const ws = printableDeep(workspaceIn(record, options.language).workspace);
  const language = options.language;
  const t: T = (key, vars) => registerT(language, key, vars);
  const index = indexWorkspace(ws);
  const org = ws.organisation;
  const compare = compareText(language);
  const byReference = (a: { reference: string; name: string }, b: { reference: string; name: string }): number =>
    compare(a.reference, b.reference) || compare(a.name, b.name);
  const isController = options.register === 'controller';
  const title = t(isController ? 'document.controllerTitle' : 'document.processorTitle');
  const orgName = org.name;

  // The same identity block as the policy's cover (../common/identity.ts), every item stated.
  const identity: RegisterItem[] = identityItems(ws, {
    role: isController ? 'controller' : 'processor',
    audience: 'register',
    language,
    t,
  });

  const scope = inScope(options);
  let summary: RegisterTable;
  let activities: RegisterActivityVm[];
  if (isController) {
    const list = controllerActivities(ws).filter(scope).sort(byReference);
    summary = {
      columns: ['reference', 'name', 'purposes', 'legalBases', 'status', 'lastReview'].map((k) => t(`summary.${k}`)),
      rows: list.map((a) => [
        a.reference || t('empty.none'),
        a.name,
        a.purposes.length ? a.purposes.map((p) => p.description).join('\n') : t('empty.none'),
        a.purposes.length
          ? [
              ...new Set(
                a.purposes.map(
                  (p) =>
                    `${t(`legalBasis.${p.legalBasis}`)} (${citeArticle(LEGAL_BASIS_ARTICLE[p.legalBasis], language)})`,
                ),
              ),
            ].join('\n')
          : t('empty.none'),
        t(`status.${a.status}`),
        dateOr(a.lastReviewedOn, language, t),
      ]),
    };
    activities = list.map((a) => ({
      id: a.id,
      heading: activityHeading(a),
      items: controllerActivityItems(a, index, t, language),
    }));
  } else {
    const list = processorActivities(ws).filter(scope).sort(byReference);
    summary = {
      columns: ['reference', 'name', 'client', 'processingCategories', 'status', 'lastReview'].map((k) =>
        t(`summary.${k}`),
      ),
      rows: list.map((a) => [
        a.reference || t('empty.none'),
        a.name,
        a.client.name,
        a.processingCategories.length ? a.processingCategories.join('\n') : t('empty.none'),
        t(`status.${a.status}`),
        dateOr(a.lastReviewedOn, language, t),
      ]),
    };
    activities = list.map((a) => ({
      id: a.id,
      heading: activityHeading(a),
      items: processorActivityItems(a, index, t, language),
    }));
  }

  const scopeParts = [
    t(options.includeRetired ? 'document.scopeAllWithRetired' : 'document.scopeAll'),
    ...(options.departments?.length
      ? [t('document.scopeDepartments', { departments: joinList([...options.departments], language) })]
      : []),
    ...(options.statuses?.length
      ? [
          t('document.scopeStatuses', {
            statuses: joinList(
              options.statuses.map((s) => t(`status.${s}`)),
              language,
            ),
          }),
        ]
      : []),
  ];
  const generatedOn = options.generatedOn ?? new Date().toISOString().slice(0, 10);
  // And on the way out, for the export options (version, filters) and the wording they fill in,
  // set in the typography of the document language (French spaces before : ; ! ? and in « »).
  return typesetDeep<RegisterViewModel>(
    printableDeep<RegisterViewModel>({
      kind: options.register,
      language,
      organisationName: orgName,
      title,
      coverTitle: isController ? t('document.coverOrganisation', { organisation: orgName }) : `${title} — ${orgName}`,
      articleLine: t(isController ? 'document.controllerArticle' : 'document.processorArticle'),
      versionLine: t('document.version', { version: options.version ?? '1.0' }),
      generatedLine: t('document.generatedOn', { date: formatDate(generatedOn, language) }),
      scopeLine: t('document.filters', { scope: scopeParts.join(LANGUAGE_STYLE[language].listSeparator) }),
      runningHeader: t('document.runningHeader', { organisation: orgName, title }),
      subject: t('document.subject', { organisation: orgName }),
      wording: {
        contents: t('document.contents'),
        page: t('document.page'),
        of: t('document.of'),
        pageOf: (page, pages) => t('document.pageOf', { page, pages }),
      },
      identity: { heading: t(isController ? 'sections.identity' : 'sections.processorIdentity'), items: identity },
      summary: { heading: t(isController ? 'sections.summary' : 'sections.processorSummary'), table: summary },
      activitiesHeading: t('sections.activities'),
      showContents: activities.length > CONTENTS_FROM,
      noActivities: t('document.noActivities'),
      activities,
      dataMap: isController ? buildRegisterDataMap(ws, language) : null,
    }),
    language,
  );
};
