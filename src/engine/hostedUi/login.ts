/**
 * `/login`: the hosted UI's sign-in page. GET shows the form (a live session skips it); POST checks the CSRF token, signs in
 * with the pool's password check and lockout, and on success starts a session (`cognito` cookie, 1 hour) and sends the
 * browser back to the app with a code or tokens.
 */
import { resendConfirmationCode } from '../userPool/actions/resendConfirmationCode';
import type { WireResponse } from '../protocol/wire';
import type { Visit } from './endpoints';
import { checkAuthorizeRequest, type AuthorizeParams } from './lib/authorizeRequest';
import { cookieHeader } from './lib/cookies';
import { csrfMatches, readForm } from './lib/csrf';
import { finishAuthorization } from './lib/grant';
import { csrfRefused, formPage, messagePage } from './lib/pages';
import { runPoolAction } from './lib/poolActions';
import { pageUrl, redirect } from './lib/redirect';
import { currentSession, startSession } from './lib/session';
import { signInOnPage } from './lib/signIn';

/** The sign-in form, with the other pages' links; `error` from the last attempt. */
export function loginPage(visit: Visit, params: AuthorizeParams, error?: string, username = '', notice?: string): WireResponse {
  const selfSignUp = !visit.pool.settings.AdminCreateUserConfig.AllowAdminCreateUserOnly;
  return formPage(visit, {
    title: 'Sign in with your username and password',
    path: '/login',
    query: params.query,
    fields: [
      { name: 'username', label: 'Username', type: 'text', value: username, autocomplete: 'username' },
      { name: 'password', label: 'Password', type: 'password', autocomplete: 'current-password' },
    ],
    submit: 'Sign in',
    ...(error ? { error } : {}),
    ...(notice ? { notice } : {}),
    links: [{ path: '/forgotPassword', text: 'Forgot your password?' }, ...(selfSignUp ? [{ path: '/signup', text: 'Need an account? Sign up' }] : [])],
  });
}

export async function login(visit: Visit): Promise<WireResponse> {
  const { request } = visit;
  const check = checkAuthorizeRequest(visit, request.url.searchParams);
  if (!check.ok) return check.response;
  const { params } = check;
  if (request.method === 'GET') {
    const session = currentSession(visit);
    if (session) return finishAuthorization(visit, params, session);
    return loginPage(visit, params);
  }
  if (request.method !== 'POST') return messagePage(visit, 405, 'Method not allowed', '/login answers GET and POST.');
  const form = readForm(visit);
  if (!csrfMatches(visit, form)) return csrfRefused(visit);
  const typed = form.get('username') ?? '';
  return signInAndFinish(visit, params, typed, form.get('password') ?? '');
}

/**
 * Signs in with a username and password and finishes the authorization, or answers the page the outcome needs. Shared by
 * `/login` and the pages that end with a sign-in (a confirmed password reset).
 */
export async function signInAndFinish(visit: Visit, params: AuthorizeParams, typed: string, password: string): Promise<WireResponse> {
  const outcome = await signInOnPage(visit, visit.pool, params.client, typed, password);
  switch (outcome.kind) {
    case 'refused':
      // [U] The page is shown again with the error, status 200.
      return loginPage(visit, params, outcome.message, typed);
    case 'resetRequired':
      return messagePage(
        visit,
        200,
        'Password reset required',
        'Password reset required for the user. Reset your password to sign in.',
        [{ path: '/forgotPassword', text: 'Reset my password' }],
        params.query,
      );
    case 'unconfirmed': {
      // [U] The hosted UI sends a new code to an unconfirmed user who signs in, and asks for it.
      await runPoolAction(visit, params.client, typed, resendConfirmationCode, { Username: typed });
      return redirect(pageUrl('/confirmUser', withUsername(params.query, typed)));
    }
    case 'newPasswordRequired':
      // SIMPLIFIED: the hosted UI's new-password page is not simulated yet.
      return messagePage(
        visit,
        200,
        'Change your password',
        'This user must choose a new password (FORCE_CHANGE_PASSWORD). The hosted UI’s new-password page comes later in the simulator: set the password with RespondToAuthChallenge or AdminSetUserPassword, then sign in again.',
      );
    case 'mfaRequired':
      // SIMPLIFIED: the MFA pages come with the MFA issue.
      return messagePage(
        visit,
        200,
        'Multi-factor authentication',
        'This user pool requires MFA. The hosted UI’s MFA pages are not simulated yet; they come later in the simulator.',
      );
    case 'signedIn': {
      const { session, cookie } = startSession(visit, outcome.user);
      return finishAuthorization(visit, params, session, cookieHeader(cookie));
    }
  }
}

/** The OAuth query with the page's `username` added. */
export function withUsername(query: string, username: string): string {
  const next = new URLSearchParams(query);
  next.set('username', username);
  return next.toString();
}
