import type { ActionContext } from '../../context';
import { roleByArn } from '../../iam/lib/rolePolicies';
import { evaluatePolicies, WEB_IDENTITY_DENIED, type ContextValue, type EvaluationRequest } from '../../iam/policy';
import type { RoleRecord } from '../../iam/model';
import { iam } from '../../iam/service';
import { CloudError } from '../../kernel/errors';
import { issueCredentials } from '../lib/credentials';
import { STS_MESSAGES } from '../lib/messages';
import { sessionPoliciesOf } from '../lib/sessionPolicies';
import { verifyWebIdentityToken, type VerifiedWebIdentity } from '../lib/webIdentity';
import type { StsState, WebIdentityRecord } from '../model';

export interface AssumeRoleWithWebIdentityRequest {
  RoleArn: string;
  RoleSessionName: string;
  WebIdentityToken: string;
  ProviderId?: string;
  PolicyArns?: { arn?: string }[];
  Policy?: string;
  DurationSeconds?: number;
}

export interface AssumeRoleWithWebIdentityResponse {
  Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string; Expiration: Date };
  SubjectFromWebIdentityToken: string;
  AssumedRoleUser: { AssumedRoleId: string; Arn: string };
  PackedPolicySize?: number;
  Provider: string;
  Audience: string;
}

/** STS API reference: DurationSeconds defaults to one hour. */
const DEFAULT_DURATION = 3600;

/**
 * AssumeRoleWithWebIdentity: temporary credentials for a role, in exchange for a web identity token: Cognito Identity's
 * OpenID token (GetOpenIdToken: the basic flow; and the enhanced flow, which Cognito runs itself), an ID token of an IAM
 * OIDC provider of the account, or Google's. Needs no signature. The role's trust policy must let the token's provider assume it, with its `aud`, `sub` and `amr` as
 * condition keys; session tags from the token need `sts:TagSession` too. The credentials are kept in STS's store, so
 * requests signed with them are verified (auth/authenticate.ts).
 */
export async function assumeRoleWithWebIdentity(
  ctx: ActionContext<StsState>,
  request: AssumeRoleWithWebIdentityRequest,
): Promise<AssumeRoleWithWebIdentityResponse> {
  const iamState = ctx.peek(iam);
  // [U] the order of STS's checks: the request's own documents, then the token, then the role.
  const policies = sessionPoliciesOf(iamState, request.Policy, request.PolicyArns);
  const identity = await verifyWebIdentityToken(ctx, request.WebIdentityToken);
  const role = roleByArn(iamState, request.RoleArn);
  // A role that does not exist is refused in the same words as one whose trust policy refuses (no existence leak).
  if (!role || !trusts(role, identity, 'sts:AssumeRoleWithWebIdentity')) throw new CloudError('AccessDenied', WEB_IDENTITY_DENIED, 403);
  // [U] AWS's words when the trust policy does not allow sts:TagSession.
  if (Object.keys(identity.tags).length > 0 && !trusts(role, identity, 'sts:TagSession'))
    throw new CloudError('AccessDenied', 'Not authorized to perform sts:TagSession', 403);
  const duration = request.DurationSeconds ?? DEFAULT_DURATION;
  if (duration > role.MaxSessionDuration) throw new CloudError('ValidationError', STS_MESSAGES.durationTooLong);

  const roleName = role.Arn.slice(role.Arn.lastIndexOf('/') + 1);
  const assumedRoleArn = `arn:aws:sts::${ctx.accountId}:assumed-role/${roleName}/${request.RoleSessionName}`;
  const assumedRoleId = `${role.RoleId}:${request.RoleSessionName}`;
  const { tags } = identity;
  const webIdentity: WebIdentityRecord = {
    provider: identity.provider,
    subject: identity.subject,
    audience: identity.audience,
    ...(identity.amr ? { amr: identity.amr } : {}),
    ...(identity.keyPrefix !== undefined ? { keyPrefix: identity.keyPrefix } : {}),
  };
  const issued = issueCredentials(ctx.state, ctx.random, ctx.now, duration, {
    roleArn: role.Arn,
    roleId: role.RoleId,
    sessionName: request.RoleSessionName,
    assumedRoleArn,
    sessionPolicies: policies.documents,
    tags,
    webIdentity,
  });
  return {
    Credentials: {
      AccessKeyId: issued.AccessKeyId,
      SecretAccessKey: issued.SecretAccessKey,
      SessionToken: issued.SessionToken,
      Expiration: new Date(issued.Expiration),
    },
    SubjectFromWebIdentityToken: identity.subject,
    AssumedRoleUser: { AssumedRoleId: assumedRoleId, Arn: assumedRoleArn },
    ...(policies.packedPolicySize !== undefined ? { PackedPolicySize: policies.packedPolicySize } : {}),
    Provider: identity.provider,
    Audience: identity.audience,
  };
}

/** Whether the role's trust policy allows the web identity this action (IAM's evaluator, the trust policy alone). */
function trusts(role: RoleRecord, identity: VerifiedWebIdentity, action: string): boolean {
  // The provider (`cognito-identity.amazonaws.com`, an IAM OIDC provider's ARN, `accounts.google.com`) is the trust policy's
  // Principal.Federated; its condition keys are named after it (lib/webIdentity.ts, lib/federatedToken.ts).
  const context: Record<string, ContextValue> = { ...identity.conditions };
  const tagKeys = Object.keys(identity.tags);
  if (tagKeys.length > 0) {
    context['aws:TagKeys'] = tagKeys;
    for (const [key, value] of Object.entries(identity.tags)) context[`aws:RequestTag/${key}`] = value;
  }
  const evaluation: EvaluationRequest = {
    principal: { arn: identity.provider, type: 'WebIdentity', federated: identity.federated },
    action,
    resource: role.Arn,
    context,
  };
  return evaluatePolicies(evaluation, { identity: [], trust: { name: 'trust policy', document: role.AssumeRolePolicyDocument } }).decision === 'allow';
}
