/**
 * Cognito Identity's own OpenID token (GetOpenIdToken, and the enhanced flow inside Cognito): an RS512 JWT from
 * `https://cognito-identity.amazonaws.com`, `kid` named after its region, `aud` the identity pool, `sub` the identity,
 * `amr` how it signed in, valid 10 minutes. Its discovery document and keys are public at `cognito-identity.amazonaws.com`.
 */
import { signJwt } from '../../tokens/jwt';
import { toPublicJwk } from '../../tokens/keys';
import { AWS_REGIONS } from '../../router';
import type { IdentityRecord } from '../model';
import type { VerifiedLogin } from './logins';
import type { IdentityPoolContext } from './pools';
import { cognitoIdentity } from '../service';

export const OPENID_ISSUER = 'https://cognito-identity.amazonaws.com';
/** GetOpenIdToken's tokens last 10 minutes [O]. */
const LIFETIME_SECONDS = 600;

/**
 * `["unauthenticated"]`, or `["authenticated", provider, "<provider>:CognitoSignIn:<sub>"]` for each user pool login [O]
 * (an external login's own entry: lib/externalLogins.ts).
 */
export function amrOf(logins: readonly VerifiedLogin[]): string[] {
  if (logins.length === 0) return ['unauthenticated'];
  return ['authenticated', ...logins.flatMap((login) => [login.provider, login.amr ?? `${login.provider}:CognitoSignIn:${login.subject}`])];
}

/**
 * `tags`: principal tags (SetPrincipalTagAttributeMap) the enhanced flow passes to STS as session tags, in the claim STS
 * reads them from (`https://aws.amazon.com/tags`, IAM User Guide "Passing session tags using AssumeRoleWithWebIdentity").
 */
export async function openIdToken(
  ctx: IdentityPoolContext,
  identity: IdentityRecord,
  logins: readonly VerifiedLogin[],
  tags: Record<string, string> = {},
): Promise<string> {
  let key = ctx.state.signingKey;
  if (!key) {
    const fresh = await ctx.nextSigningKey();
    const kid = `${ctx.region}-1`;
    key = { kid, privateJwk: { ...fresh.privateJwk, kid, alg: 'RS512' }, publicJwk: { ...fresh.publicJwk, kid, alg: 'RS512' } };
    ctx.state.signingKey = key;
  }
  const claims = openIdClaims(ctx.now, identity, logins, tags);
  const started = ctx.keyCache.takeStarted(claims, key, 'RS512');
  if (started) {
    try {
      return await started;
    } catch {
      // Signed again below, as if it had never been started.
    }
  }
  return signJwt(claims, key, ctx.keyCache, 'RS512');
}

/**
 * Starts signing, in the background, the token the identity's next GetCredentialsForIdentity (or GetOpenIdToken) will
 * need if it comes at the same simulated second: the app asks for it right after GetId. RS512 signatures are
 * deterministic, so the token is byte for byte the one that call would sign; the call takes it (once) instead of
 * waiting for a signature of its own. Only when the pool's key exists already: nothing is drawn from the generator.
 */
export function startOpenIdToken(ctx: IdentityPoolContext, identity: IdentityRecord, logins: readonly VerifiedLogin[], tags: Record<string, string>): void {
  const key = ctx.state.signingKey;
  if (!key) return;
  const claims = openIdClaims(ctx.now, identity, logins, tags);
  ctx.keyCache.start(claims, key, 'RS512', () => signJwt(claims, key, ctx.keyCache, 'RS512'));
}

function openIdClaims(now: number, identity: IdentityRecord, logins: readonly VerifiedLogin[], tags: Record<string, string>): Record<string, unknown> {
  const iat = Math.floor(now / 1000);
  const claims: Record<string, unknown> = {
    sub: identity.IdentityId,
    aud: identity.IdentityPoolId,
    amr: amrOf(logins),
    iss: OPENID_ISSUER,
    iat,
    exp: iat + LIFETIME_SECONDS,
  };
  if (Object.keys(tags).length > 0)
    claims['https://aws.amazon.com/tags'] = { principal_tags: Object.fromEntries(Object.entries(tags).map(([key, value]) => [key, [value]])) };
  return claims;
}

/** `/.well-known/openid-configuration` [O: the published document's members that matter to a verifier]. */
export function openIdConfiguration() {
  return {
    issuer: OPENID_ISSUER,
    jwks_uri: `${OPENID_ISSUER}/.well-known/jwks_uri`,
    response_types_supported: ['code', 'id_token'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS512'],
  };
}

/** `/.well-known/jwks_uri`: every region's key. SIMPLIFIED: only regions that have signed a token yet list one. */
export function openIdKeys(ctx: IdentityPoolContext) {
  const keys = [...AWS_REGIONS].flatMap((region) => {
    const key = ctx.peek(cognitoIdentity, region).signingKey;
    return key ? [{ ...toPublicJwk(key), alg: 'RS512' as const }] : [];
  });
  return { keys };
}
