import { CloudError } from '../../kernel/errors';
import { lookup } from '../../kernel/records';
import type { IdentityPoolRecord, IdentityRecord } from '../model';
import { link, loginKey, mergeOwners, refuseSecondLogin } from '../lib/link';
import { verifyLogins, type VerifiedLogin } from '../lib/logins';
import { startOpenIdToken } from '../lib/openIdToken';
import { getIdentityPool, type IdentityPoolContext } from '../lib/pools';
import { principalTagsOf } from './principalTags';

export interface GetIdRequest {
  IdentityPoolId: string;
  AccountId?: string;
  Logins?: Record<string, string>;
}

/**
 * The identity of a login, made the first time the login is seen, so it is stable per login. Without Logins, a new guest
 * identity each call (the SDKs keep it), if the pool allows guests.
 */
export async function getId(ctx: IdentityPoolContext, request: GetIdRequest): Promise<{ IdentityId: string }> {
  const pool = getIdentityPool(ctx, request.IdentityPoolId);
  const logins = await verifyLogins(ctx, pool, request.Logins);
  if (logins.length === 0) {
    if (!pool.AllowUnauthenticatedIdentities) throw new CloudError('NotAuthorizedException', 'Unauthenticated access is not supported for this identity pool.');
    const guest = newIdentity(ctx, pool);
    startNextToken(ctx, pool, guest, logins);
    return { IdentityId: guest.IdentityId };
  }
  const owners = [...new Set(logins.map((login) => lookup(ctx.state.logins, loginKey(pool, login))).filter((id): id is string => id !== undefined))];
  refuseSecondLogin(ctx, pool, [], logins);
  const identity = mergeOwners(ctx, owners) ?? newIdentity(ctx, pool);
  for (const login of logins) if (lookup(ctx.state.logins, loginKey(pool, login)) === undefined) link(ctx, pool, identity, login);
  startNextToken(ctx, pool, identity, logins);
  return { IdentityId: identity.IdentityId };
}

/** The OpenID token the app's next call (GetCredentialsForIdentity, or GetOpenIdToken) signs, started now when it can use one. */
function startNextToken(ctx: IdentityPoolContext, pool: IdentityPoolRecord, identity: IdentityRecord, logins: VerifiedLogin[]): void {
  if (lookup(ctx.state.roles, pool.IdentityPoolId) === undefined && !pool.AllowClassicFlow) return;
  startOpenIdToken(ctx, identity, logins, logins.length > 0 ? principalTagsOf(ctx, pool.IdentityPoolId, logins[0]!) : {});
}

function newIdentity(ctx: IdentityPoolContext, pool: IdentityPoolRecord): IdentityRecord {
  const identity: IdentityRecord = {
    IdentityId: `${ctx.region}:${ctx.random.uuid()}`,
    IdentityPoolId: pool.IdentityPoolId,
    logins: [],
    created: ctx.now,
    modified: ctx.now,
  };
  ctx.state.identities[identity.IdentityId] = identity;
  return identity;
}
