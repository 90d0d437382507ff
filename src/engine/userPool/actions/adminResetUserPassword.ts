import type { ActionContext } from '../lib/context';
import { CloudError } from '../../kernel/errors';
import { adminTarget, touch } from '../lib/adminTarget';
import { CODE_VALIDITY, sendCode } from '../lib/codes';

export interface AdminResetUserPasswordRequest {
  UserPoolId: string;
  Username: string;
  ClientMetadata?: Record<string, string>;
}

export type AdminResetUserPasswordResponse = Record<string, never>;

/**
 * AdminResetUserPassword: the administrative ForgotPassword. The user's password stops working (status RESET_REQUIRED;
 * sign-in answers `PasswordResetRequiredException`), and, if they have a verified email or phone number, a reset code
 * valid for 1 hour goes there, to be used with ConfirmForgotPassword.
 * A user still on a temporary password (FORCE_CHANGE_PASSWORD) → `NotAuthorizedException: User password cannot be reset in the current state.` [O]
 * [U] Without a verified channel we follow the API reference (status changes, no message); some reports say AWS then answers
 * `InvalidParameterException: Cannot reset password for the user as there is no registered/verified email or phone_number`.
 */
export async function adminResetUserPassword(ctx: ActionContext, request: AdminResetUserPasswordRequest): Promise<AdminResetUserPasswordResponse> {
  const { pool, user } = adminTarget(ctx, request.UserPoolId, request.Username);
  if (user.status === 'FORCE_CHANGE_PASSWORD') {
    throw new CloudError('NotAuthorizedException', 'User password cannot be reset in the current state.');
  }
  user.status = 'RESET_REQUIRED';
  const sent = sendCode(ctx, pool, user, 'ForgotPassword', CODE_VALIDITY.forgotPassword);
  if (sent) user.forgotPasswordCode = sent.pending;
  touch(ctx, user);
  return {};
}
