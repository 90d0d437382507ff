import { CloudError } from '../../kernel/errors';
import { lookup } from '../../kernel/records';
import { verifyLogins } from '../lib/logins';
import { openIdToken } from '../lib/openIdToken';
import { getIdentity, getIdentityPool, type IdentityPoolContext } from '../lib/pools';
import { loginKey } from './getId';

/**
 * The basic (classic) flow's first half: an OpenID token for an identity, which the app then hands to STS
 * AssumeRoleWithWebIdentity itself. An authenticated identity must show one of its logins again; a guest's identity given
 * a new login is linked to it, so it keeps its IdentityId.
 */
export async function getOpenIdToken(ctx: IdentityPoolContext, request: { IdentityId: string; Logins?: Record<string, string> }) {
  const identity = getIdentity(ctx, request.IdentityId);
  const pool = getIdentityPool(ctx, identity.IdentityPoolId);
  // [U] the error code; the words are AWS's.
  if (!pool.AllowClassicFlow) throw new CloudError('InvalidParameterException', 'Basic (classic) flow is not enabled, please use enhanced flow.');
  const logins = await verifyLogins(ctx, pool, request.Logins);
  if (logins.length === 0) {
    // [O] AWS's words when an authenticated identity comes without its login.
    if (identity.logins.length > 0)
      throw new CloudError('NotAuthorizedException', "Logins don't match. Please include at least one valid login for this identity or identity pool.");
    if (!pool.AllowUnauthenticatedIdentities) throw new CloudError('NotAuthorizedException', 'Unauthenticated access is not supported for this identity pool.');
  }
  for (const login of logins) {
    const owner = lookup(ctx.state.logins, loginKey(pool, login));
    // SIMPLIFIED: a login another identity owns would merge the two; merging is not simulated yet.
    if (owner !== undefined && owner !== identity.IdentityId)
      throw new CloudError('NotImplemented', 'This login belongs to another identity: merging identities is not simulated yet.', 501);
    if (owner === undefined) {
      ctx.state.logins[loginKey(pool, login)] = identity.IdentityId;
      if (!identity.logins.includes(login.provider)) identity.logins.push(login.provider);
      identity.modified = ctx.now;
    }
  }
  return { IdentityId: identity.IdentityId, Token: await openIdToken(ctx, identity, logins) };
}
