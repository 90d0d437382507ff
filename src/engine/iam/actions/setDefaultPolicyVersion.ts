import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { requireCustomerPolicy } from '../lib/customer';
import { requireVersion } from '../lib/policies';

/** SetDefaultPolicyVersion: makes a version the one that applies wherever the policy is attached. */
export function setDefaultPolicyVersion(ctx: ActionContext<IamState>, request: { PolicyArn: string; VersionId: string }): Record<string, never> {
  const policy = requireCustomerPolicy(ctx.state, request.PolicyArn);
  policy.DefaultVersionId = requireVersion(policy, request.VersionId).VersionId;
  return {};
}
