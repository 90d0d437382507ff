import type { ActionContext } from './context';
import { MINUTE, SECOND } from '../clock';
import { CloudError } from '../errors';
import type { UserRecord } from './model';
import { passwordMatches } from './password';

const FREE_ATTEMPTS = 5;
const MAX_LOCK = 15 * MINUTE;
const IDLE_RESET = 15 * MINUTE;

/**
 * Checks a password with Cognito's lockout: after 5 failures each further failure locks the user for 2^(n−5) s (at most ~15 min);
 * attempts while locked get `NotAuthorizedException: Password attempts exceeded` and do not extend the lock;
 * 15 quiet minutes forget earlier failures.
 */
export async function checkSignInPassword(ctx: ActionContext, user: UserRecord, password: string): Promise<void> {
  const attempts = user.failedSignIns;
  if (ctx.now < attempts.lockedUntil) throw new CloudError('NotAuthorizedException', 'Password attempts exceeded');
  if (attempts.count > 0 && ctx.now - attempts.lastFailureAt >= IDLE_RESET) attempts.count = 0;
  if (await passwordMatches(user, password)) {
    user.failedSignIns = { count: 0, lastFailureAt: 0, lockedUntil: 0 };
    return;
  }
  attempts.count += 1;
  attempts.lastFailureAt = ctx.now;
  if (attempts.count >= FREE_ATTEMPTS) {
    attempts.lockedUntil = ctx.now + Math.min(2 ** (attempts.count - FREE_ATTEMPTS) * SECOND, MAX_LOCK);
  }
  throw new CloudError('NotAuthorizedException', 'Incorrect username or password.');
}
