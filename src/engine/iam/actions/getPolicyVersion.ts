import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { requirePolicy, requireVersion, versionOutput, type PolicyVersionOutput } from '../lib/policies';

/** GetPolicyVersion: one version of a managed policy, its document URL-encoded (RFC 3986). */
export function getPolicyVersion(ctx: ActionContext<IamState>, request: { PolicyArn: string; VersionId: string }): { PolicyVersion: PolicyVersionOutput } {
  const policy = requirePolicy(ctx.state, request.PolicyArn);
  return { PolicyVersion: versionOutput(policy, requireVersion(policy, request.VersionId), true) };
}
