/**
 * The Logins map of GetId, GetCredentialsForIdentity and GetOpenIdToken, checked for real: each key must be a provider the
 * pool lists, and a user pool's value must be one of its ID tokens, verified with jose against the user pool's own key,
 * for one of the app clients the identity pool names, unexpired at the request's instant. Google's and IAM OIDC
 * providers' ID tokens: lib/externalLogins.ts; SAML responses of the IAM SAML providers it lists: lib/samlLogins.ts.
 */
import { CloudError } from '../../kernel/errors';
import { lookup } from '../../kernel/records';
import { peekClaims, verifyJwt } from '../../tokens/jwt';
import { cognitoIdp } from '../../userPool/service';
import type { SamlRolePair } from '../../sts/lib/samlResponse';
import type { IdentityPoolRecord } from '../model';
import { isExternalLogin, verifyExternalLogin } from './externalLogins';
import { isSamlLogin, verifySamlLogin } from './samlLogins';
import type { IdentityPoolContext } from './pools';

/** A login that passed: its provider name and the subject it names (`sub`), with the token's claims. */
export interface VerifiedLogin {
  provider: string;
  subject: string;
  claims: Record<string, unknown>;
  /** Its `amr` entry in the identity's OpenID token, when not a user pool's `<provider>:CognitoSignIn:<sub>`. */
  amr?: string;
  /** A SAML login's response (handed on to STS AssumeRoleWithSAML) and the roles its assertion offers through this provider. */
  saml?: { response: string; roles: SamlRolePair[] };
}

const USER_POOL_PROVIDER = /^cognito-idp\.([a-z0-9-]+)\.amazonaws\.com\/([\w-]+_[0-9a-zA-Z]+)$/;

const refused = (message: string) => new CloudError('NotAuthorizedException', message);

/** Logins are checked in the order given; the first that fails is the answer. */
export async function verifyLogins(ctx: IdentityPoolContext, pool: IdentityPoolRecord, logins: Record<string, string> | undefined): Promise<VerifiedLogin[]> {
  const verified: VerifiedLogin[] = [];
  for (const [provider, token] of Object.entries(logins ?? {})) verified.push(await verifyLogin(ctx, pool, provider, token));
  return verified;
}

async function verifyLogin(ctx: IdentityPoolContext, pool: IdentityPoolRecord, provider: string, token: string): Promise<VerifiedLogin> {
  const trusted = (pool.CognitoIdentityProviders ?? []).filter((p) => p.ProviderName === provider);
  if (trusted.length === 0) {
    if (isExternalLogin(pool, provider)) return verifyExternalLogin(ctx, pool, provider, token);
    if (isSamlLogin(pool, provider)) return verifySamlLogin(ctx, provider, token);
    // SIMPLIFIED: other social providers (Facebook, Amazon, Apple…) are not simulated yet: only user pools', Google's and
    // IAM OIDC providers' ID tokens and IAM SAML providers' responses are checked.
    if (lookup(pool.SupportedLoginProviders ?? {}, provider) !== undefined)
      throw new CloudError(
        'NotImplemented',
        `Logins from ${provider} are not simulated yet: only user pools', Google's and OIDC providers' ID tokens and SAML responses are.`,
        501,
      );
    throw refused('Token is not from a supported provider of this identity pool.');
  }
  const where = USER_POOL_PROVIDER.exec(provider);
  const userPool = where ? lookup(ctx.peek(cognitoIdp, where[1]).pools, where[2]!) : undefined;
  const claims = peekClaims(token, ctx.keyCache);
  // [O] AWS's words for a value that is not a JWT, or not signed by the pool.
  const notOidc = () => refused('Invalid login token. Not a valid OpenId Connect identity token.');
  if (!claims) throw notOidc();
  // An access token has no `aud`: AWS answers so [O].
  if (claims['token_use'] === 'access' || claims.aud === undefined) throw refused('Invalid login token. Missing a required claim: aud');
  if (!userPool) throw notOidc();
  const issuer = `https://${provider}`;
  if (claims.iss !== issuer) throw refused("Invalid login token. Issuer doesn't match providerName");
  const verdict = await verifyJwt(token, [userPool.keys.id], ctx.keyCache, ctx.now, { issuer, tokenUse: 'id' });
  if (!verdict.ok) {
    if (verdict.reason === 'expired') throw refused(`Invalid login token. Token expired: ${String(claims.exp)} >= ${Math.floor(ctx.now / 1000)}`);
    throw notOidc();
  }
  const client = trusted.find((p) => p.ClientId === claims.aud);
  // [U] the wording when the token's client is not one the identity pool names.
  if (!client) throw refused('Invalid login token. Incorrect token audience.');
  if (client.ServerSideTokenCheck) {
    const user = Object.values(userPool.users).find((u) => u.sub === claims.sub);
    const origin = typeof claims['origin_jti'] === 'string' ? claims['origin_jti'] : undefined;
    // [U] AWS's wording for a token of a deleted, disabled or globally signed-out user under ServerSideTokenCheck.
    if (!user || !user.enabled || (origin !== undefined && lookup(userPool.revokedOrigins, origin) !== undefined))
      throw refused('Invalid login token. Token is revoked or the user no longer exists.');
  }
  return { provider, subject: String(claims.sub), claims: verdict.payload };
}
