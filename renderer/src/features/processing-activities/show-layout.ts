import type { ControllerActivityContent, ProcessorActivityContent } from '../../domain';
import type { ShowLayout } from '../shared/show-layout';

/** The heading: the name, the reference and department under it, the status chip; translations have their own screen. */
const APART = ['name', 'reference', 'department', 'status', 'translations'] as const;

/** The activity's page, section by section, as the register reads it (Art. 30(1)). */
export const CONTROLLER_ACTIVITY_LAYOUT: ShowLayout<keyof ControllerActivityContent & string> = {
  table: 'activities',
  kind: 'controller',
  apart: APART,
  cards: [
    {
      title: 'activities:sections.general',
      fields: [
        'owner',
        'software',
        'audiences',
        'occasional',
        'lastReviewedOn',
        'template',
        { path: 'description', wide: true },
      ],
    },
    { title: 'activities:sections.purposes', fields: ['purposes'] },
    {
      title: 'activities:sections.people',
      fields: ['dataSubjectCategories', 'estimatedDataSubjects', 'dataCategories'],
    },
    {
      title: 'activities:sections.sources',
      fields: ['collectedFromDataSubject', 'sources', 'requirement', 'consequenceOfNotProviding', 'collectionPoints'],
    },
    {
      title: 'activities:sections.linksTitle',
      fields: ['recipientIds', 'processorIds', 'transferIds', 'securityMeasureIds'],
    },
    {
      title: 'activities:sections.more',
      fields: ['jointControllers', 'automatedDecision', 'dpia', 'websiteAnalytics', 'cookies'],
    },
  ],
};

/** The processor's record of one client (Art. 30(2)). */
export const PROCESSOR_ACTIVITY_LAYOUT: ShowLayout<keyof ProcessorActivityContent & string> = {
  table: 'activities',
  kind: 'processor',
  apart: APART,
  cards: [
    { title: 'activities:sections.client', fields: ['client'] },
    {
      title: 'activities:sections.categories',
      fields: ['processingCategories', 'owner', 'lastReviewedOn', 'template', { path: 'description', wide: true }],
    },
    { title: 'activities:sections.linksTitle', fields: ['processorIds', 'transferIds', 'securityMeasureIds'] },
  ],
};
