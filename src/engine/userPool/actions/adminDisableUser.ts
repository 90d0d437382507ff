import type { ActionContext } from '../lib/context';
import { adminTarget, touch } from '../lib/adminTarget';
import { revokeAllSignIns } from '../lib/revocation';

export interface AdminDisableUserRequest {
  UserPoolId: string;
  Username: string;
}

export type AdminDisableUserResponse = Record<string, never>;

/**
 * AdminDisableUser: deactivates a user and revokes all their access tokens. A disabled user cannot sign in
 * (`NotAuthorizedException: User is disabled.`) but still appears in AdminGetUser and ListUsers.
 * AWS documents revoking the access tokens; we revoke the user's sign-ins (refresh tokens with their access tokens),
 * since a refresh token would otherwise mint access tokens that AWS says are revoked.
 */
export async function adminDisableUser(ctx: ActionContext, request: AdminDisableUserRequest): Promise<AdminDisableUserResponse> {
  const { pool, user } = adminTarget(ctx, request.UserPoolId, request.Username);
  user.enabled = false;
  revokeAllSignIns(pool, user, ctx.now);
  touch(ctx, user);
  return {};
}
