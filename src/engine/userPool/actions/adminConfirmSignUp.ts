import type { ActionContext } from '../lib/context';
import { CloudError } from '../../kernel/errors';
import { adminTarget, touch } from '../lib/adminTarget';

export interface AdminConfirmSignUpRequest {
  UserPoolId: string;
  Username: string;
  ClientMetadata?: Record<string, string>;
}

export type AdminConfirmSignUpResponse = Record<string, never>;

/**
 * AdminConfirmSignUp: an administrator confirms an UNCONFIRMED user without a code. Unlike ConfirmSignUp it does not
 * verify the email or phone number: `email_verified` stays as it was. Any other status →
 * `NotAuthorizedException: User cannot be confirmed. Current status is <status>`.
 */
export async function adminConfirmSignUp(ctx: ActionContext, request: AdminConfirmSignUpRequest): Promise<AdminConfirmSignUpResponse> {
  const { user } = adminTarget(ctx, request.UserPoolId, request.Username);
  if (user.status !== 'UNCONFIRMED') {
    throw new CloudError('NotAuthorizedException', `User cannot be confirmed. Current status is ${user.status}`);
  }
  user.status = 'CONFIRMED';
  delete user.signUpCode;
  touch(ctx, user);
  return {};
}
