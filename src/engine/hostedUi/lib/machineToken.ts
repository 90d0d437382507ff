/**
 * The access token of a client_credentials grant: a machine's token, signed with the pool's access key like a user's.
 */
import { lookup } from '../../kernel/records';
import { signJwt } from '../../tokens/jwt';
import type { ActionContext } from '../../userPool/lib/context';
import { poolIssuer } from '../../userPool/lib/pools';
import { tokenLifetimes } from '../../userPool/lib/tokens';
import type { UserPoolClientRecord, UserPoolRecord } from '../../userPool/model';

/** Whether `<Identifier>/<ScopeName>` names a scope of one of the pool's resource servers. */
export function isResourceServerScope(pool: UserPoolRecord, scope: string): boolean {
  const slash = scope.lastIndexOf('/');
  if (slash <= 0) return false;
  const server = lookup(pool.resourceServers, scope.slice(0, slash));
  const name = scope.slice(slash + 1);
  return Boolean(server?.Scopes.some((s) => s.ScopeName === name));
}

/**
 * The custom scopes a client_credentials grant gets: those requested that the client is allowed and a resource server
 * defines (others are ignored, as the token endpoint documents), or all the client's custom scopes when none are requested.
 */
export function grantedCustomScopes(pool: UserPoolRecord, client: UserPoolClientRecord, requested: string | undefined): string[] {
  const allowed = (client.AllowedOAuthScopes ?? []).filter((scope) => isResourceServerScope(pool, scope));
  if (requested === undefined) return allowed;
  const wanted = new Set(requested.split(' ').filter(Boolean));
  return allowed.filter((scope) => wanted.has(scope));
}

export interface MachineToken {
  access_token: string;
  expires_in: number;
  token_type: 'Bearer';
}

/**
 * Signs a client_credentials access token. Its claims [U, as seen in real tokens]: `sub` and `client_id` are the app client's
 * ID, no `username` (no user signed in), `scope` the granted custom scopes, `auth_time` the moment of issue, `version` 2.
 */
export async function issueMachineToken(ctx: ActionContext, pool: UserPoolRecord, client: UserPoolClientRecord, scopes: string[]): Promise<MachineToken> {
  const iat = Math.floor(ctx.now / 1000);
  const lifetime = tokenLifetimes(client).access / 1000;
  const claims = {
    sub: client.ClientId,
    token_use: 'access',
    scope: scopes.join(' '),
    auth_time: iat,
    iss: poolIssuer(pool),
    exp: iat + lifetime,
    iat,
    version: 2,
    jti: ctx.random.uuid(),
    client_id: client.ClientId,
  };
  const access_token = await signJwt(claims, pool.keys.access, ctx.keyCache);
  return { access_token, expires_in: lifetime, token_type: 'Bearer' };
}
