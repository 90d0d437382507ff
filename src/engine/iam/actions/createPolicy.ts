import type { ActionContext } from '../../context';
import type { IamState, PolicyRecord, TagRecord } from '../model';
import { checkDocument } from '../lib/documents';
import { entityAlreadyExists, IAM_MESSAGES } from '../lib/errors';
import { policyId } from '../lib/ids';
import { policyOutput, type PolicyOutput } from '../lib/policies';
import { readTags } from '../lib/tags';

export interface CreatePolicyRequest {
  PolicyName: string;
  PolicyDocument: string;
  Path?: string;
  Description?: string;
  Tags?: TagRecord[];
}

/**
 * CreatePolicy: a customer managed policy at `arn:aws:iam::{account}:policy{Path}{Name}`, its document (checked as an
 * identity-based policy) its version `v1`, the default. [U] names are unique in the account regardless of case and path.
 */
export function createPolicy(ctx: ActionContext<IamState>, request: CreatePolicyRequest): { Policy: PolicyOutput } {
  const lower = request.PolicyName.toLowerCase();
  if (Object.values(ctx.state.policies).some((p) => p.PolicyName.toLowerCase() === lower)) {
    throw entityAlreadyExists(IAM_MESSAGES.policyExists(request.PolicyName));
  }
  checkDocument(request.PolicyDocument, 'identity');
  const tags = readTags(request.Tags);
  const path = request.Path ?? '/';
  const policy: PolicyRecord = {
    PolicyName: request.PolicyName,
    PolicyId: policyId(ctx.random),
    Arn: `arn:aws:iam::${ctx.accountId}:policy${path}${request.PolicyName}`,
    Path: path,
    DefaultVersionId: 'v1',
    CreateDate: ctx.now,
    UpdateDate: ctx.now,
    versions: [{ VersionId: 'v1', Document: request.PolicyDocument, CreateDate: ctx.now }],
    nextVersion: 2,
    Tags: tags,
  };
  if (request.Description !== undefined) policy.Description = request.Description;
  ctx.state.policies[policy.Arn] = policy;
  return { Policy: policyOutput(ctx.state, policy, true) };
}
