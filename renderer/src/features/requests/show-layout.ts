import type { RequestContent } from '../../domain';
import type { ShowLayout } from '../shared/show-layout';

/** A request's page (Arts. 12–22): who asked what, the identity check, the time limit, the answer. */
export const REQUEST_LAYOUT: ShowLayout<keyof RequestContent & string> = {
  table: 'requests',
  // The heading: the requester, the reference under it, the status chip.
  apart: ['requesterName', 'reference', 'status'],
  cards: [
    {
      title: 'requests:form.request',
      fields: [
        'receivedOn',
        'channel',
        'receivedBy',
        'forwardedToDpoOn',
        'types',
        'deadlineRegime',
        { path: 'description', wide: true },
        'requesterEmail',
        'requesterCapacity',
        'requesterAddress',
        'requesterDetails',
        'dataSubjectName',
        'dataSubjectCategory',
        'assignee',
      ],
    },
    { title: 'requests:form.identity', fields: ['identityCheck'] },
    {
      title: 'requests:form.time',
      fields: ['clarificationAskedOn', 'clarificationAnsweredOn', 'extension', 'pauses'],
    },
    {
      title: 'requests:form.scope',
      fields: [
        { path: 'activityIds', wide: true },
        'processorIds',
        'recipientIds',
        { path: 'systemsSearched', wide: true },
        'recipientNotices',
      ],
    },
    {
      title: 'requests:form.outcome',
      fields: [
        'outcome',
        'respondedOn',
        'responseFormat',
        'withdrawnOn',
        'refusalGrounds',
        'remedyInformedOn',
        { path: 'refusalReasons', wide: true },
        'fee',
        { path: 'responseSummary', wide: true },
        { path: 'outcomeNotes', wide: true },
        'closedOn',
        'closureReason',
        { path: 'evidence', wide: true },
      ],
    },
    { title: 'requests:form.communications', fields: ['communications'] },
  ],
};
