/**
 * `GET /oauth2/userInfo` (POST too, as OIDC allows): the user's attributes for an access token from the token endpoint that
 * carries `openid` (Cognito developer guide, "UserInfo endpoint"). Tokens from InitiateAuth (scope
 * `aws.cognito.signin.user.admin` only) and client_credentials tokens are refused.
 */
import { lookup } from '../kernel/records';
import type { WireResponse } from '../protocol/wire';
import { verifyJwt } from '../tokens/jwt';
import { poolIssuer } from '../userPool/lib/pools';
import { findUser } from '../userPool/lib/users';
import type { UserRecord } from '../userPool/model';
import type { Visit } from './endpoints';
import { jsonAnswer } from './lib/oauthErrors';

/** AWS's words for every token it will not answer [DG userinfo-endpoint]. */
export const INVALID_TOKEN_CHALLENGE =
  'error="invalid_token", error_description="Access token is expired, disabled, or deleted, or the user has globally signed out."';

/** AWS's words for a request without a bearer token [DG userinfo-endpoint]. */
export const INVALID_REQUEST_CHALLENGE = 'error="invalid_request", error_description="Bad OAuth2 request at UserInfo Endpoint"';

const refusal = (status: number, challenge: string): WireResponse => ({
  status,
  headers: { 'www-authenticate': challenge, 'cache-control': 'no-store' },
  body: '',
});

const invalidToken = () => refusal(401, INVALID_TOKEN_CHALLENGE);

export async function userInfo(visit: Visit): Promise<WireResponse> {
  const { ctx, pool, request } = visit;
  if (request.method !== 'GET' && request.method !== 'POST') return refusal(400, INVALID_REQUEST_CHALLENGE);
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers['authorization'] ?? '');
  // [U] AWS documents 400 invalid_request for a bad request; a missing or non-Bearer Authorization header is one.
  if (!bearer) return refusal(400, INVALID_REQUEST_CHALLENGE);
  const iss = poolIssuer(pool);
  // The token must be this pool's: genuine (signed with its access key), unexpired at the cloud's clock, an access token.
  const verdict = await verifyJwt(bearer[1]!, [pool.keys.access], ctx.keyCache, ctx.now, { issuer: iss, tokenUse: 'access' });
  if (!verdict.ok) return invalidToken();
  const claims = verdict.payload;
  // Revoked by GlobalSignOut, RevokeToken or /oauth2/revoke.
  if (typeof claims['origin_jti'] === 'string' && lookup(pool.revokedOrigins, claims['origin_jti']) !== undefined) return invalidToken();
  const scopes = String(claims['scope'] ?? '').split(' ');
  // [U] A token without `openid` gets the same 401 as an invalid one (no insufficient_scope at this endpoint).
  if (!scopes.includes('openid')) return invalidToken();
  const user = findUser(pool, String(claims['username'] ?? ''));
  if (!user || user.sub !== claims['sub'] || !user.enabled) return invalidToken();
  const client = lookup(pool.clients, String(claims['client_id'] ?? ''));
  if (!client) return invalidToken();
  return jsonAnswer(200, userClaims(user, scopes, client.ReadAttributes));
}

const SCOPED: Record<string, string[]> = { email: ['email', 'email_verified'], phone: ['phone_number', 'phone_number_verified'] };

/**
 * The attributes the scopes open, as strings (`"email_verified": "true"`, as AWS answers), and `username`.
 * [U] `openid` alone or with `profile`: every attribute the app client may read; with `email` and/or `phone` but not
 * `profile`: only those scopes' attributes.
 */
function userClaims(user: UserRecord, scopes: string[], readable: string[] | undefined): Record<string, string> {
  const narrowed = !scopes.includes('profile') && (scopes.includes('email') || scopes.includes('phone'));
  const opened = new Set(scopes.flatMap((s) => SCOPED[s] ?? []));
  const claims: Record<string, string> = { sub: user.sub };
  for (const [name, value] of Object.entries(user.attributes)) {
    if (name === 'sub' || (readable && !readable.includes(name)) || (narrowed && !opened.has(name))) continue;
    claims[name] = value;
  }
  claims['username'] = user.username;
  return claims;
}
