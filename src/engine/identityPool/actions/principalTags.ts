/**
 * Attributes for access control: which of a provider's token claims become session tags (`aws:PrincipalTag/<tag>`) on the
 * credentials GetCredentialsForIdentity gives, keyed tag → claim. The defaults are the user name and the app client.
 */
import { CloudError } from '../../kernel/errors';
import { oidcLoginKey } from '../lib/externalLogins';
import { lookup } from '../../kernel/records';
import type { PrincipalTagMap } from '../model';
import type { VerifiedLogin } from '../lib/logins';
import { getIdentityPool, type IdentityPoolContext } from '../lib/pools';

/** [U] the default map's tag names; the API reference says only "username and clientID". The console shows these. */
export const DEFAULT_PRINCIPAL_TAGS: Readonly<Record<string, string>> = { username: 'sub', client: 'aud' };

interface TagMapRequest {
  IdentityPoolId: string;
  IdentityProviderName: string;
  UseDefaults?: boolean;
  PrincipalTags?: Record<string, string>;
}

const keyOf = (poolId: string, provider: string) => `${poolId} ${provider}`;

export function setPrincipalTagAttributeMap(ctx: IdentityPoolContext, request: TagMapRequest) {
  const pool = getIdentityPool(ctx, request.IdentityPoolId);
  const providers = [
    ...(pool.CognitoIdentityProviders ?? []).map((p) => p.ProviderName),
    ...Object.keys(pool.SupportedLoginProviders ?? {}),
    // An IAM OIDC provider is named by its URL without the scheme, as in Logins.
    ...(pool.OpenIdConnectProviderARNs ?? []).map(oidcLoginKey),
  ];
  // [U] the wording for a provider the pool does not list.
  if (!providers.includes(request.IdentityProviderName))
    throw new CloudError('InvalidParameterException', `${request.IdentityProviderName} is not a provider of this identity pool.`);
  const map: PrincipalTagMap = { UseDefaults: request.UseDefaults ?? false, PrincipalTags: { ...request.PrincipalTags } };
  ctx.state.principalTags[keyOf(pool.IdentityPoolId, request.IdentityProviderName)] = map;
  return { IdentityPoolId: pool.IdentityPoolId, IdentityProviderName: request.IdentityProviderName, ...answered(map) };
}

export function getPrincipalTagAttributeMap(ctx: IdentityPoolContext, request: { IdentityPoolId: string; IdentityProviderName: string }) {
  const pool = getIdentityPool(ctx, request.IdentityPoolId);
  const map = lookup(ctx.state.principalTags, keyOf(pool.IdentityPoolId, request.IdentityProviderName));
  // [U] a provider never mapped answers with no tags and defaults off.
  return {
    IdentityPoolId: pool.IdentityPoolId,
    IdentityProviderName: request.IdentityProviderName,
    ...answered(map ?? { UseDefaults: false, PrincipalTags: {} }),
  };
}

function answered(map: PrincipalTagMap) {
  return { UseDefaults: map.UseDefaults, PrincipalTags: map.UseDefaults ? { ...DEFAULT_PRINCIPAL_TAGS } : { ...map.PrincipalTags } };
}

/** The session tags a login's claims give under the pool's map for its provider (none without a map). */
export function principalTagsOf(ctx: IdentityPoolContext, poolId: string, login: VerifiedLogin): Record<string, string> {
  const map = lookup(ctx.state.principalTags, keyOf(poolId, login.provider));
  if (!map) return {};
  const tags: Record<string, string> = {};
  for (const [tag, claim] of Object.entries(map.UseDefaults ? DEFAULT_PRINCIPAL_TAGS : map.PrincipalTags)) {
    const value = login.claims[claim];
    // [U] a list claim gives its values joined by commas; a missing claim gives no tag.
    if (value !== undefined && value !== null) tags[tag] = Array.isArray(value) ? value.map(String).join(',') : String(value);
  }
  return tags;
}
