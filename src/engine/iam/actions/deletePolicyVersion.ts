import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { requireCustomerPolicy } from '../lib/customer';
import { deleteConflict, IAM_MESSAGES } from '../lib/errors';
import { requireVersion } from '../lib/policies';

/** DeletePolicyVersion: removes a version that is not the default (the default goes only with DeletePolicy). */
export function deletePolicyVersion(ctx: ActionContext<IamState>, request: { PolicyArn: string; VersionId: string }): Record<string, never> {
  const policy = requireCustomerPolicy(ctx.state, request.PolicyArn);
  const version = requireVersion(policy, request.VersionId);
  if (version.VersionId === policy.DefaultVersionId) throw deleteConflict(IAM_MESSAGES.deleteDefaultVersion);
  policy.versions = policy.versions.filter((v) => v !== version);
  return {};
}
