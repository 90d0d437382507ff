/**
 * The IdP-initiated sign-in to AWS, as an administrator sets up an IdP for AWS ("Configuring SAML assertions for the
 * authentication response"): no AuthnRequest; the user signs in at the IdP, which posts (HTTP-POST binding) a signed
 * Response to `https://signin.aws.amazon.com/saml` whose audience and bearer Recipient are that URL, with a `Role`
 * attribute of `<role ARN>,<SAML provider ARN>` pairs (the roles the IdP's configuration gives the user) and a
 * `RoleSessionName`. An app that wants AWS credentials takes the SAMLResponse from that POST (see the samlIdentityPool
 * lesson); the AWS console would sign the user in.
 */
import type { ActionContext } from '../../context';
import { bodyText, type WireRequest, type WireResponse } from '../../protocol/wire';
import { escapeHtml } from '../lib/pages';
import { AWS_SAML_ENDPOINT, SAML_AWS_SIGN_IN_URL } from './fixtures';
import { postBindingPage, samlPage, signInForm } from './forms';
import { samlAnswer, samlUser } from './issue';

const CAPTION = `to continue to <code>Amazon Web Services</code> (${escapeHtml(AWS_SAML_ENDPOINT)})`;

function awsSignInPage(relayState: string | null, error?: string, typed = ''): WireResponse {
  const carried: Record<string, string> = relayState !== null ? { RelayState: relayState } : {};
  return signInForm({ action: SAML_AWS_SIGN_IN_URL, carried, caption: CAPTION, ...(error !== undefined ? { error, typed } : {}) });
}

/**
 * `GET /sso/aws` shows the sign-in form (a RelayState in the query is carried on, as AWS uses it for the page to open
 * after sign-in); its POST with the right password answers with the HTTP-POST binding page to AWS. [U] The wording for a
 * wrong password and for a user the IdP gives no AWS role (403: an IdP sends no assertion for an app the user is not
 * assigned to). SIMPLIFIED: no IdP session: every visit asks for the password.
 */
export async function awsSignIn(ctx: ActionContext<unknown>, request: WireRequest): Promise<WireResponse> {
  const isPost = request.method === 'POST';
  if (!isPost && request.method !== 'GET') return samlPage(405, 'Method not allowed', '<p>This page answers GET and POST.</p>');
  const params = isPost ? new URLSearchParams(bodyText(request.body)) : request.url.searchParams;
  const relayState = params.get('RelayState');
  if (!isPost || !params.has('username')) return awsSignInPage(relayState);
  const typed = params.get('username') ?? '';
  const user = samlUser(typed);
  if (!user || params.get('password') !== user.password) return awsSignInPage(relayState, 'The username or password is incorrect.', typed);
  if (!user.awsRoles.length) {
    const message = `${user.username} is not assigned any AWS role at this IdP, so it sends AWS no assertion.`;
    return samlPage(403, 'No AWS access', `<p role="alert">${escapeHtml(message)}</p>`);
  }
  const samlResponse = await samlAnswer({ user, accountId: ctx.accountId, now: ctx.now, random: ctx.random });
  const lead = 'You are signed in. Your browser now takes this signed assertion to AWS.';
  return postBindingPage(AWS_SAML_ENDPOINT, samlResponse, relayState, lead);
}
