/**
 * Reading a bearer access token (RFC 6750 §2.1) the provider issued, and the userinfo endpoint (OIDC Core §5.3): the
 * claims the token's scopes allow, as JSON. A missing, unknown, revoked or expired token gets the provider's refusal.
 */
import type { WireResponse } from '../../protocol/wire';
import type { IdpUser } from '../fixtures';
import { scopedClaims } from './idToken';
import type { IdpToken } from './model';
import type { IdpVisit } from './provider';
import { jsonAnswer } from './token';

/** The live access token the request carries, and its user; undefined when there is none that the provider accepts. */
export function bearerGrant(visit: IdpVisit): { token: IdpToken; user: IdpUser } | undefined {
  const header = visit.request.headers['authorization'];
  const found = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  const token = found ? visit.ctx.state.accessTokens[found[1]!] : undefined;
  if (!token || token.revoked || (token.expiresAt ?? Infinity) <= visit.ctx.now) return undefined;
  const user = visit.provider.users.find((u) => u.sub === token.sub);
  return user ? { token, user } : undefined;
}

export function userInfo(visit: IdpVisit): WireResponse {
  if (visit.request.method !== 'GET' && visit.request.method !== 'POST') {
    return jsonAnswer(405, { error: 'invalid_request', error_description: 'The userinfo endpoint answers GET and POST.' }, { allow: 'GET, POST' });
  }
  const grant = bearerGrant(visit);
  if (!grant) return visit.provider.bearerRefused(visit.request);
  return jsonAnswer(200, { sub: grant.user.sub, ...scopedClaims(grant.user, grant.token.scopes) });
}
