/** The sign-in form, which other pages fall back to, and the `username` the confirmation pages carry in their query. */
import type { WireResponse } from '../../protocol/wire';
import type { Visit } from '../endpoints';
import type { AuthorizeParams } from './authorizeRequest';
import { formPage } from './pages';

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

/** The OAuth query with the page's `username` added. */
export function withUsername(query: string, username: string): string {
  const next = new URLSearchParams(query);
  next.set('username', username);
  return next.toString();
}
