import type { ActionContext } from '../../context';
import { WEB_IDENTITY_DENIED } from '../../iam/policy';
import { iam } from '../../iam/service';
import { assumedRoleUser, credentialsOf, sessionSeconds, trustedRole } from '../lib/assumeRole';
import { issueCredentials } from '../lib/credentials';
import { sessionPoliciesOf } from '../lib/sessionPolicies';
import { verifyWebIdentityToken } from '../lib/webIdentity';
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
  // [U] the order of STS's checks: the request's own documents, then the token, then the role.
  const policies = sessionPoliciesOf(ctx.peek(iam), request.Policy, request.PolicyArns);
  const identity = await verifyWebIdentityToken(ctx, request.WebIdentityToken);
  const { tags, federated, conditions } = identity;
  const role = trustedRole(ctx, request.RoleArn, { type: 'WebIdentity', federated, conditions, tags }, 'sts:AssumeRoleWithWebIdentity', WEB_IDENTITY_DENIED);
  const duration = sessionSeconds(role, request.DurationSeconds);
  const user = assumedRoleUser(ctx.accountId, role, request.RoleSessionName);
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
    assumedRoleArn: user.Arn,
    sessionPolicies: policies.documents,
    tags,
    webIdentity,
  });
  return {
    Credentials: credentialsOf(issued),
    SubjectFromWebIdentityToken: identity.subject,
    AssumedRoleUser: user,
    ...(policies.packedPolicySize !== undefined ? { PackedPolicySize: policies.packedPolicySize } : {}),
    Provider: identity.provider,
    Audience: identity.audience,
  };
}
