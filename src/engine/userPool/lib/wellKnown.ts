import { lookup } from '../../kernel/records';
import type { ActionContext } from './context';
import { CloudError } from '../../kernel/errors';
import { toPublicJwk } from '../../tokens/keys';
import { poolIssuer } from './pools';

function poolFor(ctx: ActionContext, poolId: string) {
  const pool = lookup(ctx.state.pools, poolId);
  if (!pool) throw new CloudError('ResourceNotFoundException', `User pool ${poolId} does not exist.`, 404);
  return pool;
}

/** `GET /<poolId>/.well-known/jwks.json`: the public halves of the pool's two signing keys (ID and access tokens). */
export function jwks(ctx: ActionContext, poolId: string) {
  const pool = poolFor(ctx, poolId);
  return { keys: [toPublicJwk(pool.keys.id), toPublicJwk(pool.keys.access)] };
}

/** `GET /<poolId>/.well-known/openid-configuration`: OIDC discovery for the pool. */
export function openIdConfiguration(ctx: ActionContext, poolId: string) {
  const pool = poolFor(ctx, poolId);
  const issuer = poolIssuer(pool);
  // The endpoints are on the pool's hosted UI domain; [U] without a domain they are left out.
  const domain = pool.Domain ? `https://${pool.Domain}.auth.${ctx.region}.amazoncognito.com` : undefined;
  return {
    authorization_endpoint: domain ? `${domain}/oauth2/authorize` : undefined,
    end_session_endpoint: domain ? `${domain}/logout` : undefined,
    id_token_signing_alg_values_supported: ['RS256'],
    issuer,
    jwks_uri: `${issuer}/.well-known/jwks.json`,
    response_types_supported: ['code', 'token'],
    revocation_endpoint: domain ? `${domain}/oauth2/revoke` : undefined,
    scopes_supported: ['openid', 'email', 'phone', 'profile'],
    subject_types_supported: ['public'],
    token_endpoint: domain ? `${domain}/oauth2/token` : undefined,
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    userinfo_endpoint: domain ? `${domain}/oauth2/userInfo` : undefined,
  };
}
