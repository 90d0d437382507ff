import type { ActionContext } from '../lib/context';
import { adminTarget } from '../lib/adminTarget';
import { revokeAllSignIns } from '../lib/revocation';

export interface AdminUserGlobalSignOutRequest {
  UserPoolId: string;
  Username: string;
}

export type AdminUserGlobalSignOutResponse = Record<string, never>;

/**
 * AdminUserGlobalSignOut: signs a user out everywhere. Every refresh token they hold is revoked, and the pool's APIs
 * refuse the access tokens from those sign-ins. ID and access tokens still verify elsewhere until they expire.
 */
export async function adminUserGlobalSignOut(ctx: ActionContext, request: AdminUserGlobalSignOutRequest): Promise<AdminUserGlobalSignOutResponse> {
  const { pool, user } = adminTarget(ctx, request.UserPoolId, request.Username);
  revokeAllSignIns(pool, user, ctx.now);
  return {};
}
