/**
 * `GET /logout`: signs the user out of the hosted UI (Cognito developer guide, "Logout endpoint"): the session ends (its
 * record is deleted and the `cognito` cookie expired), then
 * - with `client_id` and `logout_uri` (one of the client's LogoutURLs): a redirect there;
 * - with `client_id`, `redirect_uri` (one of its CallbackURLs) and `response_type` (+ `state`, `scope`…): a redirect to
 *   `/login` with those parameters, to sign in again and go on to `redirect_uri`.
 * A URL the client did not register is never redirected to: the browser goes to the domain's error page.
 */
import { lookup } from '../kernel/records';
import type { WireResponse } from '../protocol/wire';
import type { Visit } from './endpoints';
import { readCookies, SESSION_COOKIE, setCookie } from './lib/cookies';
import { errorOnDomain as errorPage, redirect } from './lib/redirect';

export function logout(visit: Visit): WireResponse {
  const { pool, request } = visit;
  const query = request.url.searchParams;
  const clientId = query.get('client_id');
  const client = clientId !== null ? lookup(pool.clients, clientId) : undefined;
  // [U] No client, or one the pool does not have: the error page, nothing signed out.
  if (!client) return errorPage('invalid_request', clientId);
  const logoutUri = query.get('logout_uri');
  const redirectUri = query.get('redirect_uri');
  if (logoutUri !== null) {
    if (!(client.LogoutURLs ?? []).includes(logoutUri)) return errorPage('redirect_mismatch', clientId);
    return signedOut(visit, logoutUri);
  }
  if (redirectUri !== null) {
    if (!(client.CallbackURLs ?? []).includes(redirectUri)) return errorPage('redirect_mismatch', clientId);
    // [U] The sign-in that follows needs a response_type; without one the request is malformed.
    if (query.get('response_type') === null) return errorPage('invalid_request', clientId);
    // The parameters go on to /login, which signs in again and finishes the authorization to redirect_uri.
    return signedOut(visit, `/login?${query}`);
  }
  // "Amazon Cognito requires either a logout_uri or a redirect_uri parameter in your request to the /logout endpoint."
  return errorPage('invalid_request', clientId);
}

/** Ends the browser's session (if it has one) and sends it on. */
function signedOut(visit: Visit, location: string): WireResponse {
  const session = readCookies(visit.request)[SESSION_COOKIE];
  if (session !== undefined && lookup(visit.pool.hostedUi.sessions, session)) delete visit.pool.hostedUi.sessions[session];
  // The cookie is expired with the same name, path and flags as /login set it.
  return redirect(location, { 'set-cookie': setCookie(SESSION_COOKIE, '', 0) });
}
