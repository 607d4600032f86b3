import { useTranslation } from 'react-i18next';
import { repositories } from '../../data/repositories';
import { blankOf, organisationContentSchema, type Organisation } from '../../domain';
import { CATALOGUES } from '../../domain/catalogue';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { defineResource } from '../shared/resource-pages';
import { OrganisationList } from './OrganisationList';
import { OrganisationBody, useOrganisationHeading } from './OrganisationShow';
import { OrganisationFields } from './OrganisationFields';

const useCreateSubtitle = () => {
  const { t } = useTranslation('organisations');
  return { subtitle: t('create.subtitle') };
};

/** A new workspace is the one the user wants to fill in next. */
const useMakeCurrent = () => {
  const { setCurrentId } = useCurrentOrganisation();
  return (o: Organisation) => setCurrentId(o.id);
};

/** An organisation: one workspace of the record (a lawyer keeps one per client). */
export const organisationResource = defineResource({
  catalogue: CATALOGUES.organisation,
  schema: organisationContentSchema,
  repo: () => repositories().organisations,
  nameOf: (o) => o.name,
  blank: () => blankOf(organisationContentSchema, { name: '' }),
  Fields: OrganisationFields,
  List: OrganisationList,
  create: { useSetup: useCreateSubtitle, useOnCreated: useMakeCurrent },
  show: { useHeading: useOrganisationHeading, Body: OrganisationBody, notFound: 'notFound' },
});
