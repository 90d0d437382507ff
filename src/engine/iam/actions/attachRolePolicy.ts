import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { IAM_MESSAGES, limitExceeded, noSuchEntity } from '../lib/errors';
import { findPolicy } from '../lib/policies';
import { requireRole } from '../lib/roles';

/**
 * AttachRolePolicy: attaches a managed policy (the account's or AWS's) to the role; attaching it again changes nothing.
 * A role holds at most 10 managed policies (the default quota).
 */
export function attachRolePolicy(ctx: ActionContext<IamState>, request: { RoleName: string; PolicyArn: string }): Record<string, never> {
  const role = requireRole(ctx.state, request.RoleName);
  if (!findPolicy(ctx.state, request.PolicyArn)) throw noSuchEntity(IAM_MESSAGES.notAttachable(request.PolicyArn));
  if (role.attachedPolicies.includes(request.PolicyArn)) return {};
  if (role.attachedPolicies.length >= 10) throw limitExceeded(IAM_MESSAGES.attachedQuota);
  role.attachedPolicies.push(request.PolicyArn);
  return {};
}
