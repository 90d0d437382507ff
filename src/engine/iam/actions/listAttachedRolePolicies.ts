import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { listOutput, page } from '../lib/paging';
import { findPolicy } from '../lib/policies';
import { requireRole } from '../lib/roles';

export interface AttachedPolicy {
  PolicyName: string;
  PolicyArn: string;
}

/** ListAttachedRolePolicies: the managed policies attached to the role (name and ARN), under PathPrefix, a page at a time. */
export function listAttachedRolePolicies(
  ctx: ActionContext<IamState>,
  request: { RoleName: string; PathPrefix?: string; Marker?: string; MaxItems?: number },
): { AttachedPolicies: AttachedPolicy[]; IsTruncated: boolean; Marker?: string } {
  const role = requireRole(ctx.state, request.RoleName);
  const prefix = request.PathPrefix ?? '/';
  const attached = role.attachedPolicies.flatMap((arn) => {
    const policy = findPolicy(ctx.state, arn);
    return policy && policy.Path.startsWith(prefix) ? [{ PolicyName: policy.PolicyName, PolicyArn: arn }] : [];
  });
  return listOutput(
    'AttachedPolicies',
    page(attached, (p) => p.PolicyArn, request),
  );
}
