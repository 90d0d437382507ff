/**
 * Logins from providers outside Cognito, checked for real: Google (`accounts.google.com`, listed in
 * SupportedLoginProviders with the app's OAuth client id as its value) and an IAM OIDC provider (listed in
 * OpenIdConnectProviderARNs; its Logins key is the provider's URL without the scheme, `idp.example.com`). The value is the
 * provider's ID token: its signature verified against the provider's JWKS (discovery → jwks_uri, through ctx.fetch), its
 * `iss` the provider's, its `aud` the client id the pool (Google) or the IAM provider (OIDC) names, unexpired at the
 * request's instant. Words as for user pools' tokens where AWS's are known ([O] in lib/logins.ts), [U] otherwise.
 */
import { CloudError } from '../../kernel/errors';
import { lookup } from '../../kernel/records';
import { iam } from '../../iam/service';
import { fetchProviderKeys, verifiesWith } from '../../tokens/providerKeys';
import { peekClaims } from '../../tokens/jwt';
import type { IdentityPoolRecord } from '../model';
import type { VerifiedLogin } from './logins';
import type { IdentityPoolContext } from './pools';

export const GOOGLE_LOGIN = 'accounts.google.com';
const GOOGLE_ISSUERS = ['https://accounts.google.com', 'accounts.google.com'];

const refused = (message: string) => new CloudError('NotAuthorizedException', message);
const notOidc = () => refused('Invalid login token. Not a valid OpenId Connect identity token.');

/** An IAM OIDC provider's Logins key (and role mapping key): its ARN's URL, `arn:…:oidc-provider/idp.example.com` → `idp.example.com`. */
export const oidcLoginKey = (arn: string): string => arn.slice(arn.indexOf(':oidc-provider/') + ':oidc-provider/'.length);

/** The IAM OIDC provider ARN the pool lists for a Logins key (`idp.example.com`), if any. */
export function oidcArnFor(pool: IdentityPoolRecord, provider: string): string | undefined {
  return (pool.OpenIdConnectProviderARNs ?? []).find((arn) => oidcLoginKey(arn) === provider);
}

/** Whether this Logins key is a Google or OIDC login this pool takes. */
export function isExternalLogin(pool: IdentityPoolRecord, provider: string): boolean {
  return (provider === GOOGLE_LOGIN && lookup(pool.SupportedLoginProviders ?? {}, GOOGLE_LOGIN) !== undefined) || oidcArnFor(pool, provider) !== undefined;
}

export async function verifyExternalLogin(ctx: IdentityPoolContext, pool: IdentityPoolRecord, provider: string, token: string): Promise<VerifiedLogin> {
  const claims = peekClaims(token, ctx.keyCache);
  if (!claims) throw notOidc();
  if (claims.aud === undefined) throw refused('Invalid login token. Missing a required claim: aud');
  let issuers: string[];
  let audiences: string[];
  let keysAt: string;
  if (provider === GOOGLE_LOGIN) {
    issuers = GOOGLE_ISSUERS;
    // [U] several Google client ids may be listed, separated by commas.
    audiences = String(lookup(pool.SupportedLoginProviders ?? {}, GOOGLE_LOGIN) ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    keysAt = GOOGLE_ISSUERS[0]!;
  } else {
    const record = ctx.peek(iam).oidcProviders[oidcArnFor(pool, provider)!];
    // [U] the words when the IAM provider the pool names was deleted since.
    if (!record) throw refused(`Invalid login token. No OpenIDConnect provider found in your account for https://${provider}`);
    issuers = [`https://${record.Url}`];
    audiences = record.ClientIDList;
    keysAt = `https://${record.Url}`;
  }
  if (!issuers.includes(String(claims.iss))) throw refused("Invalid login token. Issuer doesn't match providerName");
  const keys = await fetchProviderKeys(ctx, keysAt);
  // [U] the code and words when the provider's keys cannot be read: ExternalService when no host answers.
  if (!keys.ok && keys.reason === 'unreachable')
    throw new CloudError('ExternalServiceException', `${provider} could not be reached to verify the login token.`);
  if (!keys.ok || !(await verifiesWith(token, keys.keys))) throw notOidc();
  const now = Math.floor(ctx.now / 1000);
  if (typeof claims.exp === 'number' && claims.exp <= now) throw refused(`Invalid login token. Token expired: ${claims.exp} >= ${now}`);
  const tokenAudiences = (Array.isArray(claims.aud) ? claims.aud : [claims.aud]).map(String);
  const audience = tokenAudiences.find((a) => audiences.includes(a));
  // [U] the wording when the token's client is not one the pool (or the IAM provider) names, as for user pools.
  if (audience === undefined) throw refused('Invalid login token. Incorrect token audience.');
  const subject = String(claims.sub ?? '');
  // [U] an external login's `amr` entry: `<provider>:<client id>:<sub>`.
  return { provider, subject, claims: { ...claims }, amr: `${provider}:${audience}:${subject}` };
}
