/**
 * The hosted UI's password sign-in: the pool's own checks, in the order InitiateAuth's USER_PASSWORD_AUTH makes them (user,
 * enabled, not awaiting a reset, the password with its lockout, then confirmed and not owing a new password). The hosted UI
 * needs no ExplicitAuthFlows and no SECRET_HASH: it is Cognito's own page. It does not offer CUSTOM_AUTH.
 */
import { isCloudError } from '../../kernel/errors';
import type { UserPoolRecord, UserRecord } from '../../userPool/model';
import { USER_POOL_MESSAGES } from '../../userPool/lib/messages';
import { checkSignInPassword } from '../../userPool/lib/signInAttempts';
import { findUser } from '../../userPool/lib/users';
import type { UserPoolClientRecord } from '../../userPool/model';
import type { Visit } from '../endpoints';

export type SignInOutcome =
  | { kind: 'signedIn'; user: UserRecord }
  /** The password was right but the user has not confirmed the sign-up code yet. */
  | { kind: 'unconfirmed'; user: UserRecord }
  /** An administrator created the user with a temporary password: a new one must be chosen. */
  | { kind: 'newPasswordRequired'; user: UserRecord }
  /** The pool requires MFA. */
  | { kind: 'mfaRequired'; user: UserRecord }
  | { kind: 'resetRequired' }
  /** Refused, with the words the page shows (the API's messages). */
  | { kind: 'refused'; message: string };

/** Signs a user in with what the form sent; never throws. */
export async function signInOnPage(visit: Visit, pool: UserPoolRecord, client: UserPoolClientRecord, typed: string, password: string): Promise<SignInOutcome> {
  const hide = client.PreventUserExistenceErrors === 'ENABLED';
  const user = typed ? findUser(pool, typed) : undefined;
  if (!user) return { kind: 'refused', message: hide ? USER_POOL_MESSAGES.incorrectCredentials : 'User does not exist.' };
  if (!user.enabled) return { kind: 'refused', message: USER_POOL_MESSAGES.userDisabled };
  if (user.status === 'RESET_REQUIRED') {
    return hide ? { kind: 'refused', message: USER_POOL_MESSAGES.incorrectCredentials } : { kind: 'resetRequired' };
  }
  try {
    await checkSignInPassword(visit.ctx, user, password);
  } catch (error) {
    return { kind: 'refused', message: isCloudError(error) ? error.message : USER_POOL_MESSAGES.incorrectCredentials };
  }
  if (user.status === 'UNCONFIRMED') return { kind: 'unconfirmed', user };
  if (user.status === 'FORCE_CHANGE_PASSWORD') {
    if (user.temporaryPasswordExpiresAt !== undefined && visit.ctx.now > user.temporaryPasswordExpiresAt) {
      return { kind: 'refused', message: USER_POOL_MESSAGES.temporaryPasswordExpired };
    }
    return { kind: 'newPasswordRequired', user };
  }
  if (pool.settings.MfaConfiguration === 'ON') return { kind: 'mfaRequired', user };
  return { kind: 'signedIn', user };
}
