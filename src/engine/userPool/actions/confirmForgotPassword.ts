import type { ActionContext } from '../lib/context';
import { CloudError } from '../../kernel/errors';
import { checkCode } from '../lib/codes';
import { checkPasswordPolicy, hashPassword } from '../lib/password';
import { getClient } from '../lib/pools';
import { countHourlyRequest } from '../lib/signInAttempts';
import { checkSecretHash } from '../lib/secretHash';
import { findUser, usernameClientNotFound } from '../lib/users';
import { USER_POOL_MESSAGES } from '../lib/messages';

export interface ConfirmForgotPasswordRequest {
  ClientId: string;
  Username: string;
  ConfirmationCode: string;
  Password: string;
  SecretHash?: string;
  ClientMetadata?: Record<string, string>;
}

export type ConfirmForgotPasswordResponse = Record<string, never>;

/**
 * ConfirmForgotPassword: the reset code from ForgotPassword (valid 1 hour, single use) lets the user set a new password that
 * meets the policy. The user ends up CONFIRMED and any sign-in lockout is lifted. With PreventUserExistenceErrors ENABLED,
 * unknown and disabled users get CodeMismatchException, as a wrong code would.
 */
export async function confirmForgotPassword(ctx: ActionContext, request: ConfirmForgotPasswordRequest): Promise<ConfirmForgotPasswordResponse> {
  const { pool, client } = getClient(ctx, request.ClientId);
  const user = findUser(pool, request.Username);
  await checkSecretHash(client, [request.Username, user?.username ?? request.Username], request.SecretHash);
  if (!user || !user.enabled) {
    if (client.PreventUserExistenceErrors === 'ENABLED') {
      throw new CloudError('CodeMismatchException', 'Invalid verification code provided, please try again.');
    }
    if (!user) throw usernameClientNotFound();
    throw new CloudError('NotAuthorizedException', USER_POOL_MESSAGES.userDisabled);
  }
  countHourlyRequest(ctx, user, 'ConfirmForgotPassword');
  checkPasswordPolicy(pool.settings.Policies.PasswordPolicy, request.Password, 'does not conform to');
  checkCode(ctx, user.forgotPasswordCode, request.ConfirmationCode);
  delete user.forgotPasswordCode;
  Object.assign(user, await hashPassword(ctx.random, request.Password));
  user.status = 'CONFIRMED';
  delete user.temporaryPasswordExpiresAt;
  // [U] The guide's lockout section names only two resets (a sign-in after the lock, 15 quiet minutes); lifting it on a reset is ours.
  user.failedSignIns = { count: 0, lastAttemptAt: 0, lockedUntil: 0 };
  user.modifiedAt = ctx.now;
  return {};
}
