import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { requireCustomerPolicy } from '../lib/customer';
import { deleteConflict, IAM_MESSAGES } from '../lib/errors';
import { attachmentCount } from '../lib/policies';

/**
 * DeletePolicy: removes a customer managed policy once it is attached to nothing and only its default version is left
 * (the default version goes with it); otherwise DeleteConflict.
 */
export function deletePolicy(ctx: ActionContext<IamState>, request: { PolicyArn: string }): Record<string, never> {
  const policy = requireCustomerPolicy(ctx.state, request.PolicyArn);
  if (attachmentCount(ctx.state, policy.Arn) > 0) throw deleteConflict(IAM_MESSAGES.policyAttached);
  if (policy.versions.length > 1) throw deleteConflict(IAM_MESSAGES.policyHasVersions);
  delete ctx.state.policies[policy.Arn];
  return {};
}
