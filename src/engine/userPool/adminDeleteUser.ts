import type { ActionContext } from '../context';
import { adminTarget } from './adminUsers';
import { revokeAllSignIns } from './revocation';
import { usernameKey } from './users';

export interface AdminDeleteUserRequest {
  UserPoolId: string;
  Username: string;
}

export type AdminDeleteUserResponse = Record<string, never>;

/**
 * AdminDeleteUser: removes a user from the pool for good. Their refresh tokens stop working and the pool's APIs
 * refuse their access tokens; a later user with the same username is a different user (new `sub`).
 */
export async function adminDeleteUser(ctx: ActionContext, request: AdminDeleteUserRequest): Promise<AdminDeleteUserResponse> {
  const { pool, user } = adminTarget(ctx, request.UserPoolId, request.Username);
  revokeAllSignIns(pool, user, ctx.now);
  for (const [token, record] of Object.entries(pool.refreshTokens)) {
    if (record.username === user.username) delete pool.refreshTokens[token];
  }
  for (const [id, session] of Object.entries(pool.sessions)) {
    if (session.username === user.username) delete pool.sessions[id];
  }
  delete pool.users[usernameKey(pool, user.username)];
  return {};
}
