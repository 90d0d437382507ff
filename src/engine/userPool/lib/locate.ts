import { lookup } from '../../kernel/records';
import { peekClaims } from '../../tokens/peek';
import type { UserPoolsState } from '../model';

/**
 * The region a cognito-idp request is for when nothing in it says so. At AWS the host names the region; at one local
 * address an unsigned call (SignUp, ConfirmSignUp, InitiateAuth… carry no SigV4 scope) names only its pool, client or
 * token, and those live in exactly one region: a pool id begins with it, an access token's issuer names it, and a
 * client id or refresh token is found where it was made.
 */
export function locateUserPoolRequest(request: unknown, regions: Record<string, UserPoolsState>): string | undefined {
  if (typeof request !== 'object' || request === null) return undefined;
  const r = request as Record<string, unknown>;
  if (typeof r['UserPoolId'] === 'string' && r['UserPoolId'].includes('_')) return r['UserPoolId'].slice(0, r['UserPoolId'].indexOf('_'));
  if (typeof r['AccessToken'] === 'string') {
    const iss = peekClaims(r['AccessToken'])?.iss;
    const region = typeof iss === 'string' ? /^https:\/\/[a-z-]+\.([a-z0-9-]+)\.amazonaws\.com\//.exec(iss)?.[1] : undefined;
    if (region) return region;
  }
  const parameters = r['AuthParameters'] as Record<string, unknown> | undefined;
  const refreshToken = typeof r['Token'] === 'string' ? r['Token'] : parameters?.['REFRESH_TOKEN'];
  for (const [region, state] of Object.entries(regions)) {
    for (const pool of Object.values(state.pools)) {
      if (typeof r['ClientId'] === 'string' && lookup(pool.clients, r['ClientId'])) return region;
      if (typeof refreshToken === 'string' && lookup(pool.refreshTokens, refreshToken)) return region;
    }
  }
  return undefined;
}
