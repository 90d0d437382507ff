import type { ActionContext } from '../context';
import { authorizeAccessToken } from './accessToken';
import { checkPasswordPolicy, hashPassword } from './password';
import { checkSignInPassword, countHourlyRequest } from './signInAttempts';

export interface ChangePasswordRequest {
  AccessToken: string;
  PreviousPassword: string;
  ProposedPassword: string;
}

export type ChangePasswordResponse = Record<string, never>;

/**
 * ChangePassword: the signed-in user replaces their password, proving they know the current one
 * (wrong → `NotAuthorizedException: Incorrect username or password.`, counted towards the sign-in lockout).
 * The new one must meet the pool's policy (`Password does not conform to policy: …`). Existing tokens stay valid.
 */
export async function changePassword(ctx: ActionContext, request: ChangePasswordRequest): Promise<ChangePasswordResponse> {
  const { pool, user } = await authorizeAccessToken(ctx, request.AccessToken);
  countHourlyRequest(ctx, user, 'ChangePassword');
  checkPasswordPolicy(pool.settings.Policies.PasswordPolicy, request.ProposedPassword, 'does not conform to');
  await checkSignInPassword(ctx, user, request.PreviousPassword);
  Object.assign(user, await hashPassword(ctx.random, request.ProposedPassword));
  user.modifiedAt = ctx.now;
  return {};
}
