/** The sign-in form, which other pages fall back to, and the `username` the confirmation pages carry in their query. */
import type { WireResponse } from '../../protocol/wire';
import type { Visit } from '../endpoints';
import type { AuthorizeParams } from './authorizeRequest';
import { formPage } from './pages';
import { offersPasswordSignIn, providerButtons } from './providerButtons';

/**
 * The sign-in form, with the other pages' links; `error` from the last attempt. The client's external providers come first
 * (lib/providerButtons.ts); a client without COGNITO gets only them: no password form, no sign-up or reset links [U].
 */
export function loginPage(visit: Visit, params: AuthorizeParams, error?: string, username = '', notice?: string): WireResponse {
  const selfSignUp = !visit.pool.settings.AdminCreateUserConfig.AllowAdminCreateUserOnly;
  const providers = providerButtons(visit, params);
  const cognito = offersPasswordSignIn(visit, params);
  return formPage(visit, {
    title: !providers ? 'Sign in with your username and password' : 'Sign in',
    ...(providers ? { intro: providers } : {}),
    ...(cognito ? {} : { noForm: true }),
    path: '/login',
    query: params.query,
    fields: [
      { name: 'username', label: 'Username', type: 'text', value: username, autocomplete: 'username' },
      { name: 'password', label: 'Password', type: 'password', autocomplete: 'current-password' },
    ],
    submit: 'Sign in',
    ...(error ? { error } : {}),
    ...(notice ? { notice } : {}),
    links: cognito
      ? [{ path: '/forgotPassword', text: 'Forgot your password?' }, ...(selfSignUp ? [{ path: '/signup', text: 'Need an account? Sign up' }] : [])]
      : [],
  });
}

/** The OAuth query with the page's `username` added. */
export function withUsername(query: string, username: string): string {
  const next = new URLSearchParams(query);
  next.set('username', username);
  return next.toString();
}
