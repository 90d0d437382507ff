import type { ActionContext } from './context';
import { HOUR, MINUTE, SECOND } from '../../kernel/clock';
import { CloudError } from '../../kernel/errors';
import type { HourlyLimitedAction, UserRecord } from '../model';
import { passwordMatches } from './password';
import { USER_POOL_MESSAGES } from './messages';

const FREE_ATTEMPTS = 5;
const MAX_LOCK = 15 * MINUTE;
const IDLE_RESET = 15 * MINUTE;

/**
 * Checks a password with Cognito's lockout, as the developer guide states it (authentication, "Lockout behavior for failed
 * sign-in attempts"): for a cumulative number n of failed attempts, from the fifth on the user is locked for 2^(n−5) s, "up to a
 * maximum of approximately 15 minutes"; attempts during a lock get `NotAuthorizedException: Password attempts exceeded`, are not
 * counted in n and don't extend the lock; n returns to 0 after a successful sign-in once the lock has expired, or when the user
 * does "not initiate any sign-in attempts for 15 consecutive minutes".
 */
export async function checkSignInPassword(ctx: ActionContext, user: UserRecord, password: string): Promise<void> {
  const attempts = user.failedSignIns;
  // [U] The guide's "not initiate any sign-in attempts" is read literally: an attempt refused during a lock is still an attempt,
  // so it restarts the 15 quiet minutes (it leaves n and the lock alone). Records from older snapshots lack lastAttemptAt.
  const lastAttemptAt = attempts.lastAttemptAt ?? 0;
  attempts.lastAttemptAt = ctx.now;
  if (ctx.now < attempts.lockedUntil) throw new CloudError('NotAuthorizedException', USER_POOL_MESSAGES.passwordAttemptsExceeded);
  // [U] The guide describes both resets "after a lockout"; we apply them before one too (fewer than five failures).
  if (attempts.count > 0 && ctx.now - lastAttemptAt >= IDLE_RESET) attempts.count = 0;
  if (await passwordMatches(user, password)) {
    user.failedSignIns = { count: 0, lastAttemptAt: ctx.now, lockedUntil: 0 };
    return;
  }
  attempts.count += 1;
  if (attempts.count >= FREE_ATTEMPTS) {
    attempts.lockedUntil = ctx.now + Math.min(2 ** (attempts.count - FREE_ATTEMPTS) * SECOND, MAX_LOCK);
  }
  throw new CloudError('NotAuthorizedException', USER_POOL_MESSAGES.incorrectCredentials);
}

/** Requests per user per hour each limited action accepts (developer guide, quotas: "maximum number of … calls per user"). */
export const HOURLY_LIMITS: Record<HourlyLimitedAction, number> = {
  ConfirmSignUp: 15,
  ResendConfirmationCode: 5,
  ConfirmForgotPassword: 20,
  ChangePassword: 5,
  GetUserAttributeVerificationCode: 5,
  VerifyUserAttribute: 15,
};

/**
 * Counts a request towards the user's hourly limit for the action, or refuses it with
 * `LimitExceededException: Attempt limit exceeded, please try after some time.` ([O] wording).
 * The guide counts "requests per user per hour", so successful and failed requests both count; a refused request does not [U].
 * SIMPLIFIED: the hour is a rolling window over the injected clock (AWS does not say whether it is rolling or fixed [U]);
 * the counters live on the user record as epoch-ms timestamps so snapshots keep them.
 */
export function countHourlyRequest(ctx: ActionContext, user: UserRecord, action: HourlyLimitedAction): void {
  // Records restored from snapshots taken before these counters existed have none.
  const requests = (user.hourlyRequests ??= {});
  const recent = (requests[action] ?? []).filter((at) => ctx.now - at < HOUR);
  if (recent.length >= HOURLY_LIMITS[action]) {
    requests[action] = recent;
    throw new CloudError('LimitExceededException', USER_POOL_MESSAGES.attemptLimitExceeded);
  }
  requests[action] = [...recent, ctx.now];
}
