import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { IAM_MESSAGES, noSuchEntity } from '../lib/errors';
import { requireRole } from '../lib/roles';

/** DetachRolePolicy: detaches a managed policy from the role; NoSuchEntity when it is not attached. */
export function detachRolePolicy(ctx: ActionContext<IamState>, request: { RoleName: string; PolicyArn: string }): Record<string, never> {
  const role = requireRole(ctx.state, request.RoleName);
  if (!role.attachedPolicies.includes(request.PolicyArn)) throw noSuchEntity(IAM_MESSAGES.policyNotFound(request.PolicyArn));
  role.attachedPolicies = role.attachedPolicies.filter((arn) => arn !== request.PolicyArn);
  return {};
}
