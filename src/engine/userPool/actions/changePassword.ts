import type { ActionContext } from '../lib/context';
import { CloudError } from '../../kernel/errors';
import { authorizeAccessToken } from '../lib/accessToken';
import { checkPasswordPolicy, hashPassword } from '../lib/password';
import { checkSignInPassword, countHourlyRequest } from '../lib/signInAttempts';

export interface ChangePasswordRequest {
  AccessToken: string;
  PreviousPassword?: string;
  ProposedPassword: string;
}

/** Our answer to ChangePassword without PreviousPassword: a password change without the current one is not simulated. */
export const CHANGE_WITHOUT_PREVIOUS_PASSWORD_NOT_SIMULATED =
  'ChangePassword without PreviousPassword (for users who signed in without a password) is not simulated by this simulator. Send PreviousPassword.';

export type ChangePasswordResponse = Record<string, never>;

/**
 * ChangePassword: the signed-in user replaces their password, proving they know the current one
 * (wrong → `NotAuthorizedException: Incorrect username or password.`, counted towards the sign-in lockout).
 * The new one must meet the pool's policy (`Password does not conform to policy: …`). Existing tokens stay valid.
 */
export async function changePassword(ctx: ActionContext, request: ChangePasswordRequest): Promise<ChangePasswordResponse> {
  const { pool, user } = await authorizeAccessToken(ctx, request.AccessToken);
  // SIMPLIFIED: AWS's model makes PreviousPassword optional for users of passwordless sign-in, which is not simulated;
  // what AWS answers otherwise is undocumented [U], so we say plainly what is missing.
  if (request.PreviousPassword === undefined) throw new CloudError('InvalidParameterException', CHANGE_WITHOUT_PREVIOUS_PASSWORD_NOT_SIMULATED);
  countHourlyRequest(ctx, user, 'ChangePassword');
  checkPasswordPolicy(pool.settings.Policies.PasswordPolicy, request.ProposedPassword, 'does not conform to');
  await checkSignInPassword(ctx, user, request.PreviousPassword);
  Object.assign(user, await hashPassword(ctx.random, request.ProposedPassword));
  user.modifiedAt = ctx.now;
  return {};
}
