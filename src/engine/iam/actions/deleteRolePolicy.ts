import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { IAM_MESSAGES, noSuchEntity } from '../lib/errors';
import { requireRole } from '../lib/roles';

/** DeleteRolePolicy: removes one of the role's inline policies. */
export function deleteRolePolicy(ctx: ActionContext<IamState>, request: { RoleName: string; PolicyName: string }): Record<string, never> {
  const role = requireRole(ctx.state, request.RoleName);
  if (!Object.hasOwn(role.inlinePolicies, request.PolicyName)) throw noSuchEntity(IAM_MESSAGES.noRolePolicy(request.PolicyName));
  delete role.inlinePolicies[request.PolicyName];
  return {};
}
