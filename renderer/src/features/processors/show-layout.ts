import type { ProcessorContent } from '../../domain';
import type { ShowLayout } from '../shared/show-layout';

/** A processor's page (Art. 28): its contract, its guarantees, how to reach it. */
export const PROCESSOR_LAYOUT: ShowLayout<keyof ProcessorContent & string> = {
  table: 'processors',
  // The heading: the name, the service under it, the library chip; the processor engaging it is
  // the page's sub-processor chain; translations have their own screen.
  apart: ['name', 'service', 'library', 'parentProcessorId', 'translations'],
  cards: [
    {
      title: 'processors:form.dpa',
      fields: ['dpa', 'certifications', 'dpfCertified', { path: 'countries', wide: true }],
    },
    {
      title: 'processors:form.contact',
      fields: ['contactName', 'email', 'phone', 'website', 'address', { path: 'notes', wide: true }],
    },
  ],
};
