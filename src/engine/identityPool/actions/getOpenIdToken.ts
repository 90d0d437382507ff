import { CloudError } from '../../kernel/errors';
import { lookup } from '../../kernel/records';
import { identityWithLogins } from '../lib/link';
import { openIdToken } from '../lib/openIdToken';
import { getIdentityPool, getIdentity, type IdentityPoolContext } from '../lib/pools';
import { isSamlLogin } from '../lib/samlLogins';

/**
 * The basic (classic) flow's first half: an OpenID token for an identity, which the app then hands to STS
 * AssumeRoleWithWebIdentity itself. An authenticated identity must show one of its logins again; a guest's identity given
 * a new login is linked to it, so it keeps its IdentityId (lib/link.ts, where a login of another identity merges the two).
 */
export async function getOpenIdToken(ctx: IdentityPoolContext, request: { IdentityId: string; Logins?: Record<string, string> }) {
  const pool = getIdentityPool(ctx, getIdentity(ctx, request.IdentityId).IdentityPoolId);
  // [U] the error code; the words are AWS's.
  if (!pool.AllowClassicFlow) throw new CloudError('InvalidParameterException', 'Basic (classic) flow is not enabled, please use enhanced flow.');
  // [U] when AWS refuses it (here: a pool with any role mapping); the words are AWS's.
  if (Object.keys(lookup(ctx.state.roles, pool.IdentityPoolId)?.RoleMappings ?? {}).length > 0)
    throw new CloudError('InvalidParameterException', 'Basic (classic) flow is not supported with RoleMappings, please use enhanced flow.');
  // Developer Guide: only the enhanced flow takes SAML logins. [U] the code and words.
  if (Object.keys(request.Logins ?? {}).some((provider) => isSamlLogin(pool, provider)))
    throw new CloudError('InvalidParameterException', 'SAML logins are supported only in the enhanced flow (GetCredentialsForIdentity).');
  const { identity, logins } = await identityWithLogins(ctx, request.IdentityId, request.Logins);
  return { IdentityId: identity.IdentityId, Token: await openIdToken(ctx, identity, logins) };
}
