import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { requireCustomerPolicy } from '../lib/customer';
import { checkDocument } from '../lib/documents';
import { IAM_MESSAGES, limitExceeded } from '../lib/errors';
import { versionOutput, type PolicyVersionOutput } from '../lib/policies';

export interface CreatePolicyVersionRequest {
  PolicyArn: string;
  PolicyDocument: string;
  SetAsDefault?: boolean;
}

/**
 * CreatePolicyVersion: a new version of a customer managed policy (`v2`, `v3`, … never reused), the default when
 * SetAsDefault. A policy keeps at most 5 versions: LimitExceeded until one is deleted. The policy's UpdateDate becomes
 * the new version's date.
 */
export function createPolicyVersion(ctx: ActionContext<IamState>, request: CreatePolicyVersionRequest): { PolicyVersion: PolicyVersionOutput } {
  const policy = requireCustomerPolicy(ctx.state, request.PolicyArn);
  if (policy.versions.length >= 5) throw limitExceeded(IAM_MESSAGES.versionLimit);
  checkDocument(request.PolicyDocument, 'identity');
  const version = { VersionId: `v${policy.nextVersion}`, Document: request.PolicyDocument, CreateDate: ctx.now };
  policy.nextVersion += 1;
  policy.versions.push(version);
  policy.UpdateDate = ctx.now;
  if (request.SetAsDefault) policy.DefaultVersionId = version.VersionId;
  return { PolicyVersion: versionOutput(policy, version, false) };
}
