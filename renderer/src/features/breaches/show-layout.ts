import type { BreachContent } from '../../domain';
import type { ShowLayout } from '../shared/show-layout';

/** A breach's page (Art. 33(5)): the facts, their effects and the remedial action taken, card by card. */
export const BREACH_LAYOUT: ShowLayout<keyof BreachContent & string> = {
  table: 'breaches',
  // The heading: the title, the reference under it, the status chip. The Member States and the
  // lead authority are read in the cross-border line.
  apart: ['title', 'reference', 'status', 'memberStates', 'leadAuthority'],
  cards: [
    {
      title: 'breaches:form.when',
      fields: [
        'awareAt',
        'timeZone',
        'startedAt',
        'endedAt',
        'loggedBy',
        'role',
        'clientName',
        'clientInformedAt',
        'detectionSource',
        { path: 'detectionDetails', wide: true },
        'processorId',
        'processorInformedAt',
      ],
    },
    {
      title: 'breaches:form.nature',
      fields: [
        'types',
        'effects',
        'origin',
        'cause',
        { path: 'facts', wide: true },
        { path: 'activityIds', wide: true },
        'systems',
        'incidentReference',
      ],
    },
    {
      title: 'breaches:form.people',
      fields: [
        'dataSubjectCategories',
        'subjectsCount',
        'dataCategories',
        'recordsCount',
        { path: 'dataFlags', wide: true },
        { path: 'crossBorder', wide: true },
      ],
    },
    {
      title: 'breaches:form.risk',
      fields: [
        { path: 'consequences', wide: true },
        { path: 'consequencesDetails', wide: true },
        { path: 'mitigatingFactors', wide: true },
        'riskAssessments',
      ],
    },
    {
      title: 'breaches:form.authority',
      fields: [
        'notifyDecision',
        'notifyJustification',
        'contactPointId',
        'notifications',
        { path: 'delayReason', wide: true },
        'authorityExchanges',
      ],
    },
    {
      title: 'breaches:form.subjects',
      fields: [
        'subjectsDecision',
        'art34Exemption',
        { path: 'subjectsDecisionReason', wide: true },
        { path: 'art34ExemptionEvidence', wide: true },
        'subjectCommunications',
      ],
    },
    {
      title: 'breaches:form.measures',
      fields: [
        'measures',
        { path: 'followUp', wide: true },
        { path: 'evidence', wide: true },
        'closedOn',
        'closureReason',
        { path: 'dismissalReason', wide: true },
        { path: 'lessonsLearned', wide: true },
      ],
    },
  ],
};
