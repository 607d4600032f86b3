import en from '../../../../assets/i18n/en/breach-log.json';
import fr from '../../../../assets/i18n/fr/breach-log.json';
import de from '../../../../assets/i18n/de/breach-log.json';
import {
  currentRiskAssessment,
  firstNotification,
  type ApproximateCount,
  type Breach,
  type RiskAssessment,
} from '../../domain/breach';
import type { Language } from '../../domain/common';
import { breachClock, breachNotificationDeadline, type BreachClock, type BreachDeadline } from '../../domain/deadlines';
import { countryName } from '../../domain/reference';
import { indexWorkspace, isLive, resolveIds, type Workspace } from '../../domain/workspace';
import { formatAddress, formatDate, isoDay, joinList, joinParts } from '../common/format';
import { createTranslator } from '../common/wording';
import type { LogDocument, LogEntry, LogGroup, LogItem } from './document';
import { formatMoment, formatNumber } from './format';

/** The "breach-log" namespace: every word the breach register and the notification content print. */
export const breachLogT = createTranslator('breach-log', { en, fr, de });

export interface BreachLogOptions {
  language: Language;
  /** YYYY-MM-DD printed on the cover; defaults to today. */
  generatedOn?: string;
  /** Now, for the state of a 72-hour clock still running; defaults to the current time. */
  now?: string;
}

type T = (key: string, vars?: Record<string, string | number>) => string;

interface Context {
  t: T;
  language: Language;
  ws: Workspace;
  index: ReturnType<typeof indexWorkspace>;
  now: string;
}

const item = (key: string, label: string, lines: readonly string[], gap: string): LogItem => {
  const kept = lines.map((l) => l.trim()).filter((l) => l !== '');
  return { key, label, lines: kept.length > 0 ? kept : [gap] };
};

/** The live breaches of the register, oldest awareness first (the register reads as a chronology). */
export const liveBreaches = (ws: Workspace): Breach[] =>
  ws.breaches.filter(isLive).sort((a, b) => Date.parse(a.awareAt) - Date.parse(b.awareAt) || a.id.localeCompare(b.id));

const headingOf = (b: Breach): string => joinParts([b.reference, b.title], ' — ');

/** The 72 hours of Art. 33(1), or undefined when the recorded time zone is not one Intl knows. */
const deadlineOf = (b: Breach): BreachDeadline | undefined => {
  try {
    return breachNotificationDeadline(b.awareAt, b.timeZone === '' ? 'UTC' : b.timeZone);
  } catch {
    return undefined;
  }
};

const clockOf = (b: Breach, deadline: BreachDeadline | undefined, now: string): BreachClock | undefined => {
  if (!deadline) return undefined;
  const first = firstNotification(b);
  return breachClock(deadline, now, first?.filedAt);
};

const countText = (c: ApproximateCount, ctx: Context): string =>
  c.value === null ? '' : ctx.t(`count.${c.precision}`, { count: formatNumber(c.value, ctx.language) });

const moment = (iso: string, b: Breach, ctx: Context): string => formatMoment(iso, b.timeZone, ctx.language);

const clockLine = (b: Breach, ctx: Context): string => {
  const deadline = deadlineOf(b);
  const clock = clockOf(b, deadline, ctx.now);
  if (!deadline || !clock) return ctx.t('clock.unknownZone', { zone: b.timeZone });
  const at = moment(deadline.deadlineAt, b, ctx);
  const hours = Math.ceil(Math.abs(clock.minutesLeft) / 60);
  return ctx.t(`clock.${clock.state}`, { deadline: at, hours });
};

const assessmentLine = (a: RiskAssessment, current: boolean, ctx: Context): string =>
  joinParts(
    [
      ctx.t('risk.line', {
        date: formatDate(a.assessedOn, ctx.language),
        likelihood: ctx.t(`riskLevel.${a.likelihood}`),
        severity: ctx.t(`riskLevel.${a.severity}`),
        result: ctx.t(`riskResult.${a.result}`),
      }),
      a.assessor === '' ? '' : ctx.t('risk.assessor', { name: a.assessor }),
      ctx.t('risk.reasons', { reasons: a.reasons }),
      current ? ctx.t('risk.current') : ctx.t('risk.superseded'),
    ],
    ' · ',
  );

const factsGroup = (b: Breach, ctx: Context): LogGroup => {
  const { t } = ctx;
  const gap = t('gap.notRecorded');
  const processor = b.processorId === null ? undefined : ctx.index.processors.get(b.processorId);
  const activities = resolveIds(b.activityIds, ctx.index.activities).map((a) =>
    joinParts([a.reference, a.name], ' — '),
  );
  return {
    heading: t('group.facts'),
    items: [
      item(
        'status',
        t('field.status'),
        [t(`status.${b.status}`), b.status === 'dismissed' ? b.dismissalReason : ''],
        gap,
      ),
      item(
        'role',
        t('field.role'),
        b.role === 'processor'
          ? [
              t('role.processor', { client: b.clientName }),
              b.clientInformedAt === ''
                ? t('role.clientNotInformed')
                : t('role.clientInformed', { at: moment(b.clientInformedAt, b, ctx) }),
            ]
          : [t('role.controller')],
        gap,
      ),
      item('startedAt', t('field.startedAt'), [moment(b.startedAt, b, ctx)], t('gap.unknown')),
      item('endedAt', t('field.endedAt'), [moment(b.endedAt, b, ctx)], t('gap.unknown')),
      item('awareAt', t('field.awareAt'), [moment(b.awareAt, b, ctx)], gap),
      item('logged', t('field.logged'), [joinParts([formatDate(b.createdAt, ctx.language), b.loggedBy], ' — ')], gap),
      item(
        'detection',
        t('field.detection'),
        [b.detectionSource === null ? '' : t(`detection.${b.detectionSource}`), b.detectionDetails],
        gap,
      ),
      item(
        'processor',
        t('field.processor'),
        processor
          ? [
              processor.name,
              b.processorInformedAt === ''
                ? t('processor.informedNotRecorded')
                : t('processor.informedAt', { at: moment(b.processorInformedAt, b, ctx) }),
            ]
          : [t('processor.none')],
        gap,
      ),
      item(
        'types',
        t('field.types'),
        [
          joinList(
            b.types.map((x) => t(`type.${x}`)),
            ctx.language,
          ),
        ],
        gap,
      ),
      item(
        'effects',
        t('field.effects'),
        [
          joinList(
            b.effects.map((x) => t(`effect.${x}`)),
            ctx.language,
          ),
        ],
        gap,
      ),
      item('origin', t('field.origin'), [b.origin === null ? '' : t(`origin.${b.origin}`)], gap),
      item('cause', t('field.cause'), [b.cause === null ? '' : t(`cause.${b.cause}`)], gap),
      item('facts', t('field.facts'), b.facts.split('\n'), gap),
      item('activities', t('field.activities'), activities, gap),
      item('systems', t('field.systems'), [b.systems], gap),
      item('incident', t('field.incident'), [b.incidentReference], gap),
    ],
  };
};

const peopleAndDataGroup = (b: Breach, ctx: Context): LogGroup => {
  const { t } = ctx;
  const gap = t('gap.notRecorded');
  return {
    heading: t('group.peopleAndData'),
    items: [
      item('dataSubjectCategories', t('field.dataSubjectCategories'), b.dataSubjectCategories, gap),
      item('subjectsCount', t('field.subjectsCount'), [countText(b.subjectsCount, ctx)], gap),
      item('dataCategories', t('field.dataCategories'), b.dataCategories, gap),
      item(
        'dataFlags',
        t('field.dataFlags'),
        b.dataFlags.map((f) => t(`dataFlag.${f}`)),
        t('gap.noFlag'),
      ),
      item('recordsCount', t('field.recordsCount'), [countText(b.recordsCount, ctx)], gap),
      item(
        'crossBorder',
        t('field.crossBorder'),
        b.crossBorder
          ? [
              t('crossBorder.yes', {
                states:
                  joinList(
                    b.memberStates.map((c) => countryName(c, ctx.language)),
                    ctx.language,
                  ) || gap,
              }),
              b.leadAuthority === '' ? '' : t('crossBorder.lead', { authority: b.leadAuthority }),
            ]
          : [t('crossBorder.no')],
        gap,
      ),
    ],
  };
};

const consequencesGroup = (b: Breach, ctx: Context): LogGroup => {
  const { t } = ctx;
  return {
    heading: t('group.consequences'),
    items: [
      item(
        'consequences',
        t('field.consequences'),
        [
          joinList(
            b.consequences.map((c) => t(`consequence.${c}`)),
            ctx.language,
          ),
          b.consequencesDetails,
        ],
        t('gap.notRecorded'),
      ),
    ],
  };
};

const riskGroup = (b: Breach, ctx: Context): LogGroup => {
  const { t } = ctx;
  const current = currentRiskAssessment(b.riskAssessments);
  const ordered = [...b.riskAssessments].sort((x, y) => x.assessedOn.localeCompare(y.assessedOn));
  return {
    heading: t('group.risk'),
    items: [
      item(
        'riskAssessments',
        t('field.riskAssessments'),
        ordered.map((a) => assessmentLine(a, a.id === current?.id, ctx)),
        t('gap.noAssessment'),
      ),
      item('mitigatingFactors', t('field.mitigatingFactors'), [b.mitigatingFactors], t('gap.notRecorded')),
    ],
  };
};

const contactPoint = (b: Breach, ctx: Context): string[] => {
  const c = b.contactPointId === null ? undefined : ctx.ws.contacts.find((x) => x.id === b.contactPointId && isLive(x));
  if (!c) return [];
  return [
    joinParts([c.name, c.jobTitle, c.firm], ', '),
    joinParts([formatAddress(c.address, ctx.language), c.email, c.phone]),
  ];
};

const authorityGroup = (b: Breach, ctx: Context): LogGroup => {
  const { t } = ctx;
  const gap = t('gap.notRecorded');
  const clock = clockOf(b, deadlineOf(b), ctx.now);
  const filings = [...b.notifications].sort((x, y) => Date.parse(x.filedAt) - Date.parse(y.filedAt));
  const delay =
    b.delayReason.trim() !== ''
      ? [b.delayReason]
      : clock?.delayReasonRequired && filings.length > 0
        ? [t('gap.delayReasonRequired')]
        : filings.length > 0
          ? [t('delay.notLate')]
          : [];
  return {
    heading: t('group.authority'),
    items: [
      item(
        'notifyDecision',
        t('field.notifyDecision'),
        [t(`notifyDecision.${b.notifyDecision}`), b.notifyDecision === 'do_not_notify' ? b.notifyJustification : ''],
        gap,
      ),
      item('deadline', t('field.deadline'), [clockLine(b, ctx)], gap),
      item(
        'notifications',
        t('field.notifications'),
        filings.map((n) =>
          joinParts(
            [
              t(`phase.${n.phase}`),
              n.authority,
              moment(n.filedAt, b, ctx),
              t(`channel.${n.channel}`),
              n.reference === ''
                ? t('notification.noReference')
                : t('notification.reference', { reference: n.reference }),
              n.filedBy === '' ? '' : t('notification.filedBy', { name: n.filedBy }),
            ],
            ' · ',
          ),
        ),
        t('gap.noNotification'),
      ),
      item('delayReason', t('field.delayReason'), delay, gap),
      item('contactPoint', t('field.contactPoint'), contactPoint(b, ctx), gap),
      item(
        'exchanges',
        t('field.exchanges'),
        [...b.authorityExchanges]
          .sort((x, y) => x.on.localeCompare(y.on))
          .map((e) =>
            joinParts(
              [
                formatDate(e.on, ctx.language),
                t(`exchangeDirection.${e.direction}`),
                t(`exchangeType.${e.type}`),
                e.reference,
                e.summary,
              ],
              ' · ',
            ),
          ),
        t('gap.none'),
      ),
    ],
  };
};

const subjectsGroup = (b: Breach, ctx: Context): LogGroup => {
  const { t } = ctx;
  const gap = t('gap.notRecorded');
  return {
    heading: t('group.subjects'),
    items: [
      item(
        'subjectsDecision',
        t('field.subjectsDecision'),
        [t(`subjectsDecision.${b.subjectsDecision}`), b.subjectsDecisionReason],
        gap,
      ),
      item(
        'art34Exemption',
        t('field.art34Exemption'),
        b.art34Exemption === null
          ? [t('exemption.none')]
          : [t(`exemption.${b.art34Exemption}`), t('exemption.evidence', { evidence: b.art34ExemptionEvidence })],
        gap,
      ),
      item(
        'subjectCommunications',
        t('field.subjectCommunications'),
        [...b.subjectCommunications]
          .sort((x, y) => x.sentOn.localeCompare(y.sentOn))
          .map((c) =>
            joinParts(
              [
                formatDate(c.sentOn, ctx.language),
                t(`communicationMethod.${c.method}`),
                c.scope === '' ? '' : t('communication.scope', { scope: c.scope }),
                c.content,
                c.sentBy === '' ? '' : t('communication.sentBy', { name: c.sentBy }),
              ],
              ' · ',
            ),
          ),
        t('gap.noCommunication'),
      ),
    ],
  };
};

const measuresGroup = (b: Breach, ctx: Context): LogGroup => {
  const { t } = ctx;
  return {
    heading: t('group.measures'),
    items: [
      item(
        'measures',
        t('field.measures'),
        b.measures.map((m) =>
          joinParts(
            [
              t(`measureType.${m.type}`),
              m.description,
              m.owner === '' ? '' : t('measure.owner', { name: m.owner }),
              m.dueOn === '' ? '' : t('measure.due', { date: formatDate(m.dueOn, ctx.language) }),
              t(`measureStatus.${m.status}`),
            ],
            ' · ',
          ),
        ),
        t('gap.noMeasure'),
      ),
      item('followUp', t('field.followUp'), [b.followUp], t('gap.notRecorded')),
    ],
  };
};

const closureGroup = (b: Breach, ctx: Context): LogGroup => {
  const { t } = ctx;
  const gap = t('gap.notRecorded');
  return {
    heading: t('group.closure'),
    items: [
      item(
        'closed',
        t('field.closed'),
        b.closedOn === '' ? [t('closure.open')] : [formatDate(b.closedOn, ctx.language), b.closureReason],
        gap,
      ),
      item('lessonsLearned', t('field.lessonsLearned'), [b.lessonsLearned], gap),
      item('evidence', t('field.evidence'), [b.evidence], gap),
    ],
  };
};

const entryOf = (b: Breach, ctx: Context): LogEntry => ({
  id: b.id,
  heading: headingOf(b),
  groups: [
    factsGroup(b, ctx),
    peopleAndDataGroup(b, ctx),
    consequencesGroup(b, ctx),
    riskGroup(b, ctx),
    authorityGroup(b, ctx),
    subjectsGroup(b, ctx),
    measuresGroup(b, ctx),
    closureGroup(b, ctx),
  ],
});

const contextOf = (ws: Workspace, options: BreachLogOptions): Context => {
  const language = options.language;
  return {
    t: (key, vars) => breachLogT(language, key, vars),
    language,
    ws,
    index: indexWorkspace(ws),
    now: options.now ?? new Date().toISOString(),
  };
};

const documentShell = (ws: Workspace, ctx: Context, generatedOn: string) => {
  const { t } = ctx;
  const organisation = ws.organisation.name;
  return {
    language: ctx.language,
    organisationName: organisation,
    generatedLine: t('document.generatedOn', { date: formatDate(generatedOn, ctx.language) }),
    wording: {
      contents: t('document.contents'),
      page: t('document.page'),
      of: t('document.of'),
      pageOf: (page: number, pages: number) => t('document.pageOf', { page, pages }),
    },
    sheets: { summary: t('sheet.summary'), details: t('sheet.details') },
    noEntries: t('document.noEntries'),
    organisation,
  };
};

/** The Art. 33(5) register: every live breach, notified or not, with its facts, effects and remedial action. */
export const buildBreachLogDocument = (ws: Workspace, options: BreachLogOptions): LogDocument => {
  const ctx = contextOf(ws, options);
  const { t } = ctx;
  const shell = documentShell(ws, ctx, options.generatedOn ?? isoDay(new Date()));
  const breaches = liveBreaches(ws);
  const rows = breaches.map((b) => {
    const current = currentRiskAssessment(b.riskAssessments);
    const first = firstNotification(b);
    return [
      b.reference || t('gap.notRecorded'),
      b.title,
      moment(b.awareAt, b, ctx),
      clockLine(b, ctx),
      current ? t(`riskResult.${current.result}`) : t('gap.noAssessment'),
      first ? moment(first.filedAt, b, ctx) : t(`notifyDecision.${b.notifyDecision}`),
      t(`subjectsDecision.${b.subjectsDecision}`),
      t(`status.${b.status}`),
    ];
  });
  return {
    ...shell,
    coverTitle: t('document.coverOrganisation', { organisation: shell.organisation }),
    articleLine: t('document.article'),
    coverNotes: [t('document.timeNote')],
    runningHeader: t('document.runningHeader', { organisation: shell.organisation, title: t('document.title') }),
    subject: t('document.subject', { organisation: shell.organisation }),
    summary: {
      heading: t('section.summary'),
      table: {
        columns: ['reference', 'title', 'awareAt', 'deadline', 'risk', 'notified', 'subjects', 'status'].map((c) =>
          t(`column.${c}`),
        ),
        rows,
      },
    },
    entriesHeading: t('section.breaches'),
    entries: breaches.map((b) => entryOf(b, ctx)),
  };
};

/**
 * The content of one breach's notification to the supervisory authority, laid out as Art. 33(3)
 * asks, to paste into the authority's form: (a) nature, categories and approximate numbers, (b) the
 * contact point, (c) likely consequences, (d) measures; with the phases of Art. 33(4) and, when late,
 * the reasons for the delay (Art. 33(1)).
 */
export const buildBreachNotificationDocument = (
  ws: Workspace,
  breachId: string,
  options: BreachLogOptions,
): LogDocument => {
  const ctx = contextOf(ws, options);
  const { t } = ctx;
  const b = liveBreaches(ws).find((x) => x.id === breachId);
  if (!b) throw new RangeError(t('notification.notFound'));
  const shell = documentShell(ws, ctx, options.generatedOn ?? isoDay(new Date()));
  const facts = factsGroup(b, ctx);
  const people = peopleAndDataGroup(b, ctx);
  const authority = authorityGroup(b, ctx);
  const pick = (g: LogGroup, keys: readonly string[]): LogItem[] =>
    keys.flatMap((k) => g.items.filter((i) => i.key === k));
  const gap = t('gap.notRecorded');
  const groups: LogGroup[] = [
    {
      heading: t('notification.a'),
      items: [
        ...pick(facts, [
          'startedAt',
          'endedAt',
          'awareAt',
          'detection',
          'types',
          'effects',
          'origin',
          'cause',
          'facts',
          'systems',
        ]),
        ...pick(people, [
          'dataSubjectCategories',
          'subjectsCount',
          'dataCategories',
          'dataFlags',
          'recordsCount',
          'crossBorder',
        ]),
        ...pick(facts, ['role', 'processor']),
      ],
    },
    { heading: t('notification.b'), items: [item('contactPoint', t('field.contactPoint'), contactPoint(b, ctx), gap)] },
    { heading: t('notification.c'), items: consequencesGroup(b, ctx).items },
    {
      heading: t('notification.d'),
      items: [
        ...measuresGroup(b, ctx).items,
        ...pick(riskGroup(b, ctx), ['mitigatingFactors']),
        ...subjectsGroup(b, ctx).items,
      ],
    },
    { heading: t('notification.phases'), items: pick(authority, ['deadline', 'notifications', 'delayReason']) },
  ];
  return {
    ...shell,
    coverTitle: t('notification.title', { breach: headingOf(b) }),
    articleLine: t('notification.article'),
    coverNotes: [t('notification.note', { organisation: shell.organisation })],
    runningHeader: t('document.runningHeader', { organisation: shell.organisation, title: t('notification.short') }),
    subject: t('notification.subject', { organisation: shell.organisation }),
    entriesHeading: t('section.breaches'),
    entries: [{ id: b.id, heading: headingOf(b), groups }],
  };
};
