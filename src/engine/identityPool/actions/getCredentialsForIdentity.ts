import { CloudError, isCloudError } from '../../kernel/errors';
import { lookup } from '../../kernel/records';
import { GUEST_SCOPE_DOWN_POLICY } from '../../iam/policy';
import { sts } from '../../sts/service';
import { identityWithLogins } from '../lib/link';
import type { VerifiedLogin } from '../lib/logins';
import { openIdToken } from '../lib/openIdToken';
import { invalidConfiguration, resolveRole } from '../lib/roles';
import type { IdentityPoolContext } from '../lib/pools';
import { samlRole } from '../lib/samlLogins';
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
 * trust policy is checked for real and the credentials are STS's. A SAML login's role is one its assertion offers
 * (CustomRoleArn chooses among several: lib/samlLogins.ts), assumed with the assertion through AssumeRoleWithSAML. Guests' sessions are scoped down by AWS's session
 * policies. A role that is missing or refuses the token is the pool's misconfiguration to the caller.
 */
export async function getCredentialsForIdentity(ctx: IdentityPoolContext, request: GetCredentialsForIdentityRequest) {
  const { pool, identity, logins } = await identityWithLogins(ctx, request.IdentityId, request.Logins);
  const roles = lookup(ctx.state.roles, pool.IdentityPoolId);
  // [U] with a SAML login among others, the SAML login decides (the first one).
  const saml = logins.find((login): login is VerifiedLogin & { saml: NonNullable<VerifiedLogin['saml']> } => login.saml !== undefined);
  const samlRoleArn = saml ? samlRole(roles, saml, request.CustomRoleArn) : undefined;
  const roleArn = samlRoleArn ?? resolveRole(roles, logins, request.CustomRoleArn);
  let credentials: StsCredentials;
  if (saml) {
    // [U] Cognito hands the assertion on to STS AssumeRoleWithSAML, so the role trusts the SAML provider (the IdP is
    // configured with AWS's sign-in endpoint as audience and recipient, as for AssumeRoleWithSAML).
    credentials = await assume(ctx, 'AssumeRoleWithSAML', {
      RoleArn: roleArn,
      PrincipalArn: saml.provider,
      SAMLAssertion: saml.saml.response,
      DurationSeconds: SESSION_SECONDS,
    });
  } else {
    const tags = logins.length > 0 ? principalTagsOf(ctx, pool.IdentityPoolId, logins[0]!) : {};
    const token = await openIdToken(ctx, identity, logins, tags);
    const guest = logins.length === 0;
    credentials = await assume(ctx, 'AssumeRoleWithWebIdentity', {
      RoleArn: roleArn,
      RoleSessionName: COGNITO_SESSION_NAME,
      WebIdentityToken: token,
      DurationSeconds: SESSION_SECONDS,
      ...(guest ? { Policy: JSON.stringify(GUEST_SCOPE_DOWN_POLICY), PolicyArns: [{ arn: GUEST_MANAGED_SESSION_POLICY }] } : {}),
    });
  }
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

type StsCredentials = { AccessKeyId: string; SecretAccessKey: string; SessionToken: string; Expiration: unknown };

/** Cognito's own nested call to STS, and STS's refusals in the identity pool's words. */
async function assume(
  ctx: IdentityPoolContext,
  action: 'AssumeRoleWithWebIdentity' | 'AssumeRoleWithSAML',
  input: Record<string, unknown>,
): Promise<StsCredentials> {
  try {
    const assumed = await ctx.call(sts, action as never, input as never);
    return (assumed as unknown as { Credentials: StsCredentials }).Credentials;
  } catch (error) {
    // STS's AccessDenied (no such role, or its trust policy refuses) is the pool's misconfiguration [O].
    if (isCloudError(error) && (error.code === 'AccessDenied' || error.code === 'ValidationError')) throw invalidConfiguration();
    // [U] any other refusal of a SAML assertion (its session name, its age) as a refused login.
    if (isCloudError(error) && action === 'AssumeRoleWithSAML' && error.status < 500)
      throw new CloudError('NotAuthorizedException', `Invalid login token. ${error.message}`);
    throw error;
  }
}
