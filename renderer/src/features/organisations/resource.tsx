import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../components';
import { repositories } from '../../data/repositories';
import { blankOf, organisationContentSchema, type Organisation } from '../../domain';
import { CATALOGUES } from '../../domain/catalogue';
import { countryName } from '../../domain/reference';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { LoadExampleButton } from '../examples';
import { resourceList } from '../shared/resource-list';
import { defineResource } from '../shared/resource-pages';
import { useOrganisationPage } from './OrganisationShow';
import { OrganisationFields } from './OrganisationFields';
import { organisationsRepo } from './queries';

const useCreateSubtitle = () => {
  const { t } = useTranslation('organisations');
  return { subtitle: t('create.subtitle') };
};

/** A new workspace is the one the user wants to fill in next. */
const useMakeCurrent = () => {
  const { setCurrentId } = useCurrentOrganisation();
  return (o: Organisation) => setCurrentId(o.id);
};

const useWorkspaces = () => useCurrentOrganisation().organisations;
const useCurrentId = () => useCurrentOrganisation().current?.id;

/** An organisation: one workspace of the record (a lawyer keeps one per client). */
export const organisationResource = defineResource({
  catalogue: CATALOGUES.organisation,
  schema: organisationContentSchema,
  repo: () => repositories().organisations,
  nameOf: (o) => o.name,
  blank: () => blankOf(organisationContentSchema, { name: '' }),
  Fields: OrganisationFields,
  // All workspaces: a lawyer keeps one organisation per client.
  List: resourceList(CATALOGUES.organisation, organisationsRepo, {
    useRows: useWorkspaces,
    useContext: useCurrentId,
    columns: ({ t, lang, fmt, context: currentId }) => [
      {
        field: 'name',
        flex: 2,
        minWidth: 200,
        renderCell: ({ row }) => (
          <span>
            {row.name}
            {row.id === currentId && (
              <>
                {' '}
                <StatusChip label={t('current')} tone="info" />
              </>
            )}
          </span>
        ),
      },
      { field: 'shortName', flex: 1, minWidth: 120 },
      { field: 'role', flex: 1, minWidth: 140 },
      { field: 'country', flex: 1, minWidth: 120, valueGetter: (_v, row) => countryName(row.address.country, lang) },
      { field: 'updatedAt', flex: 1, minWidth: 140, valueGetter: (_v, row) => fmt.instantDay(row.updatedAt) },
    ],
    extraActions: <LoadExampleButton />,
    emptyActions: null,
  }),
  create: { useSetup: useCreateSubtitle, useOnCreated: useMakeCurrent },
  show: { usePage: useOrganisationPage, notFound: 'notFound' },
});
