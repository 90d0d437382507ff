import { isCloudError } from '../../kernel/errors';
import { lookup } from '../../kernel/records';
import { GUEST_SCOPE_DOWN_POLICY } from '../../iam/policy';
import { sts } from '../../sts/service';
import { identityWithLogins } from '../lib/link';
import { openIdToken } from '../lib/openIdToken';
import { invalidConfiguration, resolveRole } from '../lib/roles';
import type { IdentityPoolContext } from '../lib/pools';
import { principalTagsOf } from './principalTags';

export interface GetCredentialsForIdentityRequest {
  IdentityId: string;
  Logins?: Record<string, string>;
  CustomRoleArn?: string;
}

/** The session name Cognito gives the role sessions of the enhanced flow [O]. */
export const COGNITO_SESSION_NAME = 'CognitoIdentityCredentials';
/** The enhanced flow's credentials last one hour, not configurable [O]. */
const SESSION_SECONDS = 3600;
/** The AWS managed policy Cognito adds to guests' sessions (Cognito Developer Guide, "IAM roles"). */
export const GUEST_MANAGED_SESSION_POLICY = 'arn:aws:iam::aws:policy/AmazonCognitoUnAuthedIdentitiesSessionPolicy';

/**
 * The enhanced flow: Cognito verifies the logins (linking or merging as GetOpenIdToken does), resolves the role
 * (lib/roles.ts), and assumes it itself with its own OpenID token: a nested STS AssumeRoleWithWebIdentity, so the role's
 * trust policy is checked for real and the credentials are STS's. Guests' sessions are scoped down by AWS's session
 * policies. A role that is missing or refuses the token is the pool's misconfiguration to the caller.
 */
export async function getCredentialsForIdentity(ctx: IdentityPoolContext, request: GetCredentialsForIdentityRequest) {
  const { pool, identity, logins } = await identityWithLogins(ctx, request.IdentityId, request.Logins);
  const roleArn = resolveRole(lookup(ctx.state.roles, pool.IdentityPoolId), logins, request.CustomRoleArn);
  const tags = logins.length > 0 ? principalTagsOf(ctx, pool.IdentityPoolId, logins[0]!) : {};
  const token = await openIdToken(ctx, identity, logins, tags);
  const guest = logins.length === 0;
  let assumed;
  try {
    assumed = await ctx.call(
      sts,
      'AssumeRoleWithWebIdentity' as never,
      {
        RoleArn: roleArn,
        RoleSessionName: COGNITO_SESSION_NAME,
        WebIdentityToken: token,
        DurationSeconds: SESSION_SECONDS,
        ...(guest ? { Policy: JSON.stringify(GUEST_SCOPE_DOWN_POLICY), PolicyArns: [{ arn: GUEST_MANAGED_SESSION_POLICY }] } : {}),
      } as never,
    );
  } catch (error) {
    // STS's AccessDenied (no such role, or its trust policy refuses the token) is the pool's misconfiguration [O].
    if (isCloudError(error) && (error.code === 'AccessDenied' || error.code === 'ValidationError')) throw invalidConfiguration();
    throw error;
  }
  const credentials = (assumed as unknown as { Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string; Expiration: unknown } })
    .Credentials;
  return {
    IdentityId: identity.IdentityId,
    // The response names the secret SecretKey, not SecretAccessKey.
    Credentials: {
      AccessKeyId: credentials.AccessKeyId,
      SecretKey: credentials.SecretAccessKey,
      SessionToken: credentials.SessionToken,
      Expiration: new Date(credentials.Expiration as Date).getTime() / 1000,
    },
  };
}
