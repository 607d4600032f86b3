import { makeResourceEditPages } from '../../components';
import type { Breach, BreachInput } from '../../domain';
import { BreachForm } from './BreachForm';
import { blankBreach, breachName, breachesRepo } from './queries';

export const { Create: BreachCreate, Edit: BreachEdit } = makeResourceEditPages<Breach, BreachInput>({
  namespace: 'breaches',
  basePath: '/breaches',
  repo: breachesRepo,
  nameOf: breachName,
  blank: blankBreach,
  renderForm: (binding) => <BreachForm {...binding} />,
});
