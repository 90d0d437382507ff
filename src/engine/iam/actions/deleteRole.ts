import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { deleteConflict, IAM_MESSAGES } from '../lib/errors';
import { requireRole, roleKey } from '../lib/roles';

/**
 * DeleteRole: removes a role that has no policies left. IAM refuses while inline policies remain ("must delete policies
 * first") and then while managed policies are attached ("must detach all policies first"), with DeleteConflict.
 * SIMPLIFIED: instance profiles are not simulated, so none can hold the role.
 */
export function deleteRole(ctx: ActionContext<IamState>, request: { RoleName: string }): Record<string, never> {
  const role = requireRole(ctx.state, request.RoleName);
  if (Object.keys(role.inlinePolicies).length > 0) throw deleteConflict(IAM_MESSAGES.roleHasPolicies);
  if (role.attachedPolicies.length > 0) throw deleteConflict(IAM_MESSAGES.roleHasAttached);
  delete ctx.state.roles[roleKey(role.RoleName)];
  return {};
}
