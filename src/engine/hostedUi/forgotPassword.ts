/**
 * `/forgotPassword`: asks for the username and runs ForgotPassword itself (the reset code goes to the outbox, with the
 * API's errors), then sends the browser to `/confirmForgotPassword`.
 */
import type { WireResponse } from '../protocol/wire';
import type { Visit } from './endpoints';
import type { AuthorizeParams } from './lib/authorizeRequest';
import { formEndpoint } from './lib/formEndpoint';
import { formPage } from './lib/pages';
import { runPoolAction } from './lib/poolActions';
import { pageUrl, redirect } from './lib/redirect';
import { withUsername } from './lib/loginForm';

function forgotPage(visit: Visit, params: AuthorizeParams, error?: string, username = ''): WireResponse {
  return formPage(visit, {
    title: 'Forgot your password?',
    path: '/forgotPassword',
    query: params.query,
    fields: [{ name: 'username', label: 'Username', type: 'text', value: username, autocomplete: 'username' }],
    submit: 'Reset my password',
    notice: 'Enter your username below and we will send a code to reset your password.',
    ...(error ? { error } : {}),
    links: [{ path: '/login', text: 'Sign in' }],
  });
}

export const forgotPassword = formEndpoint('/forgotPassword', {
  show(visit, params) {
    return forgotPage(visit, params);
  },
  async submit(visit, params, form) {
    const username = form.get('username') ?? '';
    const result = await runPoolAction(visit, params.client, username, 'ForgotPassword', { Username: username });
    if (!result.ok) return forgotPage(visit, params, result.message, username);
    return redirect(pageUrl('/confirmForgotPassword', withUsername(params.query, username)));
  },
});
