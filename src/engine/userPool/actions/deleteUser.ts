import type { ActionContext } from '../lib/context';
import { authorizeAccessToken } from '../lib/accessToken';
import { removeUser } from '../lib/revocation';
import { usernameKey } from '../lib/users';

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
  removeUser(pool, user, usernameKey(pool, user.username));
  return {};
}
