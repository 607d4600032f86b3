import { lazy, type ComponentType, type ReactNode } from 'react';
import { Route } from 'react-router';
import { ResourceRoutes } from '../components/ResourceRoutes';

/** What a resource's definition provides (see `defineResource`): the pages its routes show. */
interface ResourcePages {
  List: ComponentType;
  Create: ComponentType;
  Show: ComponentType;
  Edit: ComponentType;
}

/**
 * A resource's section, composed from its definition: the list, `new`, `:id` and `:id/edit`
 * (and routes of its own, `more`), loaded with the resource's module.
 */
const resourceSection = (load: () => Promise<{ pages: ResourcePages; more?: ReactNode }>) =>
  lazy(async () => {
    const { pages, more } = await load();
    const { List, Create, Show, Edit } = pages;
    const Section = () => (
      <ResourceRoutes list={<List />} create={<Create />} show={<Show />} edit={<Edit />}>
        {more}
      </ResourceRoutes>
    );
    return { default: Section };
  });

/**
 * One lazily loaded module per section (react-admin style: one folder per resource), so the
 * first screen does not pay for the editors, the exports or the checks.
 */
export const SECTION_COMPONENTS = {
  home: lazy(() => import('../features/home').then((m) => ({ default: m.HomeScreen }))),
  // An organisation's guided start is a page of its own under the organisation's address.
  organisations: resourceSection(async () => {
    const [{ organisationResource }, { GuidedStartPage }] = await Promise.all([
      import('../features/organisations'),
      import('../features/guided-start'),
    ]);
    return { pages: organisationResource, more: <Route path=":id/guided-start" element={<GuidedStartPage />} /> };
  }),
  // The activities list shows the checks' findings badge (its `renderFindings` slot), composed here.
  activities: lazy(() =>
    import('./ActivitiesWithFindings').then((m) => ({ default: m.ActivitiesSectionWithFindings })),
  ),
  recipients: resourceSection(() => import('../features/recipients').then((m) => ({ pages: m.recipientResource }))),
  processors: resourceSection(() => import('../features/processors').then((m) => ({ pages: m.processorResource }))),
  transfers: resourceSection(() => import('../features/transfers').then((m) => ({ pages: m.transferResource }))),
  contacts: resourceSection(() => import('../features/contacts').then((m) => ({ pages: m.contactResource }))),
  'security-measures': resourceSection(() =>
    import('../features/security-measures').then((m) => ({ pages: m.securityMeasureResource })),
  ),
  breaches: resourceSection(() => import('../features/breaches').then((m) => ({ pages: m.breachResource }))),
  requests: resourceSection(() => import('../features/requests').then((m) => ({ pages: m.requestResource }))),
  documents: lazy(() => import('../features/documents').then((m) => ({ default: m.DocumentsSection }))),
  checks: lazy(() => import('../features/checks').then((m) => ({ default: m.ChecksSection }))),
  translations: lazy(() => import('../features/translations').then((m) => ({ default: m.TranslationsSection }))),
  trash: lazy(() => import('../features/trash').then((m) => ({ default: m.TrashSection }))),
  settings: lazy(() => import('../features/settings').then((m) => ({ default: m.SettingsSection }))),
} as const;
