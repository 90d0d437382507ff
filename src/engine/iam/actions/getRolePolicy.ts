import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { encodeDocument } from '../lib/encode';
import { IAM_MESSAGES, noSuchEntity } from '../lib/errors';
import { requireRole } from '../lib/roles';

export interface GetRolePolicyResponse {
  RoleName: string;
  PolicyName: string;
  /** URL-encoded (RFC 3986), as IAM returns it. */
  PolicyDocument: string;
}

/** GetRolePolicy: one of the role's inline policies, its document URL-encoded. */
export function getRolePolicy(ctx: ActionContext<IamState>, request: { RoleName: string; PolicyName: string }): GetRolePolicyResponse {
  const role = requireRole(ctx.state, request.RoleName);
  if (!Object.hasOwn(role.inlinePolicies, request.PolicyName)) throw noSuchEntity(IAM_MESSAGES.noRolePolicy(request.PolicyName));
  return { RoleName: role.RoleName, PolicyName: request.PolicyName, PolicyDocument: encodeDocument(role.inlinePolicies[request.PolicyName]!) };
}
