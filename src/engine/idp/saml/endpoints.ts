/** The simulated SAML IdP's endpoints, by path (loaded with the first visit, with XML-DSig). */
import type { ActionContext } from '../../context';
import { bodyText, type WireRequest, type WireResponse } from '../../protocol/wire';
import { escapeHtml, hidden, idpPageOf } from '../lib/pages';
import { isKnownAssertionConsumer, readAuthnRequest, type AuthnRequestInfo } from './authnRequest';
import { SAML_LABEL, SAML_POST_BUTTON, SAML_SSO_URL, SAML_USERS } from './fixtures';
import { samlAnswer, samlUser } from './issue';
import { samlIdpMetadata } from './metadata';
import { encodeBase64 } from '../../saml/dom';

const BRAND = 'Simulated SAML IdP';

const page = (status: number, title: string, body: string) => idpPageOf(SAML_LABEL, BRAND, status, title, body);
const refused = (message: string) => page(400, 'This sign-in request cannot be used', `<p role="alert">${escapeHtml(message)}</p>`);

/** The sign-in form, carrying the AuthnRequest (in the HTTP-POST binding's encoding) and the RelayState on. */
function signInPage(request: AuthnRequestInfo, relayState: string | null, error?: string, typed = ''): WireResponse {
  const carried = hidden('SAMLRequest', encodeBase64(request.xml)) + (relayState !== null ? hidden('RelayState', relayState) : '');
  const action = escapeHtml(SAML_SSO_URL);
  const alert = error ? `<p role="alert">${escapeHtml(error)}</p>` : '';
  const form = `<form method="post" action="${action}">${carried}
<p><label for="username">Username</label> <input id="username" name="username" autocomplete="username" value="${escapeHtml(typed)}"></p>
<p><label for="password">Password</label> <input id="password" name="password" type="password" autocomplete="current-password"></p>
<p><button type="submit">Sign in</button></p></form>`;
  const picks = SAML_USERS.map(
    (user) => `<li><form method="post" action="${action}">${carried}${hidden('username', user.username)}${hidden('password', user.password)}
<button type="submit">Continue as ${escapeHtml(`${user.givenName} ${user.familyName}`)} (${escapeHtml(user.username)})</button> <span>password: <code>${escapeHtml(user.password)}</code></span></form></li>`,
  ).join('\n');
  const body = `<p>to continue to <code>${escapeHtml(request.issuer)}</code></p>${alert}${form}
<section aria-labelledby="test-users"><h2 id="test-users">Test users</h2><ul>${picks}</ul></section>`;
  return page(200, 'Sign in', body);
}

/** The HTTP-POST binding: a form the browser submits to the SP's assertion consumer, with a button (no script needed). */
function postBindingPage(acsUrl: string, samlResponse: string, relayState: string | null): WireResponse {
  const body = `<p>You are signed in. Your browser now takes this signed assertion to the service provider.</p>
<form method="post" action="${escapeHtml(acsUrl)}">${hidden('SAMLResponse', samlResponse)}${relayState !== null ? hidden('RelayState', relayState) : ''}
<p><button type="submit">${escapeHtml(SAML_POST_BUTTON)}</button></p></form>`;
  return page(200, 'Signed in', body);
}

/**
 * The single sign-on service: GET with the HTTP-Redirect binding (SAMLRequest deflated, base64) or POST with the
 * HTTP-POST binding shows the sign-in form; the form's POST with the right password answers with the signed assertion.
 * [U] The IdP's wording for a wrong password. SIMPLIFIED: no IdP session: every AuthnRequest asks for the password.
 */
async function sso(ctx: ActionContext<unknown>, request: WireRequest): Promise<WireResponse> {
  const isPost = request.method === 'POST';
  if (!isPost && request.method !== 'GET') return page(405, 'Method not allowed', '<p>The sign-on service answers GET and POST.</p>');
  const params = isPost ? new URLSearchParams(bodyText(request.body)) : request.url.searchParams;
  const samlRequest = params.get('SAMLRequest');
  if (!samlRequest) return refused('The request carries no SAMLRequest.');
  const authn = await readAuthnRequest(samlRequest, isPost ? 'post' : 'redirect');
  if ('error' in authn) return refused(authn.error);
  if (!isKnownAssertionConsumer(authn.acsUrl)) return refused(`The assertion consumer ${authn.acsUrl} is not registered with this IdP.`);
  const relayState = params.get('RelayState');
  if (!isPost || !params.has('username')) return signInPage(authn, relayState);
  const typed = params.get('username') ?? '';
  const user = samlUser(typed);
  if (!user || params.get('password') !== user.password) return signInPage(authn, relayState, 'The username or password is incorrect.', typed);
  const samlResponse = await samlAnswer({
    user,
    audience: authn.issuer,
    recipient: authn.acsUrl,
    inResponseTo: authn.id,
    accountId: ctx.accountId,
    now: ctx.now,
    random: ctx.random,
  });
  return postBindingPage(authn.acsUrl, samlResponse, relayState);
}

function metadata(): WireResponse {
  return { status: 200, headers: { 'content-type': 'application/samlmetadata+xml' }, body: samlIdpMetadata() };
}

/** One request to the simulated SAML IdP: `/metadata`, `/sso`, else a 404 page. */
export function visitSaml(ctx: ActionContext<unknown>, request: WireRequest): Promise<WireResponse> | WireResponse {
  const path = request.url.pathname;
  if (path === '/metadata') return metadata();
  if (path === '/sso') return sso(ctx, request);
  return page(404, 'Page not found', `<p>This IdP has no page ${escapeHtml(path)}.</p>`);
}
