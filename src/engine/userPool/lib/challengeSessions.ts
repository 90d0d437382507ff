import { lookup } from '../../kernel/records';
import { MINUTE } from '../../kernel/clock';
import type { ActionContext } from './context';
import { CloudError } from '../../kernel/errors';
import type { ChallengeSession, UserPoolClientRecord, UserPoolRecord, UserRecord } from '../model';
import { USER_POOL_MESSAGES } from './messages';

/**
 * Opens a challenge and returns its opaque `Session`: valid for the client's AuthSessionValidity minutes (3 by default),
 * answerable once, by the same client, for the same challenge.
 */
export function openChallenge(ctx: ActionContext, pool: UserPoolRecord, client: UserPoolClientRecord, user: UserRecord, challengeName: string): string {
  const session = ctx.random.session();
  pool.sessions[session] = {
    session,
    username: user.username,
    clientId: client.ClientId,
    challengeName,
    expiresAt: ctx.now + client.AuthSessionValidity * MINUTE,
    used: false,
  };
  return session;
}

/**
 * Finds the challenge a `Session` stands for, as AWS checks it:
 * unknown or past its time → `Invalid session for the user, session is expired.`;
 * already answered → `Invalid session for the user, session can only be used once.`;
 * another client's or another challenge's → `Invalid session provided for the user.`
 * The caller marks it used once the answer succeeds.
 */
export function findChallengeSession(
  ctx: ActionContext,
  pool: UserPoolRecord,
  client: UserPoolClientRecord,
  session: string | undefined,
  challengeName: string,
): ChallengeSession {
  const record = session ? lookup(pool.sessions, session) : undefined;
  if (!record) throw sessionExpired();
  if (record.used) throw new CloudError('NotAuthorizedException', USER_POOL_MESSAGES.sessionUsed);
  if (ctx.now > record.expiresAt) throw sessionExpired();
  if (record.clientId !== client.ClientId || record.challengeName !== challengeName) throw invalidSessionForUser();
  return record;
}

function sessionExpired(): CloudError {
  return new CloudError('NotAuthorizedException', USER_POOL_MESSAGES.sessionExpired);
}

/** What AWS answers when a Session is genuine but belongs to another user, client or challenge. */
export function invalidSessionForUser(): CloudError {
  return new CloudError('NotAuthorizedException', USER_POOL_MESSAGES.sessionInvalid);
}
