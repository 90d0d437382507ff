import type { ActionContext } from '../lib/context';
import { adminTarget } from '../lib/adminTarget';
import { removeUser } from '../lib/revocation';
import { usernameKey } from '../lib/users';

export interface AdminDeleteUserRequest {
  UserPoolId: string;
  Username: string;
}

export type AdminDeleteUserResponse = Record<string, never>;

/**
 * AdminDeleteUser: removes a user from the pool for good. Their refresh tokens stop working, the pool answers their old access
 * token with `UserNotFoundException`, and a later user with the same username is a different user (new `sub`).
 */
export async function adminDeleteUser(ctx: ActionContext, request: AdminDeleteUserRequest): Promise<AdminDeleteUserResponse> {
  const { pool, user } = adminTarget(ctx, request.UserPoolId, request.Username);
  removeUser(pool, user, usernameKey(pool, user.username));
  return {};
}
