/** The simulated SAML IdP's pages: its frame, the sign-in form (with its test users) and the HTTP-POST binding's form. */
import type { WireResponse } from '../../protocol/wire';
import { escapeHtml, hidden, idpPageOf } from '../lib/pages';
import { SAML_LABEL, SAML_POST_BUTTON, SAML_USERS } from './fixtures';

const BRAND = 'Simulated SAML IdP';

export const samlPage = (status: number, title: string, body: string) => idpPageOf(SAML_LABEL, BRAND, status, title, body);
export const samlRefusal = (message: string) => samlPage(400, 'This sign-in request cannot be used', `<p role="alert">${escapeHtml(message)}</p>`);

export interface SignInFormInput {
  /** Where the form posts (the page's own URL). */
  action: string;
  /** Hidden fields carried on to the POST: the SAMLRequest and RelayState, or nothing for an IdP-initiated sign-in. */
  carried: Record<string, string>;
  /** HTML naming the service the user signs in to (already escaped). */
  caption: string;
  error?: string;
  typed?: string;
}

/** The sign-in form, with one-click buttons for the test users (their passwords shown: a simulator). */
export function signInForm({ action, carried, caption, error, typed = '' }: SignInFormInput): WireResponse {
  const fields = Object.entries(carried)
    .map(([name, value]) => hidden(name, value))
    .join('');
  const to = escapeHtml(action);
  const alert = error ? `<p role="alert">${escapeHtml(error)}</p>` : '';
  const form = `<form method="post" action="${to}">${fields}
<p><label for="username">Username</label> <input id="username" name="username" autocomplete="username" value="${escapeHtml(typed)}"></p>
<p><label for="password">Password</label> <input id="password" name="password" type="password" autocomplete="current-password"></p>
<p><button type="submit">Sign in</button></p></form>`;
  const picks = SAML_USERS.map(
    (user) => `<li><form method="post" action="${to}">${fields}${hidden('username', user.username)}${hidden('password', user.password)}
<button type="submit">Continue as ${escapeHtml(`${user.givenName} ${user.familyName}`)} (${escapeHtml(user.username)})</button> <span>password: <code>${escapeHtml(user.password)}</code></span></form></li>`,
  ).join('\n');
  const body = `<p>${caption}</p>${alert}${form}
<section aria-labelledby="test-users"><h2 id="test-users">Test users</h2><ul>${picks}</ul></section>`;
  return samlPage(200, 'Sign in', body);
}

/** The HTTP-POST binding: a form the browser submits to the SP's assertion consumer, with a button (no script needed). */
export function postBindingPage(acsUrl: string, samlResponse: string, relayState: string | null, lead?: string): WireResponse {
  const body = `<p>${lead ?? 'You are signed in. Your browser now takes this signed assertion to the service provider.'}</p>
<form method="post" action="${escapeHtml(acsUrl)}">${hidden('SAMLResponse', samlResponse)}${relayState !== null ? hidden('RelayState', relayState) : ''}
<p><button type="submit">${escapeHtml(SAML_POST_BUTTON)}</button></p></form>`;
  return samlPage(200, 'Signed in', body);
}
