/**
 * Sign-in through an external provider, from the hosted UI's side: `/oauth2/authorize` sends the browser away to the
 * provider (`startFederation`), and the provider's answer at `/oauth2/idpresponse` or `/saml2/idpresponse` comes back to
 * the app's request (`takePendingFederation`) and ends as any hosted UI sign-in does (`finishFederatedSignIn`).
 */
import { MINUTE } from '../../kernel/clock';
import { lookup, store } from '../../kernel/records';
import type { WireResponse } from '../../protocol/wire';
import type { IdentityProviderRecord, PendingFederation } from '../../userPool/model';
import { signInFederatedUser } from '../../userPool/lib/federatedUsers';
import { providerAuthorizeUrl } from '../../userPool/lib/providerRedirect';
import { samlAuthnRequest } from '../../userPool/lib/samlServiceProvider';
import type { Visit } from '../endpoints';
import { hostedUiUrl } from '../site';
import { checkAuthorizeRequest, type AuthorizeParams } from './authorizeRequest';
import { finishAuthorization } from './grant';
import { cookieHeader } from './cookies';
import { errorToApp, redirect } from './redirect';
import { startSession } from './session';

/** [U] The error page's words for an answer whose state names no sign-in in progress. */
export const INVALID_STATE = 'Invalid state: no sign-in in progress has this state (unknown, already used or expired).';

/** [U] How long Cognito waits for the browser to come back from the provider; AWS does not say. */
const PENDING_VALIDITY = 15 * MINUTE;

/** The domain's origin, as the provider sees it in `redirect_uri` and the AuthnRequest. */
export function domainOrigin(visit: Visit): string {
  return hostedUiUrl(visit.domain.Domain, visit.ctx.region);
}

/**
 * Sends the browser to the provider the request named: an OAuth provider's authorize URL with Cognito's own `state` (and
 * a `nonce` for providers that sign ID tokens), or a SAML IdP's sign-on URL with an AuthnRequest and a RelayState.
 * SIMPLIFIED: AWS's state is an opaque encrypted blob; here it is a random value that names what Cognito remembers.
 */
export async function startFederation(visit: Visit, params: AuthorizeParams, provider: IdentityProviderRecord): Promise<WireResponse> {
  const { ctx } = visit;
  const state = ctx.random.base64url(32);
  const pending: PendingFederation = { query: params.query, providerName: provider.ProviderName, expiresAt: ctx.now + PENDING_VALIDITY };
  let location: string | undefined;
  if (provider.ProviderType === 'SAML') {
    const sent = await samlAuthnRequest(ctx, visit.pool, provider, { domainOrigin: domainOrigin(visit), relayState: state });
    if (sent) {
      pending.samlRequestId = sent.requestId;
      location = sent.url;
    }
  } else {
    if (provider.endpoints?.issuer !== undefined) pending.nonce = ctx.random.base64url(32);
    location = providerAuthorizeUrl(provider, { domainOrigin: domainOrigin(visit), state, ...(pending.nonce ? { nonce: pending.nonce } : {}) });
  }
  // [U] A provider Cognito cannot send the browser to (SAML metadata without a redirect sign-on service).
  if (!location) return errorToApp(params.redirectUri, 'invalid_request', params.state, 'Login option is not available. Please try another one');
  store(visit.pool.hostedUi.federation, state, pending);
  return redirect(location);
}

export type PendingCheck =
  { ok: true; pending: PendingFederation; params: AuthorizeParams; provider: IdentityProviderRecord } | { ok: false; response: WireResponse };

/**
 * The sign-in a provider's answer belongs to, by the state (or RelayState) it carries back: used once, within its time,
 * with the app's request checked again (the client may have changed meanwhile). [U] AWS's page for an unknown state.
 */
export function takePendingFederation(visit: Visit, state: string | null): PendingCheck {
  const records = visit.pool.hostedUi.federation;
  const pending = state ? lookup(records, state) : undefined;
  if (state && pending) delete records[state];
  // The page says why in a learner's words; without it the error page would blame the client_id, which is not the fault.
  const invalid = (): PendingCheck => ({
    ok: false,
    response: redirect(`/error?${new URLSearchParams({ error: 'invalid_request', error_description: INVALID_STATE })}`),
  });
  if (!pending || visit.ctx.now >= pending.expiresAt) return invalid();
  const check = checkAuthorizeRequest(visit, new URLSearchParams(pending.query));
  if (!check.ok) return check;
  const provider = lookup(visit.pool.identityProviders, pending.providerName);
  if (!provider) return { ok: false, response: errorToApp(check.params.redirectUri, 'invalid_request', check.params.state) };
  return { ok: true, pending, params: check.params, provider };
}

/**
 * The provider vouched for its user (`claims`: an ID token's and userinfo's claims, or a SAML assertion's attributes
 * with NameID as `sub`): the user is found, linked or created, a hosted UI session starts, and the app's request gets
 * its code or tokens. A disabled user goes back to the app with an error [U] (AWS's words: "User is disabled.").
 */
export async function finishFederatedSignIn(
  visit: Visit,
  params: AuthorizeParams,
  provider: IdentityProviderRecord,
  claims: Record<string, unknown>,
): Promise<WireResponse> {
  const { user } = signInFederatedUser(visit.ctx, visit.pool, provider, claims);
  if (!user.enabled) return errorToApp(params.redirectUri, 'invalid_request', params.state, 'User is disabled.');
  const { session, cookie } = startSession(visit, user);
  return finishAuthorization(visit, params, session, cookieHeader(cookie));
}
