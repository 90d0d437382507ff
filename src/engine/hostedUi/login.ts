/**
 * `/login`: the hosted UI's sign-in page. GET shows the form (a live session skips it); POST checks the CSRF token, signs in
 * with the pool's password check and lockout, and on success starts a session (`cognito` cookie, 1 hour) and sends the
 * browser back to the app with a code or tokens.
 */
import type { WireResponse } from '../protocol/wire';
import type { Visit } from './endpoints';
import type { AuthorizeParams } from './lib/authorizeRequest';
import { cookieHeader } from './lib/cookies';
import { forceChangePasswordPage } from './forceChangePassword';
import { finishAuthorization } from './lib/grant';
import { loginPage, withUsername } from './lib/loginForm';
import { formEndpoint } from './lib/formEndpoint';
import { offersPasswordSignIn } from './lib/providerButtons';
import { messagePage } from './lib/pages';
import { runPoolAction } from './lib/poolActions';
import { pageUrl, redirect } from './lib/redirect';
import { currentSession, startSession } from './lib/session';
import { signInOnPage } from './lib/signIn';

export const login = formEndpoint('/login', {
  show(visit, params) {
    const session = currentSession(visit);
    if (session) return finishAuthorization(visit, params, session);
    return loginPage(visit, params);
  },
  submit(visit, params, form) {
    // [U] A password posted for a client that may only use external providers: the page again, with AWS's words for a
    // login option the client lacks.
    if (!offersPasswordSignIn(visit, params)) return Promise.resolve(loginPage(visit, params, 'Login option is not available. Please try another one'));
    return signInAndFinish(visit, params, form.get('username') ?? '', form.get('password') ?? '');
  },
});

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
      await runPoolAction(visit, params.client, typed, 'ResendConfirmationCode', { Username: typed });
      return redirect(pageUrl('/confirmUser', withUsername(params.query, typed)));
    }
    case 'newPasswordRequired':
      return forceChangePasswordPage(visit, params, outcome.user);
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
