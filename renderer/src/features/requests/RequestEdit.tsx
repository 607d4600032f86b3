import { makeResourceEditPages } from '../../components';
import type { DataSubjectRequest, RequestInput } from '../../domain';
import { RequestForm } from './RequestForm';
import { blankRequest, requestName, requestsRepo } from './queries';

export const { Create: RequestCreate, Edit: RequestEdit } = makeResourceEditPages<DataSubjectRequest, RequestInput>({
  namespace: 'requests',
  basePath: '/requests',
  repo: requestsRepo,
  nameOf: requestName,
  blank: blankRequest,
  renderForm: (binding) => <RequestForm {...binding} />,
});
