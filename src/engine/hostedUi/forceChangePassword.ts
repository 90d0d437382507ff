/**
 * `/forceChangePassword`: the page a user created by an administrator (FORCE_CHANGE_PASSWORD) gets after signing in with the
 * temporary password: a new password, and any attribute the schema requires that the user lacks. It answers the pool's
 * NEW_PASSWORD_REQUIRED challenge (the Session in a hidden field, valid the client's AuthSessionValidity minutes, used once),
 * with the API's policy and errors; then the user is CONFIRMED, signed in, and sent back to the app.
 * [U] AWS's path for this page; the classic hosted UI's is not documented.
 */
import { isCloudError } from '../kernel/errors';
import { findChallengeSession, invalidSessionForUser, openChallenge } from '../userPool/lib/challengeSessions';
import { checkPasswordPolicy, hashPassword } from '../userPool/lib/password';
import { checkAttributes } from '../userPool/lib/schema';
import { findUser } from '../userPool/lib/users';
import type { UserPoolRecord, UserRecord } from '../userPool/model';
import type { WireResponse } from '../protocol/wire';
import type { Visit } from './endpoints';
import type { AuthorizeParams } from './lib/authorizeRequest';
import { cookieHeader } from './lib/cookies';
import { formEndpoint } from './lib/formEndpoint';
import { finishAuthorization } from './lib/grant';
import { loginPage } from './lib/loginForm';
import { formPage, type FormField } from './lib/pages';
import { startSession } from './lib/session';

const CHALLENGE = 'NEW_PASSWORD_REQUIRED';

/** Required attributes the user has no value for (`sub` is the pool's). */
function missingAttributes(pool: UserPoolRecord, user: UserRecord): string[] {
  return pool.settings.SchemaAttributes.filter((a) => a.Required && a.Name !== 'sub' && !user.attributes[a.Name]).map((a) => a.Name);
}

function newPasswordForm(visit: Visit, params: AuthorizeParams, user: UserRecord, session: string, error?: string): WireResponse {
  const attributes: FormField[] = missingAttributes(visit.pool, user).map((name) => ({ name, label: name, type: name === 'email' ? 'email' : 'text' }));
  return formPage(visit, {
    title: 'Change Password',
    path: '/forceChangePassword',
    query: params.query,
    fields: [
      { name: 'session', label: 'Session', type: 'hidden', value: session },
      { name: 'username', label: 'Username', type: 'hidden', value: user.username },
      { name: 'password', label: 'New password', type: 'password', autocomplete: 'new-password' },
      ...attributes,
    ],
    submit: 'Send',
    notice: 'Please enter a new password.',
    ...(error ? { error } : {}),
  });
}

/** The page `/login` answers for a FORCE_CHANGE_PASSWORD user whose temporary password was right: opens the challenge. */
export function forceChangePasswordPage(visit: Visit, params: AuthorizeParams, user: UserRecord): WireResponse {
  const session = openChallenge(visit.ctx, visit.pool, params.client, user, CHALLENGE);
  return newPasswordForm(visit, params, user, session);
}

export const forceChangePassword = formEndpoint('/forceChangePassword', {
  show(visit, params) {
    // Only a sign-in opens this page (it needs the challenge's Session): the sign-in form is where to start.
    return loginPage(visit, params, 'Sign in with your temporary password first.');
  },
  async submit(visit, params, form) {
    const { ctx, pool } = visit;
    const sessionValue = form.get('session') ?? '';
    const user = findUser(pool, form.get('username') ?? '');
    try {
      const session = findChallengeSession(ctx, pool, params.client, sessionValue, CHALLENGE);
      if (!user || user.username !== session.username) throw invalidSessionForUser();
      const password = form.get('password') ?? '';
      checkPasswordPolicy(pool.settings.Policies.PasswordPolicy, password, 'did not conform with');
      const given: Record<string, string> = {};
      for (const name of missingAttributes(pool, user)) if (form.get(name)) given[name] = form.get(name)!;
      checkAttributes(pool, given, false);
      const missing = missingAttributes(pool, { ...user, attributes: { ...user.attributes, ...given } });
      if (missing.length) return newPasswordForm(visit, params, user, sessionValue, `Invalid attributes given, ${missing.join(', ')} is missing`);
      session.used = true;
      Object.assign(user.attributes, given);
      Object.assign(user, await hashPassword(ctx.random, password));
      user.status = 'CONFIRMED';
      delete user.temporaryPasswordExpiresAt;
      user.modifiedAt = ctx.now;
      const started = startSession(visit, user);
      return finishAuthorization(visit, params, started.session, cookieHeader(started.cookie));
    } catch (error) {
      if (!isCloudError(error)) throw error;
      // An expired, used or another user's Session cannot be answered: the user signs in afresh.
      if (!user || (error.code !== 'InvalidPasswordException' && error.code !== 'InvalidParameterException')) return loginPage(visit, params, error.message);
      return newPasswordForm(visit, params, user, sessionValue, error.message);
    }
  },
});
