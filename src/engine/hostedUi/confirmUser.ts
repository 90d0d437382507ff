/**
 * `/confirmUser`: the code page after a sign-up (or a sign-in of an unconfirmed user). POST runs ConfirmSignUp itself
 * (its codes, limits and errors), then signs the user in and sends the browser back to the app.
 */
import { findUser } from '../userPool/lib/users';
import type { WireResponse } from '../protocol/wire';
import type { Visit } from './endpoints';
import type { AuthorizeParams } from './lib/authorizeRequest';
import { cookieHeader } from './lib/cookies';
import { deliveryNotice } from './lib/delivery';
import { formEndpoint, pageUsername } from './lib/formEndpoint';
import { finishAuthorization } from './lib/grant';
import { formPage } from './lib/pages';
import { runPoolAction } from './lib/poolActions';
import { pageUrl, redirect } from './lib/redirect';
import { startSession } from './lib/session';
import { withUsername } from './lib/loginForm';

function confirmPage(visit: Visit, params: AuthorizeParams, username: string, error?: string, notice?: string): WireResponse {
  const query = username ? withUsername(params.query, username) : params.query;
  return formPage(visit, {
    title: 'Confirm your account',
    path: '/confirmUser',
    query,
    fields: [
      username
        ? { name: 'username', label: 'Username', type: 'hidden', value: username }
        : { name: 'username', label: 'Username', type: 'text', autocomplete: 'username' },
      { name: 'code', label: 'Verification code', type: 'text', autocomplete: 'one-time-code' },
    ],
    submit: 'Confirm account',
    ...(error ? { error } : {}),
    alternative: { value: 'resend', text: 'Resend code' },
    notice: notice ?? deliveryNotice(visit, username, 'SignUp', 'confirm your account'),
    links: [{ path: '/login', text: 'Sign in' }],
  });
}

export const confirmUser = formEndpoint('/confirmUser', {
  show(visit, params) {
    return confirmPage(visit, params, pageUsername(visit));
  },
  async submit(visit, params, form) {
    const username = pageUsername(visit, form);
    if (form.get('action') === 'resend') {
      // ResendConfirmationCode, with its hourly limit and errors.
      const sent = await runPoolAction(visit, params.client, username, 'ResendConfirmationCode', { Username: username });
      if (!sent.ok) return confirmPage(visit, params, username, sent.message);
      return confirmPage(
        visit,
        params,
        username,
        undefined,
        deliveryNotice(visit, username, 'SignUp', 'confirm your account').replace('We have sent a code', 'We have sent a new code'),
      );
    }
    const result = await runPoolAction(visit, params.client, username, 'ConfirmSignUp', { Username: username, ConfirmationCode: form.get('code') ?? '' });
    if (!result.ok) return confirmPage(visit, params, username, result.message);
    const user = findUser(visit.pool, username);
    // [U] The hosted UI signs the user in once the sign-up code is confirmed, and goes on to the app.
    // SIMPLIFIED: it does not check that the browser confirming is the one that signed up (or signed in): the code, sent to
    // the user's address, is the proof.
    if (!user || !user.enabled) return redirect(pageUrl('/login', params.query));
    const { session, cookie } = startSession(visit, user);
    return finishAuthorization(visit, params, session, cookieHeader(cookie));
  },
});
