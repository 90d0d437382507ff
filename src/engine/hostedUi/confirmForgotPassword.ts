/**
 * `/confirmForgotPassword`: the reset code and the new password. POST runs ConfirmForgotPassword itself (the policy, the
 * code's expiry, the limits and errors are the API's), then signs in with the new password and sends the browser back to
 * the app.
 */
import type { WireResponse } from '../protocol/wire';
import type { Visit } from './endpoints';
import type { AuthorizeParams } from './lib/authorizeRequest';
import { deliveryNotice } from './lib/delivery';
import { formEndpoint, pageUsername } from './lib/formEndpoint';
import { formPage } from './lib/pages';
import { runPoolAction } from './lib/poolActions';
import { withUsername } from './lib/loginForm';
import { signInAndFinish } from './login';

function resetPage(visit: Visit, params: AuthorizeParams, username: string, error?: string): WireResponse {
  return formPage(visit, {
    title: 'Reset your password',
    path: '/confirmForgotPassword',
    query: username ? withUsername(params.query, username) : params.query,
    fields: [
      username
        ? { name: 'username', label: 'Username', type: 'hidden', value: username }
        : { name: 'username', label: 'Username', type: 'text', autocomplete: 'username' },
      { name: 'code', label: 'Code', type: 'text', autocomplete: 'one-time-code' },
      { name: 'password', label: 'New password', type: 'password', autocomplete: 'new-password' },
    ],
    submit: 'Change password',
    // [U] ForgotPassword under ENABLED may have sent nothing; the notice does not say whether the user exists.
    notice: deliveryNotice(visit, params.client.PreventUserExistenceErrors === 'ENABLED' ? '' : username, 'ForgotPassword', 'reset your password'),
    ...(error ? { error } : {}),
  });
}

export const confirmForgotPassword = formEndpoint('/confirmForgotPassword', {
  show(visit, params) {
    return resetPage(visit, params, pageUsername(visit));
  },
  async submit(visit, params, form) {
    const username = pageUsername(visit, form);
    const password = form.get('password') ?? '';
    const result = await runPoolAction(visit, params.client, username, 'ConfirmForgotPassword', {
      Username: username,
      ConfirmationCode: form.get('code') ?? '',
      Password: password,
    });
    if (!result.ok) return resetPage(visit, params, username, result.message);
    return signInAndFinish(visit, params, username, password);
  },
});
