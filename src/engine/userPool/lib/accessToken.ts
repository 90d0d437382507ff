import { lookup } from '../../kernel/records';
import type { ActionContext } from './context';
import { CloudError } from '../../kernel/errors';
import { peekClaims, verifyJwt } from '../../tokens/jwt';
import type { UserPoolRecord, UserRecord } from '../model';
import { poolIssuer } from './pools';
import { findUser } from './users';
import { USER_POOL_MESSAGES } from './messages';

const invalid = () => new CloudError('NotAuthorizedException', 'Invalid Access Token');

/**
 * What the pool checks before a token-authorized call (GetUser, ChangePassword, GlobalSignOut…): a genuine, unexpired access token
 * of one of its own, not revoked, with the `aws.cognito.signin.user.admin` scope, for a user who still exists and is enabled.
 */
export async function authorizeAccessToken(
  ctx: ActionContext,
  accessToken: string,
): Promise<{ pool: UserPoolRecord; user: UserRecord; claims: Record<string, unknown> }> {
  const peeked = peekClaims(accessToken, ctx.keyCache);
  const iss = typeof peeked?.iss === 'string' ? peeked.iss : '';
  const pool = lookup(ctx.state.pools, iss.slice(iss.lastIndexOf('/') + 1));
  if (!pool || poolIssuer(pool) !== iss) throw invalid();
  const verdict = await verifyJwt(accessToken, [pool.keys.access], ctx.keyCache, ctx.now, { issuer: iss, tokenUse: 'access' });
  if (!verdict.ok) {
    if (verdict.reason === 'expired') throw new CloudError('NotAuthorizedException', USER_POOL_MESSAGES.accessTokenExpired);
    throw invalid();
  }
  const claims = verdict.payload;
  if (typeof claims['origin_jti'] === 'string' && lookup(pool.revokedOrigins, claims['origin_jti']) !== undefined) {
    throw new CloudError('NotAuthorizedException', USER_POOL_MESSAGES.accessTokenRevoked);
  }
  const scopes = String(claims['scope'] ?? '').split(' ');
  if (!scopes.includes('aws.cognito.signin.user.admin')) {
    throw new CloudError('NotAuthorizedException', 'Access Token does not have required scopes');
  }
  const user = findUser(pool, String(claims['username'] ?? ''));
  if (!user || user.sub !== claims['sub']) throw new CloudError('UserNotFoundException', 'User does not exist.');
  if (!user.enabled) throw new CloudError('NotAuthorizedException', USER_POOL_MESSAGES.userDisabled);
  return { pool, user, claims };
}
