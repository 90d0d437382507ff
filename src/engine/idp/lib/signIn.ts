/**
 * The sign-in page: an email and password form, and one button per test user (whose password the page shows: these
 * are simulated accounts). A wrong email or password shows the page again with the provider's words; a right one starts
 * a session (a cookie) and goes on to the consent page.
 */
import type { WireResponse } from '../../protocol/wire';
import { checkAuthorizeRequest, pageUrl, toPage, type AuthorizeParams } from './authorizeRequest';
import { csrfRefusedPage, csrfToken, escapeHtml, hidden, idpPage, postedForm } from './pages';
import type { IdpVisit } from './provider';
import { startSession } from './session';

function signInPage(visit: IdpVisit, params: AuthorizeParams, error?: string, typed = ''): WireResponse {
  const { provider } = visit;
  const { token, cookie } = csrfToken(visit);
  const action = escapeHtml(pageUrl(provider.signInPath, params.query));
  const alert = error ? `<p role="alert">${escapeHtml(error)}</p>` : '';
  const typedForm = `<form method="post" action="${action}">${hidden('_csrf', token)}
<p><label for="email">Email</label> <input id="email" name="email" type="email" autocomplete="username" value="${escapeHtml(typed)}"></p>
<p><label for="password">Password</label> <input id="password" name="password" type="password" autocomplete="current-password"></p>
<p><button type="submit">Next</button></p></form>`;
  const picks = provider.users
    .map(
      (user) => `<li><form method="post" action="${action}">${hidden('_csrf', token)}${hidden('email', user.email)}${hidden('password', user.password)}
<button type="submit">Continue as ${escapeHtml(user.name)} (${escapeHtml(user.email)})</button> <span>password: <code>${escapeHtml(user.password)}</code></span></form></li>`,
    )
    .join('\n');
  const body = `<p>to continue to ${escapeHtml(params.client.name)}</p>${alert}${typedForm}
<section aria-labelledby="test-users"><h2 id="test-users">Test users</h2><ul>${picks}</ul></section>`;
  return idpPage(visit, 200, `Sign in with ${provider.brand}`, body, cookie ? { 'set-cookie': cookie } : {});
}

export function signIn(visit: IdpVisit): WireResponse {
  const check = checkAuthorizeRequest(visit, visit.request.url.searchParams);
  if (!check.ok) return check.response;
  const { params } = check;
  if (visit.request.method === 'GET') return signInPage(visit, params);
  if (visit.request.method !== 'POST')
    return idpPage(visit, 405, 'Method not allowed', '<p>The sign-in page answers GET and POST.</p>', { allow: 'GET, POST' });
  const form = postedForm(visit);
  if (!form) return csrfRefusedPage(visit);
  const email = (form.get('email') ?? '').trim();
  const user = visit.provider.users.find((u) => u.email.toLowerCase() === email.toLowerCase());
  // [U] Both providers show the page again, status 200, with the error.
  if (!user) return signInPage(visit, params, visit.provider.noAccountText, email);
  if (form.get('password') !== user.password) return signInPage(visit, params, visit.provider.wrongPasswordText, email);
  const cookie = startSession(visit, user);
  return toPage(visit.provider.consentPath, params.query, { 'set-cookie': cookie });
}
