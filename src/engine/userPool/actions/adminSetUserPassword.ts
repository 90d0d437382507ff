import type { ActionContext } from '../lib/context';
import { DAY } from '../../kernel/clock';
import { adminTarget, touch } from '../lib/adminTarget';
import { checkPasswordPolicy, hashPassword } from '../lib/password';

export interface AdminSetUserPasswordRequest {
  UserPoolId: string;
  Username: string;
  Password: string;
  Permanent?: boolean;
}

export type AdminSetUserPasswordResponse = Record<string, never>;

/**
 * AdminSetUserPassword: an administrator sets a user's password. `Permanent: true` makes the user CONFIRMED (even an
 * UNCONFIRMED or RESET_REQUIRED one); otherwise (the default) it is a temporary password and the user is
 * FORCE_CHANGE_PASSWORD until they answer NEW_PASSWORD_REQUIRED, within the pool's TemporaryPasswordValidityDays.
 * A weak password → `InvalidPasswordException: Password does not conform to policy: …`.
 * SIMPLIFIED: PasswordHistorySize is not enforced.
 */
export async function adminSetUserPassword(ctx: ActionContext, request: AdminSetUserPasswordRequest): Promise<AdminSetUserPasswordResponse> {
  const { pool, user } = adminTarget(ctx, request.UserPoolId, request.Username);
  const policy = pool.settings.Policies.PasswordPolicy;
  checkPasswordPolicy(policy, request.Password, 'does not conform to');
  Object.assign(user, await hashPassword(ctx.random, request.Password));
  if (request.Permanent === true) {
    user.status = 'CONFIRMED';
    delete user.temporaryPasswordExpiresAt;
    delete user.signUpCode;
  } else {
    user.status = 'FORCE_CHANGE_PASSWORD';
    user.temporaryPasswordExpiresAt = ctx.now + policy.TemporaryPasswordValidityDays * DAY;
  }
  touch(ctx, user);
  return {};
}
