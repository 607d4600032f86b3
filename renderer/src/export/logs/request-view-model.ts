import en from '../../../../assets/i18n/en/request-log.json';
import fr from '../../../../assets/i18n/fr/request-log.json';
import de from '../../../../assets/i18n/de/request-log.json';
import type { Language } from '../../domain/common';
import { REFUSAL_OUTCOMES, type DataSubjectRequest } from '../../domain/data-subject-request';
import { requestDeadlines, type PeriodEnd } from '../../domain/deadlines';
import { requestDueOf, requestPausesOf } from '../../domain/log-deadlines';
import { publicHolidayCalendar } from '../../domain/public-holidays';
import { countryName } from '../../domain/reference';
import { indexWorkspace, isLive, resolveIds, type Workspace } from '../../domain/workspace';
import { formatDate, isoDay, joinList, joinParts } from '../common/format';
import { createTranslator } from '../common/wording';
import type { LogDocument, LogEntry, LogGroup, LogItem } from './document';
import { formatNumber } from './format';
import { errorMessage } from '../../domain/values';

/** The "request-log" namespace: every word the log of data-subject requests prints. */
export const requestLogT = createTranslator('request-log', { en, fr, de });

export interface RequestLogOptions {
  language: Language;
  /** YYYY-MM-DD printed on the cover and used as "today" for open pauses; defaults to today. */
  generatedOn?: string;
}

type T = (key: string, vars?: Record<string, string | number>) => string;

interface Context {
  t: T;
  language: Language;
  ws: Workspace;
  index: ReturnType<typeof indexWorkspace>;
  today: string;
  country: string;
}

const item = (key: string, label: string, lines: readonly string[], gap: string): LogItem => {
  const kept = lines.map((l) => l.trim()).filter((l) => l !== '');
  return { key, label, lines: kept.length > 0 ? kept : [gap] };
};

/** The live requests, by day of receipt (the log reads as a chronology). */
export const liveRequests = (ws: Workspace): DataSubjectRequest[] =>
  ws.requests.filter(isLive).sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.id.localeCompare(b.id));

export const requestHeading = (r: DataSubjectRequest): string => joinParts([r.reference, r.requesterName], ' — ');

/** The dates of a request as the log shows them: the first period, the extension notice, the due day. */
export interface RequestDates {
  first: PeriodEnd;
  extensionNoticeBy: string | null;
  due: PeriodEnd;
  suspendedDays: number;
  suspended: boolean;
}

/**
 * The request's dates from the one mapping the app uses (domain/log-deadlines.ts), or the reason they
 * cannot be computed (a pause before receipt, say). The first period and the days of suspension are
 * the same call without the extension.
 */
export const requestDatesOrError = (
  r: DataSubjectRequest,
  country: string,
  today: string,
): { ok: true; value: RequestDates } | { ok: false; error: string } => {
  try {
    const view = requestDueOf(r, country, today);
    if (r.deadlineRegime !== 'standard')
      return {
        ok: true,
        value: { first: view.due, extensionNoticeBy: null, due: view.due, suspendedDays: 0, suspended: false },
      };
    const first = requestDeadlines({
      receivedOn: r.receivedOn,
      country,
      calendar: publicHolidayCalendar(country),
      pauses: requestPausesOf(r),
      asOf: today,
    });
    return {
      ok: true,
      value: {
        first: first.firstMonth,
        extensionNoticeBy: view.extensionNoticeBy,
        due: view.due,
        suspendedDays: first.suspendedDays,
        suspended: view.suspended,
      },
    };
  } catch (e) {
    return { ok: false, error: errorMessage(e) };
  }
};

const date = (iso: string, ctx: Context): string => formatDate(iso, ctx.language);

const periodEndLine = (p: PeriodEnd, ctx: Context): string =>
  p.shift === 'none'
    ? date(p.end, ctx)
    : ctx.t(`shift.${p.shift}`, { end: date(p.end, ctx), nominal: date(p.nominalEnd, ctx) });

const requestGroup = (r: DataSubjectRequest, ctx: Context): LogGroup => {
  const { t } = ctx;
  const gap = t('gap.notRecorded');
  return {
    heading: t('group.request'),
    items: [
      item('receivedOn', t('field.receivedOn'), [date(r.receivedOn, ctx)], gap),
      item('channel', t('field.channel'), [t(`channel.${r.channel}`)], gap),
      item(
        'receivedBy',
        t('field.receivedBy'),
        [
          r.receivedBy,
          r.forwardedToDpoOn === '' ? '' : t('received.forwarded', { date: date(r.forwardedToDpoOn, ctx) }),
        ],
        gap,
      ),
      item(
        'requester',
        t('field.requester'),
        [r.requesterName, joinParts([r.requesterEmail, r.requesterAddress]), r.requesterDetails],
        gap,
      ),
      item('capacity', t('field.capacity'), [t(`capacity.${r.requesterCapacity}`)], gap),
      item(
        'dataSubject',
        t('field.dataSubject'),
        [
          r.dataSubjectName === ''
            ? r.requesterCapacity === 'data_subject'
              ? t('dataSubject.requester')
              : ''
            : r.dataSubjectName,
          r.dataSubjectCategory === '' ? '' : t('dataSubject.category', { category: r.dataSubjectCategory }),
        ],
        gap,
      ),
      item(
        'types',
        t('field.types'),
        r.types.map((x) => t(`type.${x}`)),
        gap,
      ),
      item('description', t('field.description'), r.description.split('\n'), gap),
      item(
        'clarification',
        t('field.clarification'),
        r.clarificationAskedOn === ''
          ? [t('clarification.none')]
          : [
              t('clarification.asked', { date: date(r.clarificationAskedOn, ctx) }),
              r.clarificationAnsweredOn === ''
                ? t('clarification.notAnswered')
                : t('clarification.answered', { date: date(r.clarificationAnsweredOn, ctx) }),
            ],
        gap,
      ),
    ],
  };
};

const identityGroup = (r: DataSubjectRequest, ctx: Context): LogGroup => {
  const { t } = ctx;
  const gap = t('gap.notRecorded');
  const id = r.identityCheck;
  const lines = !id.needed
    ? [t('identity.notNeeded')]
    : [
        id.method === null ? '' : t('identity.method', { method: t(`identityMethod.${id.method}`) }),
        id.askedOn === '' ? t('identity.askedNotRecorded') : t('identity.asked', { date: date(id.askedOn, ctx) }),
        id.receivedOn === '' ? t('identity.notReceived') : t('identity.received', { date: date(id.receivedOn, ctx) }),
        t(`identityVerified.${id.verified}`),
        id.notes,
      ];
  const copy = !id.idCopyHeld
    ? t('idCopy.none')
    : id.idCopyDeletedOn === ''
      ? t('idCopy.held')
      : t('idCopy.deleted', { date: date(id.idCopyDeletedOn, ctx) });
  return {
    heading: t('group.identity'),
    items: [
      item('identityCheck', t('field.identityCheck'), lines, gap),
      item('idCopy', t('field.idCopy'), [copy], gap),
    ],
  };
};

const deadlineGroup = (r: DataSubjectRequest, ctx: Context): LogGroup => {
  const { t } = ctx;
  const gap = t('gap.notRecorded');
  const computed = requestDatesOrError(r, ctx.country, ctx.today);
  const amount = r.deadlineRegime === 'fr_health' ? 8 : r.deadlineRegime === 'standard' ? 1 : 2;
  const pauses = [
    ...(r.identityCheck.askedOn === ''
      ? []
      : [
          {
            from: r.identityCheck.askedOn,
            to: r.identityCheck.receivedOn,
            reason: 'identity' as const,
            basis: '',
          },
        ]),
    ...r.pauses.map((p) => ({ from: p.from, to: p.to, reason: p.reason, basis: p.legalBasis })),
  ];
  const x = r.extension;
  const items: LogItem[] = [
    item('regime', t('field.regime'), [t(`regime.${r.deadlineRegime}`, { amount })], gap),
    item(
      'pauses',
      t('field.pauses'),
      pauses.map((p) =>
        joinParts(
          [
            t(`pauseReason.${p.reason}`),
            p.to === ''
              ? t('pause.open', { from: date(p.from, ctx) })
              : t('pause.span', { from: date(p.from, ctx), to: date(p.to, ctx) }),
            p.basis === '' ? '' : t('pause.basis', { basis: p.basis }),
          ],
          ' · ',
        ),
      ),
      t('gap.noPause'),
    ),
    item(
      'extension',
      t('field.extension'),
      !x.extended
        ? [t('extension.none')]
        : [
            x.months === null ? t('extension.lengthMissing') : t(`extension.months_${x.months}`),
            x.reasons === '' ? t('extension.reasonsMissing') : t('extension.reasons', { reasons: x.reasons }),
            x.personToldOn === ''
              ? t('extension.toldMissing')
              : t('extension.told', { date: date(x.personToldOn, ctx) }),
          ],
      gap,
    ),
  ];
  if (!computed.ok) {
    items.push(item('due', t('field.due'), [t('due.notComputed')], gap));
    return { heading: t('group.deadlines'), items };
  }
  const d = computed.value;
  items.push(
    item(
      'firstMonth',
      t('field.firstPeriod'),
      [
        periodEndLine(d.first, ctx),
        d.suspendedDays > 0 ? t('due.suspended', { days: formatNumber(d.suspendedDays, ctx.language) }) : '',
        d.suspended ? t('due.stillSuspended', { today: date(ctx.today, ctx) }) : '',
      ],
      gap,
    ),
    item(
      'extensionNoticeBy',
      t('field.extensionNoticeBy'),
      d.extensionNoticeBy === null
        ? [t('extension.notApplicable')]
        : [
            date(d.extensionNoticeBy, ctx),
            x.extended && x.personToldOn !== ''
              ? x.personToldOn <= d.extensionNoticeBy
                ? t('extension.toldInTime')
                : t('extension.toldLate')
              : '',
          ],
      gap,
    ),
    item('due', t('field.due'), [periodEndLine(d.due, ctx)], gap),
  );
  return { heading: t('group.deadlines'), items };
};

const handlingGroup = (r: DataSubjectRequest, ctx: Context): LogGroup => {
  const { t } = ctx;
  const gap = t('gap.notRecorded');
  const name = (id: string | null): string =>
    id === null ? '' : (ctx.index.recipients.get(id)?.name ?? ctx.index.processors.get(id)?.name ?? '');
  return {
    heading: t('group.handling'),
    items: [
      item(
        'activities',
        t('field.activities'),
        resolveIds(r.activityIds, ctx.index.activities).map((a) => joinParts([a.reference, a.name], ' — ')),
        gap,
      ),
      item('systemsSearched', t('field.systemsSearched'), [r.systemsSearched], gap),
      item(
        'processors',
        t('field.processors'),
        resolveIds(r.processorIds, ctx.index.processors).map((p) => p.name),
        t('gap.none'),
      ),
      item(
        'recipients',
        t('field.recipients'),
        resolveIds(r.recipientIds, ctx.index.recipients).map((p) => p.name),
        t('gap.none'),
      ),
      item(
        'recipientNotices',
        t('field.recipientNotices'),
        r.recipientNotices.map((n) =>
          joinParts(
            [
              name(n.recipientId ?? n.processorId),
              t(`noticeStatus.${n.status}`),
              n.sentOn === '' ? '' : t('notice.sent', { date: date(n.sentOn, ctx) }),
              n.notes,
            ],
            ' · ',
          ),
        ),
        r.types.some((x) => x === 'rectification' || x === 'erasure' || x === 'restriction')
          ? t('gap.noticesMissing')
          : t('gap.noticesNotApplicable'),
      ),
      item('assignee', t('field.assignee'), [r.assignee], gap),
    ],
  };
};

const outcomeGroup = (r: DataSubjectRequest, ctx: Context): LogGroup => {
  const { t } = ctx;
  const gap = t('gap.notRecorded');
  const refusing = REFUSAL_OUTCOMES.includes(r.outcome);
  return {
    heading: t('group.outcome'),
    items: [
      item(
        'response',
        t('field.response'),
        r.respondedOn === ''
          ? [t('response.none')]
          : [
              t('response.sent', { date: date(r.respondedOn, ctx) }),
              r.responseFormat === null ? '' : t(`responseFormat.${r.responseFormat}`),
              r.responseSummary,
            ],
        gap,
      ),
      item('outcome', t('field.outcome'), [t(`outcome.${r.outcome}`), r.outcomeNotes], gap),
      item(
        'refusal',
        t('field.refusal'),
        refusing || r.refusalGrounds.length > 0
          ? [
              joinList(
                r.refusalGrounds.map((g) => t(`refusalGround.${g}`)),
                ctx.language,
              ),
              r.refusalReasons,
            ]
          : [t('refusal.none')],
        gap,
      ),
      item(
        'fee',
        t('field.fee'),
        !r.fee.charged
          ? [t('fee.none')]
          : [
              r.fee.amount === null
                ? t('fee.amountMissing')
                : t('fee.amount', { amount: formatNumber(r.fee.amount, ctx.language), currency: r.fee.currency }),
              r.fee.justification,
              r.fee.toldInAdvanceOn === ''
                ? t('fee.notToldInAdvance')
                : t('fee.toldInAdvance', { date: date(r.fee.toldInAdvanceOn, ctx) }),
            ],
        gap,
      ),
      item(
        'remedy',
        t('field.remedy'),
        r.remedyInformedOn !== ''
          ? [t('remedy.informed', { date: date(r.remedyInformedOn, ctx) })]
          : refusing
            ? [t('gap.remedyRequired')]
            : [t('remedy.notApplicable')],
        gap,
      ),
      item(
        'withdrawn',
        t('field.withdrawn'),
        [r.withdrawnOn === '' ? t('withdrawn.no') : date(r.withdrawnOn, ctx)],
        gap,
      ),
    ],
  };
};

const communicationsGroup = (r: DataSubjectRequest, ctx: Context): LogGroup => {
  const { t } = ctx;
  return {
    heading: t('group.communications'),
    items: [
      item(
        'communications',
        t('field.communications'),
        [...r.communications]
          .sort((a, b) => a.on.localeCompare(b.on))
          .map((c) =>
            joinParts(
              [
                date(c.on, ctx),
                t(`communicationKind.${c.kind}`),
                t(`channel.${c.channel}`),
                c.summary,
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

const closureGroup = (r: DataSubjectRequest, ctx: Context): LogGroup => {
  const { t } = ctx;
  const gap = t('gap.notRecorded');
  return {
    heading: t('group.closure'),
    items: [
      item('status', t('field.status'), [t(`status.${r.status}`)], gap),
      item(
        'closed',
        t('field.closed'),
        r.closedOn === '' ? [t('closure.open')] : [date(r.closedOn, ctx), r.closureReason],
        gap,
      ),
      item('evidence', t('field.evidence'), [r.evidence], gap),
    ],
  };
};

const entryOf = (r: DataSubjectRequest, ctx: Context): LogEntry => ({
  id: r.id,
  heading: requestHeading(r),
  groups: [
    requestGroup(r, ctx),
    identityGroup(r, ctx),
    deadlineGroup(r, ctx),
    handlingGroup(r, ctx),
    outcomeGroup(r, ctx),
    communicationsGroup(r, ctx),
    closureGroup(r, ctx),
  ],
});

/** The log of data-subject requests (Arts. 12, 15–22), with each request's dates as 1182/71 counts them. */
export const buildRequestLogDocument = (ws: Workspace, options: RequestLogOptions): LogDocument => {
  const language = options.language;
  const t: T = (key, vars) => requestLogT(language, key, vars);
  const today = options.generatedOn ?? isoDay(new Date());
  const country = ws.organisation.address.country;
  const ctx: Context = { t, language, ws, index: indexWorkspace(ws), today, country };
  const organisation = ws.organisation.name;
  const requests = liveRequests(ws);
  const holidays = publicHolidayCalendar(country);
  const rows = requests.map((r) => {
    const d = requestDatesOrError(r, country, today);
    return [
      r.reference || t('gap.notRecorded'),
      date(r.receivedOn, ctx),
      r.requesterName,
      joinList(
        r.types.map((x) => t(`typeShort.${x}`)),
        language,
      ),
      d.ok ? date(d.value.due.end, ctx) : t('due.notComputedShort'),
      t(`outcome.${r.outcome}`),
      t(`status.${r.status}`),
    ];
  });
  return {
    language,
    organisationName: organisation,
    coverTitle: t('document.coverOrganisation', { organisation }),
    articleLine: t('document.article'),
    generatedLine: t('document.generatedOn', { date: date(today, ctx) }),
    coverNotes: [
      t('document.countingNote'),
      holidays.known
        ? t('document.holidays', { country: countryName(country, language) })
        : t('document.holidaysUnknown'),
    ],
    runningHeader: t('document.runningHeader', { organisation, title: t('document.title') }),
    subject: t('document.subject', { organisation }),
    wording: {
      contents: t('document.contents'),
      page: t('document.page'),
      of: t('document.of'),
      pageOf: (page, pages) => t('document.pageOf', { page, pages }),
    },
    summary: {
      heading: t('section.summary'),
      table: {
        columns: ['reference', 'received', 'requester', 'types', 'due', 'outcome', 'status'].map((c) =>
          t(`column.${c}`),
        ),
        rows,
      },
    },
    entriesHeading: t('section.requests'),
    noEntries: t('document.noEntries'),
    entries: requests.map((r) => entryOf(r, ctx)),
    sheets: { summary: t('sheet.summary'), details: t('sheet.details') },
  };
};
