import { useLiveQuery } from 'dexie-react-hooks';
import { repositories } from '../../data/repositories';
import { emptyAddress, type Organisation, type OrganisationInput } from '../../domain';

/** Live organisation by id; null when it does not exist or was deleted, undefined while loading. */
export const useOrganisation = (id: string | undefined): Organisation | null | undefined =>
  useLiveQuery(async () => {
    if (!id) return null;
    const o = await repositories().organisations.get(id);
    return o && o.deletedAt === null ? o : null;
  }, [id]);

/** A blank organisation for the "create" form: the schema's defaults, an empty name. */
export const blankOrganisation = (): OrganisationInput => ({
  name: '',
  shortName: '',
  address: emptyAddress(),
  registrationNumber: '',
  email: '',
  phone: '',
  website: '',
  role: 'controller',
  establishedInEu: true,
  isPublicAuthority: false,
  supervisoryAuthority: { name: '', country: '', website: '', address: '' },
  headcountBand: '1-9',
  defaultLanguage: 'en',
  description: '',
});

export const organisationsRepo = () => repositories().organisations;
