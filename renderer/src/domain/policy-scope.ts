import type { ControllerActivity } from './activity';
import type { PolicySetting } from './document-setting';
import { controllerActivities, type Workspace } from './workspace';

/**
 * The activities a privacy policy speaks about: live controller activities that are not retired and
 * concern one of the policy's audiences (all of them when the policy names no audience), plus the
 * ones added explicitly, minus the ones left out explicitly. Exports and checks share this rule so a
 * policy and its consistency checks never disagree on scope.
 */
export const activitiesInPolicyScope = (
  ws: Workspace,
  policy: Pick<PolicySetting, 'audiences' | 'includeActivityIds' | 'excludeActivityIds'>,
): ControllerActivity[] => {
  const audiences = new Set(policy.audiences);
  const include = new Set(policy.includeActivityIds);
  const exclude = new Set(policy.excludeActivityIds);
  return controllerActivities(ws).filter((a) => {
    if (exclude.has(a.id)) return false;
    if (include.has(a.id)) return true;
    if (a.status === 'retired') return false;
    return audiences.size === 0 || a.audiences.some((x) => audiences.has(x));
  });
};
