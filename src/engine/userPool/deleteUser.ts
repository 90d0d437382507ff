import type { ActionContext } from '../context';
import { authorizeAccessToken } from './accessToken';
import { usernameKey } from './users';

export interface DeleteUserRequest {
  AccessToken: string;
}

export type DeleteUserResponse = Record<string, never>;

/**
 * DeleteUser: the signed-in user deletes their own account. Their refresh tokens stop working (`Invalid Refresh Token`), and
 * the pool answers their old access token with `UserNotFoundException: User does not exist.` [O]; elsewhere it verifies until it expires.
 */
export async function deleteUser(ctx: ActionContext, request: DeleteUserRequest): Promise<DeleteUserResponse> {
  const { pool, user } = await authorizeAccessToken(ctx, request.AccessToken);
  // Not revokedOrigins: AWS then reports the user as gone rather than the token as revoked. The refresh tokens and any
  // challenge sessions go with the account, so a later user with the same username inherits nothing.
  for (const [token, record] of Object.entries(pool.refreshTokens)) {
    if (record.username === user.username) delete pool.refreshTokens[token];
  }
  for (const [id, session] of Object.entries(pool.sessions)) {
    if (session.username === user.username) delete pool.sessions[id];
  }
  delete pool.users[usernameKey(pool, user.username)];
  return {};
}
