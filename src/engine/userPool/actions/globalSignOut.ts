import type { ActionContext } from '../lib/context';
import { authorizeAccessToken } from '../lib/accessToken';
import { revokeAllSignIns } from '../lib/revocation';

export interface GlobalSignOutRequest {
  AccessToken: string;
}

export type GlobalSignOutResponse = Record<string, never>;

/**
 * GlobalSignOut: signs the user out everywhere. Every refresh token they hold stops working, and the pool refuses their
 * access tokens (`Access Token has been revoked`). The tokens still verify elsewhere (an API that checks signatures) until they expire.
 */
export async function globalSignOut(ctx: ActionContext, request: GlobalSignOutRequest): Promise<GlobalSignOutResponse> {
  const { pool, user, claims } = await authorizeAccessToken(ctx, request.AccessToken);
  revokeAllSignIns(pool, user, ctx.now);
  // The token used here may come from a sign-in without a refresh token; it is signed out too.
  if (typeof claims['origin_jti'] === 'string') pool.revokedOrigins[claims['origin_jti']] = ctx.now;
  return {};
}
