import { lazy } from 'react';

/**
 * One lazily loaded module per section (react-admin style: one folder per resource), so the
 * first screen does not pay for the editors, the exports or the checks.
 */
export const SECTION_COMPONENTS = {
  home: lazy(() => import('../features/home').then((m) => ({ default: m.HomeSection }))),
  organisations: lazy(() => import('../features/organisations').then((m) => ({ default: m.OrganisationsSection }))),
  // The activities list shows the checks' findings badge (its `renderFindings` slot), composed here.
  activities: lazy(() =>
    import('./ActivitiesWithFindings').then((m) => ({ default: m.ActivitiesSectionWithFindings })),
  ),
  recipients: lazy(() => import('../features/recipients').then((m) => ({ default: m.RecipientsSection }))),
  processors: lazy(() => import('../features/processors').then((m) => ({ default: m.ProcessorsSection }))),
  transfers: lazy(() => import('../features/transfers').then((m) => ({ default: m.TransfersSection }))),
  contacts: lazy(() => import('../features/contacts').then((m) => ({ default: m.ContactsSection }))),
  'security-measures': lazy(() =>
    import('../features/security-measures').then((m) => ({ default: m.SecurityMeasuresSection })),
  ),
  breaches: lazy(() => import('../features/breaches').then((m) => ({ default: m.BreachesSection }))),
  requests: lazy(() => import('../features/requests').then((m) => ({ default: m.RequestsSection }))),
  documents: lazy(() => import('../features/documents').then((m) => ({ default: m.DocumentsSection }))),
  checks: lazy(() => import('../features/checks').then((m) => ({ default: m.ChecksSection }))),
  translations: lazy(() => import('../features/translations').then((m) => ({ default: m.TranslationsSection }))),
  trash: lazy(() => import('../features/trash').then((m) => ({ default: m.TrashSection }))),
  settings: lazy(() => import('../features/settings').then((m) => ({ default: m.SettingsSection }))),
} as const;
