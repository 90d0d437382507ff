/**
 * The hosted UI's sign-in session: an opaque `cognito` cookie, valid 1 hour at the cloud's clock, that lets
 * `/oauth2/authorize` (and `/login`) skip the form. The pool keeps what the cookie stands for (`pool.hostedUi.sessions`).
 */
import { HOUR } from '../../kernel/clock';
import { lookup, store } from '../../kernel/records';
import type { HostedUiSession, UserRecord } from '../../userPool/model';
import { findUser } from '../../userPool/lib/users';
import type { Visit } from '../endpoints';
import { readCookies, SESSION_COOKIE, setCookie } from './cookies';

const SESSION_VALIDITY = 1 * HOUR;

/** The browser's session, if its cookie names one that has not expired and its user can still sign in. */
export function currentSession(visit: Visit): HostedUiSession | undefined {
  const value = readCookies(visit.request)[SESSION_COOKIE];
  if (!value) return undefined;
  const sessions = visit.pool.hostedUi.sessions;
  const session = lookup(sessions, value);
  if (!session) return undefined;
  if (visit.ctx.now >= session.expiresAt) {
    delete sessions[value];
    return undefined;
  }
  const user = findUser(visit.pool, session.username);
  // [U] A user disabled or deleted since signing in must sign in again (and is refused there).
  if (!user || !user.enabled) return undefined;
  return session;
}

/** Starts a session for a user who just signed in: the record, and the `Set-Cookie` that hands the browser its cookie. */
export function startSession(visit: Visit, user: UserRecord): { session: HostedUiSession; cookie: string } {
  const { ctx } = visit;
  const value = ctx.random.base64url(43);
  const session: HostedUiSession = { username: user.username, authTime: ctx.now, expiresAt: ctx.now + SESSION_VALIDITY };
  store(visit.pool.hostedUi.sessions, value, session);
  return { session, cookie: setCookie(SESSION_COOKIE, value, session.expiresAt) };
}
