/** The simulated SAML IdP's endpoints, by path (loaded with the first visit, with XML-DSig). */
import type { ActionContext } from '../../context';
import { bodyText, type WireRequest, type WireResponse } from '../../protocol/wire';
import { escapeHtml } from '../lib/pages';
import { awsSignIn } from './awsSignIn';
import { isKnownAssertionConsumer, readAuthnRequest, type AuthnRequestInfo } from './authnRequest';
import { SAML_AWS_SIGN_IN_PATH, SAML_SSO_URL } from './fixtures';
import { postBindingPage, samlPage as page, samlRefusal as refused, signInForm } from './forms';
import { samlAnswer, samlUser } from './issue';
import { samlIdpMetadata } from './metadata';
import { encodeBase64 } from '../../saml/dom';

/** The SP-initiated sign-in form, carrying the AuthnRequest (in the HTTP-POST binding's encoding) and the RelayState on. */
function signInPage(request: AuthnRequestInfo, relayState: string | null, error?: string, typed = ''): WireResponse {
  const carried: Record<string, string> = { SAMLRequest: encodeBase64(request.xml) };
  if (relayState !== null) carried['RelayState'] = relayState;
  const caption = `to continue to <code>${escapeHtml(request.issuer)}</code>`;
  return signInForm({ action: SAML_SSO_URL, carried, caption, ...(error !== undefined ? { error, typed } : {}) });
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

/** One request to the simulated SAML IdP: `/metadata`, `/sso`, `/sso/aws`, else a 404 page. */
export function visitSaml(ctx: ActionContext<unknown>, request: WireRequest): Promise<WireResponse> | WireResponse {
  const path = request.url.pathname;
  if (path === '/metadata') return metadata();
  if (path === '/sso') return sso(ctx, request);
  if (path === SAML_AWS_SIGN_IN_PATH) return awsSignIn(ctx, request);
  return page(404, 'Page not found', `<p>This IdP has no page ${escapeHtml(path)}.</p>`);
}
